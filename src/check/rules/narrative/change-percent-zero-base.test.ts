import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Change, NarrativeFact } from '../../../model/narrative.js';
import { changePercentZeroBase } from './change-percent-zero-base.js';
import { fact, run, tuples } from './support/fixture.js';

const id = 'narrative:change-percent-zero-base';
const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
const item = (amount: number, change: Change) =>
  fact({ kind: 'three-public', item: 'vehicle-purchase' }, 'three-public', {
    section: '八',
    amount,
    change,
  });

describe(id, () => {
  it('fails a rate stated for money that is new this year', () => {
    // 公务用车购置费 80.00, 增加 80.00: last year 80.00 − 80.00 = 0, so "增长100%" has no base
    const found = run(
      changePercentZeroBase,
      of([item(80, { direction: 'increase', amount: 80, percent: 100 })]),
    );
    expect(found.map((f) => [f.outcome, f.actual])).toEqual([['fail', 100]]);
  });

  it('accepts new money stated without a rate (seed 004 八), and 0 → 0 with 增长 0.00%', () => {
    expect(
      tuples(changePercentZeroBase, of([item(80, { direction: 'increase', amount: 80 })])),
    ).toEqual([]);
    // seed 000 十: 公务用车购置费 0.00, 增加 0.00万元，增长 0.00%
    expect(
      tuples(
        changePercentZeroBase,
        of([item(0, { direction: 'unchanged', amount: 0, percent: 0 })]),
      ),
    ).toEqual([]);
  });

  it('has nothing to check where this year is not stated', () => {
    const noAmount = fact({ kind: 'three-public', item: 'reception' }, 'three-public', {
      change: { direction: 'increase', amount: 5, percent: 100 },
    });
    expect(tuples(changePercentZeroBase, of([noAmount]))).toEqual([]);
  });
});
