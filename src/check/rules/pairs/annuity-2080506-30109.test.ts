import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { annuity as rule } from './annuity-2080506-30109.js';

describe('cross-table:annuity-2080506-30109', () => {
  const id = rule.id;
  it('passes equal lines and finds nothing when neither side has money', () => {
    expect(
      run(rule, doc([['2080506', { total: 12.5, basic: 12.5 }]], [['30109', { total: 12.5 }]])),
    ).toEqual([[id, 'general-budget-basic', '30109', 'total', 'pass', 12.5, 12.5]]);
    expect(
      run(rule, doc([['2080505', { total: 1, basic: 1 }]], [['30108', { total: 1 }]])),
    ).toEqual([]);
  });
  it('fails 30109 12.50 against 2080506 10.00 (difference 2.50)', () => {
    expect(
      run(rule, doc([['2080506', { total: 10, basic: 10 }]], [['30109', { total: 12.5 }]])),
    ).toEqual([[id, 'general-budget-basic', '30109', 'total', 'fail', 10, 12.5]]);
  });
  it('uses the 基本支出 column: 2080506 合计 15 with 项目支出 5 still matches 30109 10', () => {
    expect(
      run(
        rule,
        doc([['2080506', { total: 15, basic: 10, project: 5 }]], [['30109', { total: 10 }]]),
      )[0]?.[4],
    ).toBe('pass');
  });
  it('is insufficient_data when 2080506 is printed twice', () => {
    const twice = doc(
      [
        ['2080506', { total: 10, basic: 10 }],
        ['2080506', { total: 10, basic: 10 }],
      ],
      [['30109', { total: 10 }]],
    );
    expect(run(rule, twice)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('has nothing to check: neither seed budgets 2080506 or 30109', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure)).toEqual([]);
      expect(run(rule, parsedSeed(SEED_004).disclosure)).toEqual([]);
    });
  });
});
