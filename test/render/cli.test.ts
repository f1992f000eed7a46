// yusuan render, run in-process: a Disclosure JSON in, the document out; exit 2 with a message for
// an unknown format or a binary format without -o.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runMain } from '../../src/cli/main.js';
import { readBudgetInput, writeTemplate } from '../../src/compose/index.js';
import { disclosure, table } from '../helpers/disclosure.js';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-render-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'd.json');
writeFileSync(
  input,
  JSON.stringify(disclosure([table('expenditure', [['total', { total: 10.5, basic: 10.5 }]])])),
);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runMain(args, {
    stdout: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s),
  });
  return { code, stdout, stderr };
}

describe('yusuan render', () => {
  it('writes each format to -o', async () => {
    for (const format of ['html', 'txt', 'xlsx', 'docx', 'pdf']) {
      const out = join(dir, `d.${format}`);
      const r = await run('render', input, '--format', format, '-o', out);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out).length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(dir, 'd.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'd.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('prints text formats without -o', async () => {
    const r = await run('render', input, '--format', 'txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('合计 10.50 10.50');
  });

  it('refuses a binary format without -o, and an unknown format', async () => {
    const pdf = await run('render', input, '--format', 'pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('-o');
    const odt = await run('render', input, '--format', 'odt');
    expect(odt.code).toBe(2);
  });
});

describe('yusuan render from a budget input (composed first)', () => {
  const yaml = fileURLToPath(new URL('../fixtures/compose/seed-000.yaml', import.meta.url));

  it('renders the seed-000 line items (YAML) with the seed figures', async () => {
    const r = await run('render', yaml, '--format', 'txt');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('14,303.93'); // 收入总计 of seed 000, composed from line items
  });

  it('renders the same line items given as the filled template workbook', async () => {
    const book = join(dir, 'budget.xlsx');
    writeFileSync(book, await writeTemplate({ input: await readBudgetInput(yaml) }));
    const r = await run('render', book, '--format', 'txt');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('14,303.93');
  }, 30_000);
});
