import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { fiscalTotalAmount } from './fiscal-total-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:fiscal-total-amount';
const fiscal = (income: number, extra = {}) =>
  table('fiscal-revenue-expenditure', [
    ['total', { amount: income }, { block: 'income', ...extra }],
    ['expenditure-total', { total: income, general: income }],
  ]);
const stated = (amount: number) => ({
  narrative: {
    sections: [],
    facts: [fact({ kind: 'total', side: 'both' }, 'fiscal', { section: '四', amount })],
  },
});

describe(id, () => {
  it('passes 财政拨款收支总预算 equal to 财政拨款收支总体 收入总计', () => {
    expect(tuples(fiscalTotalAmount, disclosure([fiscal(14216.81)], stated(14216.81)))).toEqual([
      [id, 'fiscal-revenue-expenditure', 'total', 'amount', 'pass'],
    ]);
  });

  it('fails one that differs', () => {
    // stated 14,216.18 vs 14,216.81: −0.63
    expect(numbers(fiscalTotalAmount, disclosure([fiscal(14216.81)], stated(14216.18)))).toEqual([
      ['fail', 14216.81, 14216.18],
    ]);
  });

  it('is insufficient_data on an unplaced total and silent without the table', () => {
    const unplaced = fiscal(0, { values: {}, unplaced: [{ value: 1, candidates: ['amount'] }] });
    expect(tuples(fiscalTotalAmount, disclosure([unplaced], stated(1)))).toEqual([
      [id, 'fiscal-revenue-expenditure', 'total', 'amount', 'insufficient_data'],
    ]);
    expect(tuples(fiscalTotalAmount, disclosure([], stated(1)))).toEqual([]);
  });
});
