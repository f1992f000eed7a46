import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { revenueSourceAmount } from './revenue-source-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:revenue-source-amount';
// 新疆 2025: 一般公共预算拨款 = 一般财力 + 上级转移支付.
const overview = table('revenue-expenditure', [
  ['#general', { amount: 130 }, { block: 'income' }],
  ['#general-own', { amount: 100 }, { block: 'income' }],
  ['#general-transfer', { amount: 30 }, { block: 'income' }],
  ['#unit-funds', { amount: 13.22 }, { block: 'income' }],
  ['#carryover-fiscal', { amount: 73.9 }, { block: 'income' }],
  ['#special-account', {}, { block: 'income' }],
]);
const src = (
  source: 'general' | 'general-transfer' | 'unit-funds' | 'carryover-fiscal' | 'special-account',
) => ({
  kind: 'revenue' as const,
  source,
});

describe(id, () => {
  it('passes each source equal to its 收支总体 line; 一般公共预算 beside a transfer is 一般财力', () => {
    const facts = [
      fact(src('general'), 'all', { amount: 100 }),
      fact(src('general-transfer'), 'all', { amount: 30 }),
      fact(src('unit-funds'), 'all', { amount: 13.22 }),
      fact(src('carryover-fiscal'), 'all', { amount: 73.9 }),
      // 财政专户 is blank in the table: 0.00 agrees.
      fact(src('special-account'), 'all', { amount: 0 }),
    ];
    const d = disclosure([overview], { narrative: { sections: [], facts } });
    expect(tuples(revenueSourceAmount, d)).toEqual([
      [id, 'revenue-expenditure', 'general-own', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'general-transfer', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'unit-funds', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'carryover-fiscal', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'special-account', 'amount', 'pass'],
    ]);
  });

  it('fails a source that matches neither reading', () => {
    // 单位资金 stated 31.22 vs 13.22: +18.00; 一般公共预算 120 is neither 130 nor 100
    const facts = [
      fact(src('unit-funds'), 'all', { amount: 31.22 }),
      fact(src('general'), 'all', { amount: 120 }),
    ];
    const d = disclosure([overview], { narrative: { sections: [], facts } });
    expect(numbers(revenueSourceAmount, d)).toEqual([
      ['fail', 13.22, 31.22],
      ['fail', 130, 120],
    ]);
  });

  it('reads a source from 收入总体 where 收支总体 has no line for it', () => {
    const revenue = table('revenue', [['total', { total: 50, 'unit-funds': 50 }]]);
    const facts = [fact(src('unit-funds'), 'all', { amount: 50 })];
    const d = disclosure([revenue], { narrative: { sections: [], facts } });
    expect(tuples(revenueSourceAmount, d)).toEqual([
      [id, 'revenue', 'total', 'unit-funds', 'pass'],
    ]);
  });

  it('is insufficient_data when the line holds an unplaced number', () => {
    const t = table('revenue-expenditure', [
      ['#unit-funds', {}, { block: 'income', unplaced: [{ value: 5, candidates: ['amount'] }] }],
    ]);
    const facts = [fact(src('unit-funds'), 'all', { amount: 5 })];
    expect(
      tuples(revenueSourceAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'revenue-expenditure', 'unit-funds', 'amount', 'insufficient_data']]);
  });
});
