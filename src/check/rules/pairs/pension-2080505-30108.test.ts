import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { edited } from '../../../../test/helpers/disclosure.js';
import {
  SEED_000,
  SEED_004,
  pairDoc as doc,
  pairTuples as run,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { pension as rule } from './pension-2080505-30108.js';

describe('cross-table:pension-2080505-30108', () => {
  const id = rule.id;
  it('passes when 2080505 (基本支出) equals 30108, and calls one cent rounding', () => {
    expect(
      run(
        rule,
        doc([['2080505', { total: 780.61, basic: 780.61 }]], [['30108', { total: 780.61 }]]),
      ),
    ).toEqual([[id, 'general-budget-basic', '30108', 'total', 'pass', 780.61, 780.61]]);
    // 780.62 vs 780.61: each printed cell rounded on its own, ⌊2/2⌋ = 1 cent
    expect(
      run(
        rule,
        doc([['2080505', { total: 780.61, basic: 780.61 }]], [['30108', { total: 780.62 }]]),
      )[0]?.[4],
    ).toBe('rounding');
  });
  it('fails when they differ, or when one side has no line in an itemised table', () => {
    // 30108 790.61 − 2080505 780.61 = 10.00
    expect(
      run(
        rule,
        doc([['2080505', { total: 780.61, basic: 780.61 }]], [['30108', { total: 790.61 }]]),
      ),
    ).toEqual([[id, 'general-budget-basic', '30108', 'total', 'fail', 780.61, 790.61]]);
    // no 2080505 among the 项 lines, 30108 21.11
    expect(
      run(rule, doc([['2010350', { total: 30, basic: 30 }]], [['30108', { total: 21.11 }]])),
    ).toEqual([[id, 'general-budget-basic', '30108', 'total', 'fail', 0, 21.11]]);
  });
  it('cannot tell when a cell is uncertain or a side lists no lines at that level', () => {
    const unknown = doc(
      [['2080505', { total: 5, basic: 5 }]],
      [['30108', {}, { unplaced: [{ value: 5, candidates: ['total', 'personnel'] }] }]],
    );
    expect(run(rule, unknown)).toEqual([
      [id, 'general-budget-basic', '30108', 'total', 'insufficient_data', undefined, undefined],
    ]);
    const classesOnly = doc([['2080505', { total: 5, basic: 5 }]], [['301', { total: 5 }]]);
    expect(run(rule, classesOnly)[0]?.[4]).toBe('insufficient_data');
    expect(
      run(rule, doc([['2010301', { total: 5, basic: 5 }]], [['30101', { total: 5 }]])),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes both: 000 表5 2080505 780.61 = 表6 30108 780.61; 004 表五 21.11 = 表六 21.11', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure).map((t) => t[4])).toEqual(['pass']);
      expect(run(rule, parsedSeed(SEED_004).disclosure).map((t) => t[4])).toEqual(['pass']);
    });
    it('fails a copy of seed 000 with 30108 raised to 800.61', () => {
      const d = edited(parsedSeed(SEED_000).disclosure, (c) => {
        const row = c.tables
          .find((t) => t.kind === 'general-budget-basic')!
          .rows.find((r) => r.code === '30108')!;
        row.values = { total: 800.61, personnel: 800.61 };
      });
      expect(run(rule, d)).toEqual([
        [id, 'general-budget-basic', '30108', 'total', 'fail', 780.61, 800.61],
      ]);
    });
  });
});
