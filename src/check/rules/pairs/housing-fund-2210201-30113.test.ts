import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { housingFund as rule } from './housing-fund-2210201-30113.js';

describe('cross-table:housing-fund-2210201-30113', () => {
  const id = rule.id;
  it('passes equal lines', () => {
    expect(
      run(
        rule,
        doc([['2210201', { total: 585.46, basic: 585.46 }]], [['30113', { total: 585.46 }]]),
      ),
    ).toEqual([[id, 'general-budget-basic', '30113', 'total', 'pass', 585.46, 585.46]]);
  });
  it('fails 30113 580.00 against 2210201 585.46 (difference −5.46)', () => {
    expect(
      run(rule, doc([['2210201', { total: 585.46, basic: 585.46 }]], [['30113', { total: 580 }]])),
    ).toEqual([[id, 'general-budget-basic', '30113', 'total', 'fail', 585.46, 580]]);
  });
  it('compares against 合计 as an upper bound when the 一般公共预算支出表 has no 基本支出 column', () => {
    const t = table('general-budget', [['2210201', { total: 600 }]]);
    t.columns = t.columns.filter((c) => c.id === 'total');
    const d = disclosure([t, table('general-budget-basic', [['30113', { total: 585.46 }]])]);
    // 585.46 ≤ 600: the 合计 may hold 项目支出 too
    expect(run(rule, d)).toEqual([
      [id, 'general-budget-basic', '30113', 'total', 'pass', 600, 585.46],
    ]);
  });
  it('is insufficient_data when 30113 may hold an unplaced number', () => {
    const d = doc(
      [['2210201', { total: 5, basic: 5 }]],
      [['30113', {}, { unplaced: [{ value: 5, candidates: ['total', 'personnel'] }] }]],
    );
    expect(run(rule, d)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes both: 000 585.46 = 585.46; 004 16.87 = 16.87', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure).map((t) => [t[4], t[6]])).toEqual([
        ['pass', 585.46],
      ]);
      expect(run(rule, parsedSeed(SEED_004).disclosure).map((t) => [t[4], t[6]])).toEqual([
        ['pass', 16.87],
      ]);
    });
  });
});
