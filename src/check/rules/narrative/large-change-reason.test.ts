import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { largeChangeReason } from './large-change-reason.js';
import { fact, tuples } from './support/fixture.js';

const id = 'narrative:large-change-reason';
const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
const basic = (amount: number, change: number, percent?: number, reason?: string) =>
  fact({ kind: 'expenditure', type: 'basic' }, 'all', {
    section: '三',
    amount,
    change: {
      direction: 'increase',
      amount: change,
      ...(percent === undefined ? {} : { percent }),
    },
    ...(reason ? { reason } : {}),
  });

describe(id, () => {
  it('passes a large change with its reason; ignores a small one', () => {
    // 118.18 ÷ 237.68 = 49.72% with a reason; 27.79 ÷ 317.29 = 8.76% needs none
    expect(
      tuples(
        largeChangeReason,
        of([basic(355.86, 118.18, 49.72, '项目资金增加'), basic(345.08, 27.79)]),
      ),
    ).toEqual([[id, '三', 'basic', undefined, 'pass']]);
  });

  it('warns about a change of 10% or more without a reason, computing the rate when not printed', () => {
    // 118.18 ÷ (355.86 − 118.18) = 49.72%, no reason
    expect(tuples(largeChangeReason, of([basic(355.86, 118.18)]))).toEqual([
      [id, '三', 'basic', undefined, 'fail'],
    ]);
  });

  it('accepts a total whose parts give the reasons (seed 004 八)', () => {
    const tp = (item: 'total' | 'vehicle-purchase', reason?: string) =>
      fact({ kind: 'three-public', item }, 'three-public', {
        section: '八',
        amount: 80,
        change: { direction: 'increase', amount: 80 },
        ...(reason ? { reason } : {}),
      });
    expect(
      tuples(largeChangeReason, of([tp('total'), tp('vehicle-purchase', '新增购车经费')])),
    ).toEqual([
      [id, '八', 'three-public:total', undefined, 'pass'],
      [id, '八', 'three-public:vehicle-purchase', undefined, 'pass'],
    ]);
  });

  it('has nothing to say where this year is unknown and no rate is printed', () => {
    const f = fact({ kind: 'revenue', source: 'general' }, 'all', {
      change: { direction: 'increase', amount: 5 },
    });
    expect(tuples(largeChangeReason, of([f]))).toEqual([]);
  });
});
