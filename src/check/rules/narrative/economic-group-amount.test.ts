import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { economicGroupAmount } from './economic-group-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:economic-group-amount';
// Seed 004 表六 合计: 345.08 = 309.32 + 35.76.
const basicTable = table('general-budget-basic', [
  ['total', { total: 345.08, personnel: 309.32, 'public-use': 35.76 }],
]);
const group = (g: 'personnel' | 'public-use') => ({ kind: 'economic-group' as const, group: g });

describe(id, () => {
  it('passes 人员经费 and 公用经费 equal to the 基本支出表 total row', () => {
    const facts = [
      fact(group('personnel'), 'general-budget', { section: '六', amount: 309.32 }),
      fact(group('public-use'), 'general-budget', { section: '六', amount: 35.76 }),
    ];
    expect(
      tuples(economicGroupAmount, disclosure([basicTable], { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'general-budget-basic', 'total', 'personnel', 'pass'],
      [id, 'general-budget-basic', 'total', 'public-use', 'pass'],
    ]);
  });

  it('fails a swapped figure', () => {
    // 公用经费 stated 35.67 vs 35.76: −0.09
    const facts = [fact(group('public-use'), 'general-budget', { amount: 35.67 })];
    expect(
      numbers(
        economicGroupAmount,
        disclosure([basicTable], { narrative: { sections: [], facts } }),
      ),
    ).toEqual([['fail', 35.76, 35.67]]);
  });

  it('is insufficient_data on an unplaced cell', () => {
    const t = table('general-budget-basic', [
      [
        'total',
        { total: 10 },
        { unplaced: [{ value: 10, candidates: ['personnel', 'public-use'] }] },
      ],
    ]);
    const facts = [fact(group('personnel'), 'general-budget', { amount: 10 })];
    expect(
      tuples(economicGroupAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'general-budget-basic', 'total', 'personnel', 'insufficient_data']]);
  });
});
