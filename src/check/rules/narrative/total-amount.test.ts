import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { fact, numbers, run, tuples } from './support/fixture.js';
import { totalAmount } from './total-amount.js';

const id = 'narrative:total-amount';
const overview = (total: number, extra = {}) =>
  table('revenue-expenditure', [
    ['total', { amount: total }, { block: 'income', ...extra }],
    ['expenditure-total', { amount: total }],
  ]);
const stated = [
  fact({ kind: 'total', side: 'both' }, 'all', { section: '一', amount: 14303.93 }),
  fact({ kind: 'total', side: 'revenue' }, 'all', { section: '二', amount: 14303.93 }),
  fact({ kind: 'total', side: 'expenditure' }, 'all', { section: '三', amount: 14303.93 }),
];

describe(id, () => {
  it('passes totals equal to 收支总体 收入总计 and 支出总计', () => {
    const d = disclosure([overview(14303.93)], { narrative: { sections: [], facts: stated } });
    expect(tuples(totalAmount, d)).toEqual([
      [id, 'revenue-expenditure', 'total', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'total', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'expenditure-total', 'amount', 'pass'],
    ]);
  });

  it('fails a stated 收入预算 that is not the table total', () => {
    // 14,303.39 stated vs 14,303.93 printed: 14303.39 − 14303.93 = −0.54
    const facts = [fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 14303.39 })];
    const d = disclosure([overview(14303.93)], { narrative: { sections: [], facts } });
    expect(tuples(totalAmount, d)).toEqual([
      [id, 'revenue-expenditure', 'total', 'amount', 'fail'],
    ]);
    expect(run(totalAmount, d)[0]?.difference).toBe(-0.54);
  });

  it('falls back to 收入总体 without 收支总体, and is insufficient_data on an unplaced total', () => {
    const facts = [fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 100 })];
    const revenue = table('revenue', [['total', { total: 100 }]]);
    expect(
      tuples(totalAmount, disclosure([revenue], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'revenue', 'total', 'total', 'pass']]);
    const unplaced = overview(0, {
      values: {},
      unplaced: [{ value: 100, candidates: ['amount'] }],
    });
    const d = disclosure([unplaced], { narrative: { sections: [], facts } });
    expect(tuples(totalAmount, d)).toEqual([
      [id, 'revenue-expenditure', 'total', 'amount', 'insufficient_data'],
    ]);
  });

  it('compares across units at the coarser unit’s precision', () => {
    // table in 元: 1,234,567.89 元 = 123.4567… 万元, printed 123.46 万元
    const t = { ...overview(1234567.89), unit: '元' as const };
    const facts = [
      fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 123.46 }),
      fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 123.45 }),
    ];
    const d = disclosure([t], { narrative: { sections: [], facts } });
    expect(numbers(totalAmount, d)).toEqual([
      ['pass', 123.46, 123.46],
      ['fail', 123.46, 123.45],
    ]);
  });

  it('reads a 收入预算 equal to 本年收入 (without 上年结转结余) as that line', () => {
    // seed 000 表1: 本年收入 14,230.03 + 上年结转结余 73.90 = 收入总计 14,303.93
    const t = table('revenue-expenditure', [
      ['#current', { amount: 14230.03 }, { block: 'income' }],
      ['total', { amount: 14303.93 }, { block: 'income' }],
    ]);
    const facts = [fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 14230.03 })];
    expect(tuples(totalAmount, disclosure([t], { narrative: { sections: [], facts } }))).toEqual([
      [id, 'revenue-expenditure', 'current', 'amount', 'pass'],
    ]);
  });

  it('has nothing to say without a stated total or without the tables', () => {
    expect(tuples(totalAmount, disclosure([overview(1)]))).toEqual([]);
    expect(
      tuples(totalAmount, disclosure([], { narrative: { sections: [], facts: stated } })),
    ).toEqual([]);
  });
});
