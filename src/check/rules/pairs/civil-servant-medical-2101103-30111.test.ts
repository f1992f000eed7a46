import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { civilServantMedical as rule } from './civil-servant-medical-2101103-30111.js';

describe('cross-table:civil-servant-medical-2101103-30111', () => {
  const id = rule.id;
  it('passes equal lines', () => {
    expect(
      run(
        rule,
        doc([['2101103', { total: 341.52, basic: 341.52 }]], [['30111', { total: 341.52 }]]),
      )[0]?.[4],
    ).toBe('pass');
  });
  it('fails 30111 0.91 with no 2101103 line among the 项 lines (0.91 − 0)', () => {
    expect(
      run(rule, doc([['2010350', { total: 307.1, basic: 307.1 }]], [['30111', { total: 0.91 }]])),
    ).toEqual([[id, 'general-budget-basic', '30111', 'total', 'fail', 0, 0.91]]);
  });
  it('is insufficient_data when 2101103 may hold an unplaced number', () => {
    const d = doc(
      [['2101103', { total: 3 }, { unplaced: [{ value: 3, candidates: ['basic', 'project'] }] }]],
      [['30111', { total: 3 }]],
    );
    expect(run(rule, d)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 000 (341.52 = 341.52); warns on 004, whose 表五 has no 2101103 while 表六 30111 is 0.91', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure).map((t) => t[4])).toEqual(['pass']);
      expect(run(rule, parsedSeed(SEED_004).disclosure)).toEqual([
        [id, 'general-budget-basic', '30111', 'total', 'fail', 0, 0.91],
      ]);
    });
  });
});
