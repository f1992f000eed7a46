// 决算 (final accounts) in the same model (issue 5): the national 部门决算 template as 上海 publishes
// it. Expected values were read by hand from the printed pages (pdftoppm, and poppler's
// `pdftotext -layout` to copy digits), page numbers in the comments; none come from this parser.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Table, TableKind, TableRow } from '../../src/model/table.js';
import { parseDisclosure } from '../../src/parse/index.js';
import { hasShared, needsShared, sharedPath } from '../helpers/shared.js';

const FINAL = '上海市普陀区财政局2024年度部门决算.pdf';
const BLANK = '部门决算模板（空白）.pdf';

async function parsePdf(name: string): Promise<Disclosure> {
  const path = sharedPath('corpus', name);
  const { layout } = await ingestFile(readFileSync(path), path);
  return parseDisclosure(layout, { strict: true });
}

function table(d: Disclosure, kind: TableKind): Table {
  const t = d.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} table`);
  return t;
}

function row(t: Table, pred: (r: TableRow) => boolean): TableRow {
  const r = t.rows.find(pred);
  if (!r) throw new Error(`no such row in ${t.kind}`);
  return r;
}

const code = (c: string) => (r: TableRow) => r.code === c;
const item = (id: string, block?: 'income' | 'expenditure') => (r: TableRow) =>
  r.item === id && r.block === block;

describe.runIf(hasShared('corpus', FINAL))(`决算: ${FINAL}`, () => {
  let d: Disclosure;
  beforeAll(async () => {
    d = await parsePdf(FINAL);
  });

  it('reads the identity and picks the national 决算 template', () => {
    expect(d.profile).toBe('final-national');
    expect(d.identity).toMatchObject({
      department: '上海市普陀区财政局',
      kind: '决算',
      year: 2024,
      unit: '万元',
    });
    expect(d.tables.map((t) => t.kind)).toEqual([
      'revenue-expenditure',
      'revenue',
      'expenditure',
      'fiscal-revenue-expenditure',
      'general-budget',
      'general-budget-basic',
      'three-public',
      'fund-budget',
      'capital-budget',
    ]);
  });

  it('gives every summary figure from the 决算数 columns', () => {
    expect(d.summary).toEqual({
      unit: '万元',
      total: 2995.39, // p.7 收入支出决算总表: 总计 2,995.39
      basic: 2336.91, // p.10 支出决算表: 合计 基本支出 2,336.91
      project: 603.14, // p.10 支出决算表: 合计 项目支出 603.14
      personnel: 2152.26, // p.17 基本支出决算表: 人员经费合计 2,152.26
      publicUse: 184.65, // p.17 基本支出决算表: 公用经费合计 184.65
      generalBudget: 2940.05, // p.6 一、一般公共预算财政拨款收入 2,940.05
      // p.18 三公 决算表: every 决算数 cell is blank (预算数 0.95 under 合计 and 公务接待费)
      threePublic: {
        unit: '万元',
        total: 0,
        outbound: 0,
        vehiclePurchase: 0,
        vehicleOperation: 0,
        reception: 0,
      },
      // pp.10–11 支出决算表, 类 rows 本年支出合计
      byFunctionClass: { '201': 2106.66, '208': 326.72, '210': 60.99, '221': 445.69 },
    });
  });

  it('reads the 收入支出决算总表 halves, 结转和结余 included (pp.6–7)', () => {
    const t = table(d, 'revenue-expenditure');
    expect(row(t, item('current', 'income')).values).toEqual({ amount: 2946.25 });
    expect(row(t, item('unit-other', 'income')).values).toEqual({ amount: 6.2 });
    expect(row(t, item('carryover', 'income')).values).toEqual({ amount: 49.14 });
    expect(row(t, item('nonfiscal-balance', 'income')).values).toEqual({});
    expect(row(t, item('total', 'income')).values).toEqual({ amount: 2995.39 });
    expect(row(t, item('total', 'expenditure')).values).toEqual({ amount: 2940.05 });
    expect(row(t, item('carryover-end', 'expenditure')).values).toEqual({ amount: 55.34 });
    expect(row(t, item('grand-total', 'expenditure')).values).toEqual({ amount: 2995.39 });
    // 八、社会保障和就业支出 is printed 326.71 here, 326.72 in 支出决算表 (p.10).
    expect(row(t, (r) => r.block === 'expenditure' && r.code === '208').values).toEqual({
      amount: 326.71,
    });
    expect(t.rows.filter((r) => r.block === 'expenditure' && r.kind === 'code')).toHaveLength(25);
  });

  it('places 收入决算表 and 支出决算表 cells by the header positions (pp.8–11)', () => {
    expect(row(table(d, 'revenue'), code('2010602')).values).toEqual({
      total: 16.19,
      fiscal: 10,
      'unit-other': 6.19,
    });
    expect(row(table(d, 'revenue'), (r) => r.kind === 'total').values).toEqual({
      total: 2946.25,
      fiscal: 2940.05,
      'unit-other': 6.2,
    });
    expect(row(table(d, 'expenditure'), code('2010601')).values).toEqual({
      total: 1511.89,
      basic: 1503.52,
      project: 8.37,
    });
    expect(row(table(d, 'expenditure'), code('2010602')).values).toEqual({
      total: 10,
      project: 10,
    });
  });

  it('reads 财政拨款收入支出决算总表 with its 年初/年末 结转和结余 (pp.12–13)', () => {
    const t = table(d, 'fiscal-revenue-expenditure');
    expect(row(t, item('carryover-general', 'income')).values).toEqual({ amount: 21.63 });
    expect(row(t, item('total', 'income')).values).toEqual({ amount: 2961.68 });
    expect(row(t, item('carryover-end', 'expenditure')).values).toEqual({
      total: 21.63,
      general: 21.63,
    });
    // 七、文化旅游体育与传媒支 / 出: a name wrapped in its cell
    expect(row(t, (r) => r.block === 'expenditure' && r.code === '207').name).toBe(
      '文化旅游体育与传媒支出',
    );
  });

  it('reads the side-by-side 基本支出决算表 into 人员经费 | 公用经费 (pp.16–17)', () => {
    const t = table(d, 'general-budget-basic');
    expect(row(t, code('30102')).values).toEqual({ total: 1238.58, personnel: 1238.58 });
    expect(row(t, code('303')).values).toEqual({ total: 69.41, personnel: 69.41 });
    expect(row(t, code('30239')).values).toEqual({ total: 48.49, 'public-use': 48.49 });
    expect(row(t, code('31002')).values).toEqual({ total: 13.58, 'public-use': 13.58 });
    expect(row(t, (r) => r.kind === 'total').values).toEqual({
      total: 2336.91,
      personnel: 2152.26,
      'public-use': 184.65,
    });
  });

  it('reads 三公 预算数 and 决算数 per item (p.18)', () => {
    const t = table(d, 'three-public');
    expect(t.columns.map((c) => c.id)).toEqual(['budget', 'final']);
    expect(row(t, (r) => r.item === 'total').values).toEqual({ budget: 0.95 });
    expect(row(t, (r) => r.item === 'reception').values).toEqual({ budget: 0.95 });
    expect(row(t, (r) => r.item === 'outbound').values).toEqual({});
  });

  it('keeps the 政府性基金 and 国有资本经营 tables as published empty (pp.19–20)', () => {
    expect(table(d, 'fund-budget').empty?.statement).toContain('故本表无数据');
    expect(table(d, 'capital-budget').empty?.statement).toContain('故本表无数据');
  });

  it('reads 年初预算 against 决算数 from the 情况说明 (pp.22–23)', () => {
    const general = d.narrative.facts.find((f) => f.budget && f.scope === 'general-budget');
    expect(general).toMatchObject({
      subject: { kind: 'total', side: 'expenditure' },
      amount: 2940.05,
      budget: { amount: 2993.92, completion: 98.2 },
    });
    const line = d.narrative.facts.find(
      (f) => f.subject.kind === 'function' && f.subject.code === '2010601',
    );
    expect(line).toMatchObject({ amount: 1511.89, budget: { amount: 1560.05 } });
    const three = d.narrative.facts.find(
      (f) => f.subject.kind === 'three-public' && f.subject.item === 'total',
    );
    expect(three).toMatchObject({ amount: 0, budget: { amount: 0.95, completion: 0 } });
    const total = d.narrative.facts.find(
      (f) => f.subject.kind === 'total' && f.subject.side === 'both' && f.scope === 'all',
    );
    expect(total).toMatchObject({
      amount: 2995.39,
      change: { direction: 'decrease', amount: 56.95, percent: 1.87, against: '2023年度' },
    });
  });

  it('leaves no table line unread and no number unplaced', () => {
    const codes = d.warnings.map((w) => w.code);
    expect(codes).not.toContain('row-unrecognised');
    expect(codes).not.toContain('column-ambiguous');
    expect(codes).not.toContain('row-unbalanced');
    expect(codes).not.toContain('table-missing');
    expect(d.tables.flatMap((t) => t.rows).filter((r) => r.unplaced?.length)).toEqual([]);
  });
});

describe.runIf(hasShared('corpus', BLANK))(`决算 blank template: ${BLANK}`, () => {
  let d: Disclosure;
  beforeAll(async () => {
    d = await parsePdf(BLANK);
  });

  it('parses the structure and says plainly that there are no figures', () => {
    expect(d.profile).toBe('final-national');
    expect(d.identity).toMatchObject({ department: '上海市XX局', kind: '决算', year: 2024 });
    expect(d.tables).toHaveLength(9);
    expect(d.tables.every((t) => t.rows.every((r) => Object.keys(r.values).length === 0))).toBe(
      true,
    );
    expect(d.warnings.filter((w) => w.code === 'no-figures')).toHaveLength(1);
  });

  it('reports every summary figure as unknown, not as 0', () => {
    const { threePublic, byFunctionClass, ...rest } = d.summary;
    expect(rest).toEqual({
      unit: '万元',
      total: null,
      basic: null,
      project: null,
      personnel: null,
      publicUse: null,
      generalBudget: null,
    });
    expect(Object.values(threePublic).filter((v) => v !== null)).toEqual(['万元']);
    expect(byFunctionClass).toEqual({});
  });
});

for (const name of [FINAL, BLANK])
  if (!hasShared('corpus', name))
    describe('决算', () => it.skip(needsShared('corpus', name), () => {}));
