// yusuan import over bad inputs and the seeds (issue 5, "Done when": every bad input gets a clear
// error within bounded time and memory, and the import goes on). Workers run the TypeScript
// sources through tsx's loader (see src/cli/import/spawn-worker.ts), so no build is needed.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ImportIndexSchema,
  type ImportIndex,
  type IndexRow,
} from '../../src/cli/import/index-row.js';
import { DisclosureSchema } from '../../src/model/disclosure.js';
import { minimalPdf, textAt } from '../helpers/minimal-pdf.js';
import { zip } from '../fixtures/issue5-zip.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';
import { run, type Run } from './run.js';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-import-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const S000 = '000_c55cbe189efa8a40';
const S004 = '004_88207d3c283235c9';
/**
 * Far above what any of these files needs (a fresh worker's first PDF takes a few seconds here,
 * where tsx compiles pdfjs; from dist/ it is ~0.1 s): a file reaching it would show as a timeout.
 */
const TIMEOUT_S = 30;

function write(dir: string, name: string, content: string | Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const XLSX_HEAD = [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
];
/** Inflates to 100 MB of zeros from about 100 KB. */
const BOMB_BYTES = 100 * 1024 * 1024;

/** The bad inputs of issue 5, built here (nothing binary is committed). */
function makeBadInputs(dir: string): void {
  write(dir, 'corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64 * 1024)]));
  write(
    dir,
    'encrypted.pdf',
    minimalPdf([{ content: textAt('F1', 12, 72, 700, 'secret') }], { encrypted: true }),
  );
  write(dir, 'empty.pdf', '');
  // 200 MB that cost no disk: a sparse file.
  truncateSync(write(dir, 'huge.pdf', '%PDF-1.4\n'), 200 * 1024 * 1024);
  const zeros = new Uint8Array(BOMB_BYTES);
  write(dir, 'bomb.xlsx', zip([...XLSX_HEAD, { name: 'xl/worksheets/sheet1.xml', data: zeros }]));
  write(
    dir,
    'lying-bomb.xlsx',
    zip([...XLSX_HEAD, { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]),
  );
  write(
    dir,
    'scripts.html',
    `<html><head><script>while (true) {}</script><script>document.write('<h1>部门收支总体情况表</h1>')</script></head>
     <body onload="for(;;){}"><p>通知：系统维护</p><script src="x.js"></script></body></html>`,
  );
  write(dir, 'pua.pdf', minimalPdf([{ content: textAt('F3', 12, 72, 700, 'ABCDEFGHIJKL') }]));
  write(
    dir,
    'cid.pdf',
    minimalPdf([{ content: textAt('F1', 12, 72, 700, '(cid:12)(cid:34)(cid:56)(cid:78)') }]),
  );
}

/** [kind, a fragment of the message] each bad input must be listed with. */
const EXPECTED_FAILURES: Record<string, [string, string]> = {
  'corrupt.pdf': ['unreadable', 'corrupt.pdf'],
  'encrypted.pdf': ['unreadable', 'encrypted'],
  'empty.pdf': ['empty', 'the file is empty'],
  'huge.pdf': ['too-large', '209715200 bytes'],
  'bomb.xlsx': ['too-large', 'zip bomb'],
  'lying-bomb.xlsx': ['too-large', 'more than the 1000 bytes it declares'],
  'scripts.html': ['not-disclosure', 'no budget disclosure found'],
  'pua.pdf': ['encoding', 'does not decode'],
  'cid.pdf': ['encoding', 'does not decode'],
};

function readIndex(out: string): ImportIndex {
  return ImportIndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
}

const byName = (index: ImportIndex, name: string): IndexRow | undefined =>
  index.documents.find((r) => r.file.endsWith(`/${name}`));

describe.skipIf(!hasShared('seeds'))(
  `yusuan import: bad inputs and the seeds (${needsShared('seeds')})`,
  () => {
    const bad = join(TMP, 'bad');
    const out = join(TMP, 'out');
    let result: Run;
    let ms: number;
    let index: ImportIndex;

    beforeAll(async () => {
      makeBadInputs(bad);
      const start = Date.now();
      result = await run(
        'import',
        bad,
        sharedPath('seeds'),
        join(TMP, 'missing.txt'),
        '-o',
        out,
        '--jobs',
        '2',
        '--timeout',
        String(TIMEOUT_S),
      );
      ms = Date.now() - start;
      index = readIndex(out);
    }, 120_000);

    it('goes on past every bad file and ends in bounded time with exit 2', () => {
      expect(result.code).toBe(2);
      expect(ms).toBeLessThan(90_000);
      expect(index.complete).toBe(true);
      expect(index.counts).toEqual({ files: 12, ok: 0, parseWarnings: 2, failed: 10 });
    });

    it('lists each bad file as failed with its reason, refused well before the time limit', () => {
      for (const [name, [kind, fragment]] of Object.entries(EXPECTED_FAILURES)) {
        const row = byName(index, name);
        expect(row, name).toBeDefined();
        expect([name, row!.status, row!.reason?.kind]).toEqual([name, 'failed', kind]);
        expect(row!.reason?.message, name).toContain(fragment);
        expect(row!.output, name).toBeNull();
        expect(row!.seconds, name).toBeLessThan(TIMEOUT_S);
      }
      expect(byName(index, 'missing.txt')?.reason).toEqual({
        kind: 'unreadable',
        message: expect.stringContaining('no such file'),
      });
    });

    it('imports both seeds with their totals', () => {
      const seeds = [S000, S004].map((s) => byName(index, `${s}.txt`)!);
      expect(
        seeds.map((r) => [r.department, r.kind, r.year, r.total, r.unit, r.status, r.output]),
      ).toEqual([
        [
          '新疆维吾尔自治区人民政府办公厅',
          '预算',
          2025,
          14303.93,
          '万元',
          'parse-warnings',
          `${S000}.disclosure.json`,
        ],
        [
          '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处',
          '预算',
          2021,
          700.94,
          '万元',
          'parse-warnings',
          `${S004}.disclosure.json`,
        ],
      ]);
      for (const r of seeds) {
        expect(r.errors).toBeTypeOf('number');
        expect(r.parseWarnings).toBeGreaterThan(0);
        const d = DisclosureSchema.parse(JSON.parse(readFileSync(join(out, r.output!), 'utf8')));
        expect([d.source.file, d.summary.total]).toEqual([r.file.split('/').pop(), r.total]);
      }
    });

    it('writes a valid index.csv (BOM, one line per file) and removes the partial index', () => {
      const csv = readFileSync(join(out, 'index.csv'), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(1 + 12);
      expect(lines[0]).toBe(
        'file,output,department,kind,year,total,unit,errors,warnings,parse_warnings,status,reason_kind,reason,format,pages,seconds',
      );
      expect(lines.find((l) => l.includes(S000))).toMatch(
        /,新疆维吾尔自治区人民政府办公厅,预算,2025,14303\.93,万元,\d+,\d+,\d+,parse-warnings,,,text,\d+,/,
      );
      expect(lines.find((l) => l.includes('empty.pdf'))).toMatch(
        /,failed,empty,empty\.pdf: the file is empty,/,
      );
      expect(existsSync(join(out, 'index.partial.jsonl'))).toBe(false);
    });

    it('reports one line per file on stderr (no TTY) and a summary with the failed files', () => {
      expect(result.stderr.trim().split('\n')).toHaveLength(12);
      expect(result.stderr).toMatch(/\[ *\d+\/12\] failed .*\/huge\.pdf — \[too-large\]/);
      expect(result.stdout).toContain(
        'imported 12 documents: 0 ok, 2 with parse warnings, 10 failed',
      );
      expect(result.stdout).toMatch(/pages\/s, [\d.]+ documents\/s/);
      expect(result.stdout).toContain('失败 / failed (10), with the reason:');
      expect(result.stdout).toMatch(/lying-bomb\.xlsx: \[too-large\]/);
      expect(result.stdout).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('reads its own output back (Disclosure JSON) with the same totals, and exits 0', async () => {
      const again = join(TMP, 'again');
      const r = await run(
        'import',
        join(out, `${S000}.disclosure.json`),
        join(out, `${S004}.disclosure.json`),
        '-o',
        again,
      );
      expect(r.code).toBe(0);
      const rows = readIndex(again).documents;
      expect(rows.map((row) => [row.format, row.total, row.status])).toEqual([
        ['json', 14303.93, 'parse-warnings'],
        ['json', 700.94, 'parse-warnings'],
      ]);
    });
  },
);

describe('yusuan import: usage errors', () => {
  it('refuses a bad --jobs or --timeout', async () => {
    const r = await run('import', TMP, '--jobs', '0', '-o', join(TMP, 'x'));
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      '--jobs 0: 需要正数 / needs a positive number of workers',
    ]);
    const t = await run('import', TMP, '--timeout', 'soon', '-o', join(TMP, 'x'));
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('--timeout soon');
  });

  it('says so when a directory holds no documents', async () => {
    const empty = join(TMP, 'nothing');
    write(empty, 'notes.md', '# no documents here');
    const r = await run('import', empty, '-o', join(TMP, 'y'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no documents to import');
  });
});
