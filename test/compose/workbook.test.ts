// The workbook round trip (issue 4): `yusuan template` → filled programmatically → `yusuan compose`
// gives the same disclosure as composing the same data from YAML; bad cells are named exactly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compose,
  readBudgetInput,
  SHEETS,
  writeTemplate,
  type BudgetInputDraft,
} from '../../src/compose/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { run } from '../cli/run.js';
import { SEED_000_YAML } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-compose-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The disclosure without its source (a digest of the input as read). */
const content = ({ source: _source, ...rest }: Disclosure) => rest;

describe('compose: workbook (issue 4)', () => {
  it('seed 000 written into the workbook reads back and composes the same disclosure', async () => {
    const draft = parse(readFileSync(SEED_000_YAML, 'utf8')) as BudgetInputDraft;
    const file = join(dir, 'seed-000.xlsx');
    writeFileSync(file, await writeTemplate({ input: draft }));
    const fromXlsx = compose(await readBudgetInput(file));
    const fromYaml = compose(await readBudgetInput(SEED_000_YAML));
    expect(fromXlsx.warnings).toEqual(fromYaml.warnings);
    expect(content(fromXlsx.disclosure)).toEqual(content(fromYaml.disclosure));
    expect(fromXlsx.disclosure.summary.total).toBe(14303.93);
  });

  it('yusuan template, filled in with exceljs, composes like the same items given as JSON', async () => {
    const file = join(dir, 'template.xlsx');
    const made = await run('template', '-o', file);
    expect(made.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...Object.values(SHEETS).map((s) => s.name),
      '代码表',
    ]);
    const info = wb.getWorksheet(SHEETS.info.name)!;
    info.getCell('B2').value = '测试厅'; // 部门 (row 2 of 单位信息)
    info.getCell('B3').value = 2025;
    const items = wb.getWorksheet(SHEETS.items.name)!;
    const rows = [
      ['测试厅（本级）', '2010301', '30101', '一般公共预算', '人员经费', undefined, 1234567.5],
      ['测试厅（本级）', '2010301', '30201', '一般公共预算', '公用经费', undefined, 300000],
      ['测试厅信息中心', '2010399', '31002', '一般公共预算', '项目', '设备购置', 88000.12],
    ];
    // Over the two example rows, and one more.
    rows.forEach((r, i) => {
      items.getRow(2 + i).values = r;
    });
    await wb.xlsx.writeFile(file);
    const composed = await run('compose', file, '-o', join(dir, 'out.json'));
    expect(composed.code).toBe(0);
    const fromXlsx = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Disclosure;
    const json = join(dir, 'same.json');
    writeFileSync(
      json,
      JSON.stringify({
        identity: { department: '测试厅', year: 2025 },
        units: ['示例部门（本级）'],
        items: rows.map(([unit, functionCode, economicCode, source, type, project, amount]) => ({
          unit,
          functionCode,
          economicCode,
          source,
          type,
          ...(project ? { project } : {}),
          amount,
        })),
      }),
    );
    const fromJson = compose(await readBudgetInput(json)).disclosure;
    expect(content(fromXlsx)).toEqual(content(fromJson));
    expect(fromXlsx.summary).toMatchObject({ total: 162.26, basic: 153.46, project: 8.8 });
  });

  it('a bad code is reported with its sheet, row and column, and nothing is composed (exit 2)', async () => {
    const draft = parse(readFileSync(SEED_000_YAML, 'utf8')) as BudgetInputDraft;
    const items = [...draft.items];
    items[2] = { ...items[2]!, functionCode: '2990301' }; // 类 299 does not exist
    items[4] = { ...items[4]!, economicCode: '38801' }; // 经济分类 类 388 does not exist
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, await writeTemplate({ input: { ...draft, items } }));
    const r = await run('compose', file, '-o', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('预算明细 row 4, column 功能分类: 功能分类 类 299');
    expect(r.stderr).toContain('预算明细 row 6, column 经济分类: 经济分类 类 388');
    expect(r.stderr).not.toContain('    at '); // no stack trace
  });

  it('a YAML input with a missing amount names the item and field', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'identity: { department: 测试厅, year: 2025 }\nitems:\n  - { unit: 测试厅, functionCode: "2010301", economicCode: "30101", source: 一般公共预算, type: 人员经费 }\n',
    );
    const r = await run('compose', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('items[0].amount');
  });
});

describe('compose: CLI messages (issue 4)', () => {
  it('prints the warnings and still writes the disclosure', async () => {
    const file = join(dir, 'warn.json');
    writeFileSync(
      file,
      JSON.stringify({
        identity: { department: '测试厅', year: 2025 },
        items: [
          {
            unit: '测试厅',
            functionCode: '2010301',
            economicCode: '30101',
            source: '一般公共预算',
            type: '人员经费',
            amount: 2_000_000,
          },
        ],
        prior: { '支出:基本支出': 1_000_000 },
      }),
    );
    const r = await run('compose', file, '-o', join(dir, 'warn.out.json'));
    expect(r.code).toBe(0);
    // 200 万元 against 100 万元 last year: +100%, no reason given.
    expect(r.stderr).toContain('[reason-missing] 基本支出: the change on last year is 100.00%');
    expect(JSON.parse(readFileSync(join(dir, 'warn.out.json'), 'utf8')).summary.total).toBe(200);
  });

  it('refuses an unknown profile and a non-.xlsx template name (exit 2)', async () => {
    expect(
      (await run('template', '--profile', 'nowhere-2030', '-o', join(dir, 't.xlsx'))).code,
    ).toBe(2);
    expect((await run('template', '-o', join(dir, 't.csv'))).code).toBe(2);
  });
});

describe('compose: codes the catalog lacks (issue 4)', () => {
  it('an unknown 项 is a warning; named in 科目名称 it is used with that name', async () => {
    const draft: BudgetInputDraft = {
      identity: { department: '测试厅', year: 2025 },
      items: [
        {
          unit: '测试厅',
          functionCode: '2010398',
          economicCode: '30101',
          source: '一般公共预算',
          type: '人员经费',
          amount: 100_000,
        },
      ],
    };
    const bare = join(dir, 'unknown.xlsx');
    writeFileSync(bare, await writeTemplate({ input: draft }));
    const r = await run('compose', bare, '-o', join(dir, 'unknown.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      '预算明细 row 2, column 功能分类: 功能分类 项 2010398 is not in our (partial) catalog',
    );
    const named = join(dir, 'named.xlsx');
    writeFileSync(
      named,
      await writeTemplate({ input: { ...draft, codeNames: { '2010398': '测试事务' } } }),
    );
    const { disclosure } = compose(await readBudgetInput(named));
    const row = disclosure.tables
      .find((t) => t.kind === 'expenditure')
      ?.rows.find((x) => x.code === '2010398');
    expect(row).toMatchObject({ name: '测试事务', values: { total: 10, basic: 10 } });
  });
});

describe('compose: a 上海-style 绩效目标表 (项目性质, dates, 项目总目标)', () => {
  it('reads them from the workbook and keeps them on the composed target, funds from the items', async () => {
    const draft: BudgetInputDraft = {
      identity: { department: '测试街道', year: 2023 },
      items: [
        {
          unit: '测试街道',
          functionCode: '2010301',
          economicCode: '30201',
          source: '一般公共预算',
          type: '项目',
          project: '社区服务中心',
          amount: 4_100_000,
        },
      ],
      performance: [
        {
          kind: 'project',
          unit: '测试街道',
          project: '社区服务中心',
          manager: '张三',
          nature: '阶段性项目',
          category: '特定目标类',
          start: '2023-01-01',
          end: '2023-12-31',
          projectGoal: '建成社区服务中心。',
          goal: '年内完成主体工程。',
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '建筑面积', value: '≥13459平方米' },
          ],
        },
      ],
    };
    const file = join(dir, 'performance.xlsx');
    writeFileSync(file, await writeTemplate({ input: draft }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const header = wb.getWorksheet(SHEETS.performance.name)!.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['项目性质', '计划开始日期', '项目总目标']));
    const [target] = compose(await readBudgetInput(file)).disclosure.performance;
    expect(target).toMatchObject({
      project: '社区服务中心',
      manager: '张三',
      nature: '阶段性项目',
      category: '特定目标类',
      period: { start: '2023-01-01', end: '2023-12-31' },
      projectGoal: '建成社区服务中心。',
      goal: '年内完成主体工程。',
      // 4,100,000 元 of the 社区服务中心 items, in the document's 万元
      funds: { total: 410, fiscal: 410, other: 0 },
    });
  });
});
