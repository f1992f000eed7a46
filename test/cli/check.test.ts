import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckReportSchema, type CheckReport } from '../../src/model/check-report.js';
import { disclosure, table } from '../helpers/disclosure.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';
import { run } from './run.js';

const S000 = '000_c55cbe189efa8a40.txt';
const S004 = '004_88207d3c283235c9.txt';
const TMP = mkdtempSync(join(tmpdir(), 'yusuan-check-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

// 表3: the 201 row's parts add to 60 + 41 = 101, its 合计 says 100 (and 总计 项目 40 ≠ 41).
const violating = disclosure([
  table('expenditure', [
    ['total', { total: 100, basic: 60, project: 40 }],
    ['201', { total: 100, basic: 60, project: 41 }, { name: '一般公共服务支出' }],
  ]),
]);

describe('yusuan check: unusable inputs (exit 2, an entry each, never a crash)', () => {
  it('a missing file', async () => {
    const r = await run('check', join(TMP, 'nope.txt'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('无法使用 unusable input [unreadable]');
    expect(r.stdout).toContain('nope.txt: 文件不存在 / no such file');
    expect(r.stdout).toContain('合计 run: 1 input (1 unusable)');
  });

  it('an empty file', async () => {
    const r = await run('check', tmpFile('empty.txt', ''));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[empty]: empty.txt: the file is empty');
  });

  it('text that is no disclosure', async () => {
    const r = await run('check', tmpFile('note.txt', '会议纪要\n今天天气很好。\n'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[not-disclosure]');
  });

  it('invalid JSON', async () => {
    const r = await run('check', tmpFile('broken.json', '{ "schemaVersion": 1, '));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[invalid-json]: broken.json: 不是有效的 JSON / not valid JSON');
  });

  it('a Disclosure JSON with a wrong field names the file and the first schema path', async () => {
    const bad = structuredClone(violating) as unknown as { tables: { unit: string }[] };
    bad.tables[0]!.unit = '美元';
    const r = await run('check', tmpFile('wrong-unit.json', JSON.stringify(bad)));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '[invalid-json]: wrong-unit.json: 不是有效的 Disclosure JSON / not a valid Disclosure JSON: at tables.0.unit:',
    );
    const noIdentity: Record<string, unknown> = { ...violating };
    delete noIdentity.identity;
    const r2 = await run('check', tmpFile('no-identity.json', JSON.stringify(noIdentity)));
    expect(r2.stdout).toContain('at identity:');
  });

  it('an unusable input beside a failing one: both reported, 2 wins', async () => {
    const good = tmpFile('violating.json', JSON.stringify(violating));
    const r = await run('check', good, join(TMP, 'nope.txt'), '--only', 'table');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('合计 run: 2 inputs (1 unusable)');
    expect(r.stdout).toContain('小结 summary: fail 2 (errors 2, warnings 0)');
  });
});

describe('yusuan check: options', () => {
  const file = () => tmpFile('violating.json', JSON.stringify(violating));

  it('exit 1 when an error-severity check fails, with the failing cell in the text', async () => {
    const r = await run('check', file(), '--only', 'table');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  不符 fail [error]  201 一般公共服务支出 · 合计  expected 101.00 万元, actual 100.00 万元, difference -1.00 万元  table:expenditure:total=basic+project',
    );
  });

  it('--only and --skip take ids and categories; unknown ones are refused', async () => {
    const r = await run(
      'check',
      file(),
      '--only',
      'table',
      '--skip',
      'table:expenditure:total=basic+project,table:expenditure:total-row',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('未发现问题 no findings');
    const bad = await run('check', file(), '--only', 'tabel');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no such rule or category: tabel');
  });

  it('--format json is the CheckReport; --format anything else is refused', async () => {
    const r = await run('check', file(), '--only', 'table', '--format', 'json');
    const report = CheckReportSchema.parse(JSON.parse(r.stdout));
    expect(report.entries[0]?.errors).toBe(2);
    expect((await run('check', file(), '--format', 'pdf')).code).toBe(2);
  });

  it('-o writes the report and leaves the summary on the terminal', async () => {
    const out = join(TMP, 'report.html');
    const r = await run('check', file(), '--only', 'table', '--format', 'html', '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`report written to ${out}`);
    expect(r.stdout).toMatch(/violating\.json: fail 2 \(errors 2, warnings 0\)/);
    expect(readFileSync(out, 'utf8')).toContain('<h3>支出总体 <small>');
  });
});

describe.skipIf(!hasShared('seeds', S004) || !hasShared('seeds', S000))(
  `yusuan check on the seeds (${needsShared('seeds')})`,
  () => {
    const seed = (name: string) => sharedPath('seeds', name);
    const HIERARCHY = ['--only', 'table:general-budget-basic:hierarchy'];

    it('004 表六: the three rounding differences, each with both values', async () => {
      const r = await run('check', seed(S004), ...HIERARCHY);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines).toContain('表六 一般公共预算基本支出情况表（单位：万元）');
      // 301 items: 71.7 + 70.01 + 23.69 + 21.11 + 24.82 + 0.91 + 1.84 + 16.87 + 68.54 = 299.49
      expect(lines).toContain(
        '  尾差 rounding  301 工资福利支出 · 合计  expected 299.49 万元, actual 299.48 万元, difference -0.01 万元  table:general-budget-basic:hierarchy  p.7 l.363',
      );
      // 302 items: 2 + 0.3 + 0.4 + 0.4 + 0.78 + 8.2 + 1 + 0.13 + 2.47 + 16.8 + 3.29 = 35.77
      expect(lines).toContain(
        '  尾差 rounding  302 商品和服务支出 · 公用经费  expected 35.77 万元, actual 35.76 万元, difference -0.01 万元  table:general-budget-basic:hierarchy  p.7 l.383',
      );
      // 303 items: 3.7 + 1.2 + 0.01 + 4.92 = 9.83
      expect(lines).toContain(
        '  尾差 rounding  303 对个人和家庭的补助 · 合计  expected 9.83 万元, actual 9.84 万元, difference +0.01 万元  table:general-budget-basic:hierarchy  p.7 l.407',
      );
      expect(r.stdout).toContain('小结 summary: fail 0 (errors 0, warnings 0) · rounding 6 ·');
    });

    it('000 表6: 301 and 302 are rounding, 303 adds up', async () => {
      const r = await run('check', seed(S000), ...HIERARCHY);
      expect(r.code).toBe(0);
      // 1,955.45 + 1,421.28 + 1,073.19 + 462.76 + 780.61 + 396.82 + 341.52 + 40.18 + 585.46
      // + 146.03 = 7,203.30
      expect(r.stdout).toContain(
        '  尾差 rounding  301 工资福利支出 · 合计  expected 7,203.30 万元, actual 7,203.28 万元, difference -0.02 万元',
      );
      // 210.73 + 2.50 + 35.76 + 100.50 + 38.82 + 163.08 + 24.56 + 162.86 + 10.60 + 7.20 + 97.58
      // + 87.82 + 313.61 + 227.56 = 1,483.18
      expect(r.stdout).toContain(
        '  尾差 rounding  302 商品和服务支出 · 合计  expected 1,483.18 万元, actual 1,483.17 万元, difference -0.01 万元',
      );
      // 29.15 + 1,160.21 + 46.20 + 117.00 = 1,352.56, as printed
      expect(r.stdout).not.toContain('303 对个人和家庭的补助');
    });

    it('both seeds, every rule: one entry each, exit code from the errors', async () => {
      const r = await run('check', seed(S000), seed(S004), '--format', 'json');
      const report: CheckReport = CheckReportSchema.parse(JSON.parse(r.stdout));
      expect(report.entries.map((e) => e.identity?.department)).toEqual([
        '新疆维吾尔自治区人民政府办公厅',
        '新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处',
      ]);
      expect(report.entries.map((e) => e.identity?.year)).toEqual([2025, 2021]);
      expect(r.code).toBe(report.entries.some((e) => e.errors > 0) ? 1 : 0);
      for (const e of report.entries) expect(e.score?.total).toBeGreaterThan(0);
    });

    it('a Disclosure JSON of a seed is checked like the seed itself', async () => {
      const parsed = await run('parse', seed(S004), '--json');
      const json = tmpFile('004.json', parsed.stdout);
      const fromText = JSON.parse((await run('check', seed(S004), '--format', 'json')).stdout);
      const fromJson = JSON.parse((await run('check', json, '--format', 'json')).stdout);
      expect(fromJson.entries[0].findings).toEqual(fromText.entries[0].findings);
      expect(fromJson.entries[0].score).toEqual(fromText.entries[0].score);
    });

    it('html: each table drawn, 表六 301 marked as rounding', async () => {
      const r = await run('check', seed(S004), '--format', 'html', ...HIERARCHY);
      expect(r.stdout).toContain(
        '<h3>表六 一般公共预算基本支出情况表 <small>单位：万元</small></h3>',
      );
      expect(r.stdout).toMatch(
        /<td class="num hl o-rounding" title="1\. 尾差 rounding: expected 299\.49 万元, actual 299\.48 万元[^"]*">299\.48<a class="mk o-rounding" href="#e0-f1">1<\/a><\/td>/,
      );
      for (const n of ['表一', '表二', '表三', '表四', '表五', '表七', '表八', '表九'])
        expect(r.stdout).toContain(`<h3>${n} `);
      expect(r.stdout).toContain('190.99 → 工资福利支出 … 对企业补助');
    });
  },
);
