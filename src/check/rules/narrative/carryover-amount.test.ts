import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { carryoverAmount } from './carryover-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:carryover-amount';
// Seed 000 表1: 上年结转结余 73.90 = 财政拨款结转 73.90 + 非财政拨款结转结余 (blank).
const overview = table('revenue-expenditure', [
  ['#carryover', { amount: 73.9 }, { block: 'income' }],
  ['#carryover-fiscal', { amount: 73.9 }, { block: 'income' }],
  ['#carryover-nonfiscal', {}, { block: 'income' }],
]);
const co = (source: 'all' | 'fiscal' | 'nonfiscal') => ({ kind: 'carryover' as const, source });

describe(id, () => {
  it('passes 上年结转结余 and its parts equal to 收支总体', () => {
    const facts = [
      fact(co('all'), 'all', { section: '十一', amount: 73.9 }),
      fact(co('fiscal'), 'all', { section: '十一', amount: 73.9 }),
      fact(co('nonfiscal'), 'all', { section: '十一', amount: 0 }),
    ];
    expect(
      tuples(carryoverAmount, disclosure([overview], { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'revenue-expenditure', 'carryover', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'carryover-fiscal', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'carryover-nonfiscal', 'amount', 'pass'],
    ]);
  });

  it('fails a part that differs; uses 上年结转结余情况表 without 收支总体', () => {
    // 非财政拨款 9.20 stated, blank in 表1: +9.20
    const facts = [fact(co('nonfiscal'), 'all', { amount: 9.2 })];
    expect(
      numbers(carryoverAmount, disclosure([overview], { narrative: { sections: [], facts } })),
    ).toEqual([['fail', 0, 9.2]]);
    const t = table('carryover', [['total', { total: 73.9, fiscal: 73.9 }]]);
    const all = [fact(co('all'), 'all', { amount: 73.9 })];
    expect(
      tuples(carryoverAmount, disclosure([t], { narrative: { sections: [], facts: all } })),
    ).toEqual([[id, 'carryover', 'total', 'total', 'pass']]);
  });

  it('is insufficient_data on an unplaced line', () => {
    const t = table('revenue-expenditure', [
      ['#carryover', {}, { block: 'income', unplaced: [{ value: 1, candidates: ['amount'] }] }],
    ]);
    const facts = [fact(co('all'), 'all', { amount: 1 })];
    expect(
      tuples(carryoverAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'revenue-expenditure', 'carryover', 'amount', 'insufficient_data']]);
  });
});
