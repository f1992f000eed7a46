import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { retirement as rule } from './retirement-30301-30302-within-2080501-2080502.js';

describe('cross-table:retirement-30301-30302-within-2080501-2080502', () => {
  const id = rule.id;
  it('passes when 离休费 + 退休费 do not exceed 2080501 + 2080502', () => {
    // 29.15 + 1,160.21 = 1,189.36 ≤ 860.81 + 491.75 = 1,352.56
    const d = doc(
      [
        ['2080501', { total: 860.81, basic: 860.81 }],
        ['2080502', { total: 491.75, basic: 491.75 }],
      ],
      [
        ['303', { total: 1352.56 }],
        ['30301', { total: 29.15 }],
        ['30302', { total: 1160.21 }],
      ],
    );
    expect(run(rule, d)).toEqual([
      [id, 'general-budget-basic', '30301+30302', 'total', 'pass', 1352.56, 1189.36],
    ]);
  });
  it('fails 退休费 100.00 against 2080502 90.00 (10.00 over)', () => {
    const d = doc([['2080502', { total: 90, basic: 90 }]], [['30302', { total: 100 }]]);
    expect(run(rule, d)).toEqual([
      [id, 'general-budget-basic', '30301+30302', 'total', 'fail', 90, 100],
    ]);
  });
  it('is insufficient_data when 30302 may hold an unplaced number', () => {
    const d = doc(
      [['2080502', { total: 90, basic: 90 }]],
      [['30302', {}, { unplaced: [{ value: 5, candidates: ['total', 'personnel'] }] }]],
    );
    expect(run(rule, d)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 000 (1,189.36 ≤ 1,352.56); warns on 004: 退休费 3.70 and no 2080501/2080502 in 表五', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure).map((t) => t[4])).toEqual(['pass']);
      expect(run(rule, parsedSeed(SEED_004).disclosure)).toEqual([
        [id, 'general-budget-basic', '30301+30302', 'total', 'fail', 0, 3.7],
      ]);
    });
  });
});
