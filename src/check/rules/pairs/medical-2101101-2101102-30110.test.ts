import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { makeContext } from '../../context.js';
import { medical as rule } from './medical-2101101-2101102-30110.js';

describe('cross-table:medical-2101101-2101102-30110', () => {
  const id = rule.id;
  it('passes when 2101101 + 2101102 equal 30110, with one cent of rounding over three printed cells', () => {
    const d = doc(
      [
        ['2101101', { total: 10.01, basic: 10.01 }],
        ['2101102', { total: 5.01, basic: 5.01 }],
      ],
      [['30110', { total: 15.02 }]],
    );
    expect(run(rule, d)).toEqual([
      [id, 'general-budget-basic', '30110', 'total', 'pass', 15.02, 15.02],
    ]);
    // 10.01 + 5.01 = 15.02 vs 15.03: ⌊3/2⌋ = 1 cent
    const r = doc(
      [
        ['2101101', { total: 10.01, basic: 10.01 }],
        ['2101102', { total: 5.01, basic: 5.01 }],
      ],
      [['30110', { total: 15.03 }]],
    );
    expect(run(rule, r)[0]?.[4]).toBe('rounding');
  });
  it('fails 30110 16.00 against 10.01 + 5.01 = 15.02 (difference 0.98)', () => {
    const d = doc(
      [
        ['2101101', { total: 10.01, basic: 10.01 }],
        ['2101102', { total: 5.01, basic: 5.01 }],
      ],
      [['30110', { total: 16 }]],
    );
    expect(run(rule, d)).toEqual([
      [id, 'general-budget-basic', '30110', 'total', 'fail', 15.02, 16],
    ]);
  });
  it('is insufficient_data when 30110 may hold an unplaced number', () => {
    const d = doc(
      [['2101101', { total: 5, basic: 5 }]],
      [['30110', {}, { unplaced: [{ value: 5, candidates: ['total', 'personnel'] }] }]],
    );
    expect(run(rule, d)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('warns on 000: 251.82 + 114.09 = 365.91 against 30110 396.82 (30112 40.18 shown; with it 437.00)', () => {
      const d = parsedSeed(SEED_000).disclosure;
      const found = rule.evaluate(d, makeContext(d));
      expect(run(rule, d)).toEqual([
        [id, 'general-budget-basic', '30110', 'total', 'fail', 365.91, 396.82],
      ]);
      expect(found[0]?.difference).toBe(30.91);
      expect(found[0]?.note).toContain('30112 40.18');
    });
    it('warns on 004: 表五 has no 2101101/2101102, 表六 30110 is 24.82', () => {
      expect(run(rule, parsedSeed(SEED_004).disclosure)).toEqual([
        [id, 'general-budget-basic', '30110', 'total', 'fail', 0, 24.82],
      ]);
    });
  });
});
