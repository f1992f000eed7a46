// The rules derived from the specs, one family at a time, on fixtures we build: a passing table,
// a failing one with the hand arithmetic, a rounding difference, and an uncertain cell.
import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { checkDisclosure } from '../../engine.js';

const tuples = (d: ReturnType<typeof disclosure>, only: string) =>
  checkDisclosure(d, { only: [only], includePasses: true }).findings.map((f) => [
    f.ruleId,
    f.location.row,
    f.location.column,
    f.outcome,
    f.difference,
  ]);

describe('column sums (table:<kind>:<total>=<parts>)', () => {
  const rule = 'table:expenditure:total=basic+project';
  it('passes a row whose 合计 is 基本 + 项目, fails one that is not', () => {
    const d = disclosure([
      table('expenditure', [
        ['total', { total: 10, basic: 7, project: 3 }],
        // 5.00 ≠ 2.00 + 2.00: off by 1.00
        ['201', { total: 5, basic: 2, project: 2 }],
      ]),
    ]);
    expect(tuples(d, rule)).toEqual([
      [rule, 'total', 'total', 'pass', 0],
      [rule, '201', 'total', 'fail', 1],
    ]);
  });

  it('calls a one-cent difference over two parts rounding, not an error', () => {
    // 10.01 vs 5.00 + 5.00 = 10.00: within ⌊3/2⌋ = 1 cent.
    const d = disclosure([table('expenditure', [['201', { total: 10.01, basic: 5, project: 5 }]])]);
    expect(tuples(d, rule)).toEqual([[rule, '201', 'total', 'rounding', 0.01]]);
  });

  it('is insufficient_data when a part may hold an unplaced number, but sums across candidates', () => {
    const uncertain = table('expenditure', [
      ['201', { total: 5 }, { unplaced: [{ value: 5, candidates: ['basic', 'project'] }] }],
      ['202', { project: 5 }, { unplaced: [{ value: 5, candidates: ['total', 'basic'] }] }],
    ]);
    // 201: wherever 5 is (基本 or 项目), 基本 + 项目 = 5 = 合计; 202: the 5 may be 合计 or a part.
    expect(tuples(disclosure([uncertain]), rule)).toEqual([
      [rule, '201', 'total', 'pass', 0],
      [rule, '202', 'total', 'insufficient_data', undefined],
    ]);
  });
});

describe('column sums of a row printing only its total', () => {
  const rule =
    'table:general-budget-project:total=e301+e302+e303+e307+e309+e310+e311+e312+e313+e399';
  const rows = (): Parameters<typeof table>[1] => [['project:甲', { total: 5 }]];
  it('is not applicable when the document declares projects not disclosed', () => {
    const d = disclosure([table('general-budget-project', rows())], {
      undisclosed: [
        {
          kind: '不予公开',
          count: 1,
          amount: 5,
          unit: '万元',
          what: 'projects',
          text: '…不予公开',
        },
      ],
    });
    expect(tuples(d, rule)).toEqual([[rule, '/甲', 'total', 'not_applicable', undefined]]);
  });
  it('fails otherwise: 合计 5.00 with blank parts', () => {
    const d = disclosure([table('general-budget-project', rows())]);
    expect(tuples(d, rule)).toEqual([[rule, '/甲', 'total', 'fail', 5]]);
  });
});

describe('row sums (table:<kind>:hierarchy, :total-row)', () => {
  it('checks 类 = Σ款 and the total row in every column', () => {
    const d = disclosure([
      table('expenditure', [
        ['total', { total: 12, basic: 12 }],
        ['201', { total: 10, basic: 10 }],
        // 20101 + 20102 = 4 + 5 = 9 ≠ 10: off by 1.00 in 合计 and 基本
        ['20101', { total: 4, basic: 4 }],
        ['20102', { total: 5, basic: 5 }],
        ['208', { total: 2, basic: 2 }],
        ['20805', { total: 2, basic: 2 }],
      ]),
    ]);
    const found = checkDisclosure(d, { only: ['table:expenditure:hierarchy'] }).findings;
    expect(found.map((f) => [f.location.row, f.location.column, f.outcome, f.difference])).toEqual([
      ['201', 'total', 'fail', 1],
      ['201', 'basic', 'fail', 1],
    ]);
    // total 12 = 201 (10) + 208 (2)
    expect(checkDisclosure(d, { only: ['table:expenditure:total-row'] }).counts.fail).toBe(0);
  });

  it('checks an item against its 其中 items (收支总体 本年收入)', () => {
    const d = disclosure([
      table('revenue-expenditure', [
        ['#current', { amount: 100 }, { block: 'income' }],
        ['#general', { amount: 90 }, { block: 'income' }],
        // 本年收入 100 ≠ 90 + 5 = 95
        ['#unit-funds', { amount: 5 }, { block: 'income' }],
      ]),
    ]);
    const found = checkDisclosure(d, { only: ['table:revenue-expenditure:items'] }).findings;
    expect(found.map((f) => [f.location.row, f.outcome, f.expected, f.actual])).toEqual([
      ['current', 'fail', 95, 100],
    ]);
  });
});

describe('cross-table identities (cross:<name>)', () => {
  it('compares the same money in two tables', () => {
    const d = disclosure([
      table('general-budget', [['total', { total: 100, basic: 60, project: 40 }]]),
      // 一般公共预算支出表 基本 60 vs 基本支出表 合计 61
      table('general-budget-basic', [['total', { total: 61, personnel: 50, 'public-use': 11 }]]),
    ]);
    const found = checkDisclosure(d, {
      only: ['cross:general-budget.basic=general-budget-basic.total'],
    }).findings;
    expect(found.map((f) => [f.outcome, f.expected, f.actual, f.difference])).toEqual([
      ['fail', 61, 60, -1],
    ]);
  });

  it('applies a 2021 identity only where 收支总体 does not split the source (2025 adds 上级转移支付)', () => {
    const rule = 'cross:revenue.general=revenue-expenditure.general(2021)';
    const revenue = table('revenue', [
      ['total', { total: 100, general: 80, 'general-transfer': 20 }],
    ]);
    // 2021: 一般公共预算 80 printed as the item itself: 80 = 80
    const y2021 = disclosure([
      revenue,
      table('revenue-expenditure', [['#general', { amount: 80 }, { block: 'income' }]]),
    ]);
    // 2025: 一般公共预算拨款收入 100 = own 80 + transfer 20; the 2021 identity (80 vs 100) is not for it
    const y2025 = disclosure([
      revenue,
      table('revenue-expenditure', [
        ['#general', { amount: 100 }, { block: 'income' }],
        ['#general-own', { amount: 80 }, { block: 'income' }],
        ['#general-transfer', { amount: 20 }, { block: 'income' }],
      ]),
    ]);
    const outcomes = (d: ReturnType<typeof disclosure>) =>
      checkDisclosure(d, { only: [rule], includePasses: true }).findings.map((f) => f.outcome);
    expect(outcomes(y2021)).toEqual(['pass']);
    expect(outcomes(y2025)).toEqual([]);
  });
});
