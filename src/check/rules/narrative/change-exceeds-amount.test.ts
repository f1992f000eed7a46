import { describe, expect, it } from 'vitest';
import { disclosure, edited } from '../../../../test/helpers/disclosure.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { changeExceedsAmount } from './change-exceeds-amount.js';
import { fact, run, tuples } from './support/fixture.js';

const id = 'narrative:change-exceeds-amount';
const seed = '000_c55cbe189efa8a40.txt';

describe(id, () => {
  it('passes an increase no larger than this year (seed 000 2080502: 456.60 of 491.75)', () => {
    const f = fact({ kind: 'function', level: '项', code: '2080502', path: [] }, 'general-budget', {
      amount: 491.75,
      change: { direction: 'increase', amount: 456.6, percent: 1299 },
    });
    expect(
      tuples(changeExceedsAmount, disclosure([], { narrative: { sections: [], facts: [f] } })),
    ).toEqual([[id, '二', '2080502', undefined, 'pass']]);
  });

  it.skipIf(!hasShared('seeds', seed))(
    `fails "增长100%" for a line cut to 0 (seed 000 edited; ${needsShared('seeds', seed)})`,
    () => {
      // 学前教育 0.00万元, 比上年预算减少 498.24 — written as 增加: last year 0 − 498.24 < 0
      const d = edited(parsedSeed(seed).disclosure, (c) => {
        for (const f of c.narrative.facts)
          if (f.subject.kind === 'function' && f.subject.code === '2050201' && f.change)
            f.change.direction = 'increase';
      });
      expect(
        run(changeExceedsAmount, d)
          .filter((f) => f.outcome !== 'pass')
          .map((f) => [f.location.subject, f.outcome, f.expected, f.actual, f.expectedText]),
      ).toEqual([['2050201', 'fail', 0, 498.24, 'decrease']]);
    },
  );

  it('has nothing to check without this year’s amount', () => {
    const f = fact({ kind: 'revenue', source: 'general' }, 'all', {
      change: { direction: 'increase', amount: 5 },
    });
    expect(
      tuples(changeExceedsAmount, disclosure([], { narrative: { sections: [], facts: [f] } })),
    ).toEqual([]);
  });
});
