import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Change, NarrativeFact } from '../../../model/narrative.js';
import { lineChangesSum } from './line-changes-sum.js';
import { fact, numbers, run } from './support/fixture.js';

const signed = (x: number): Change =>
  x >= 0 ? { direction: 'increase', amount: x } : { direction: 'decrease', amount: -x };
const line = (code: string, amount: number, change: number | undefined) =>
  fact({ kind: 'function', level: '项', code, path: [code] }, 'general-budget', {
    section: '（三）',
    parent: '五',
    amount,
    ...(change === undefined ? {} : { change: signed(change) }),
  });
const type = (t: 'basic' | 'project', change: number) =>
  fact({ kind: 'expenditure', type: t }, 'general-budget', {
    section: '（一）',
    parent: '五',
    amount: 1,
    change: signed(change),
  });
// Seed 004 表五 and 五: 基本 +27.79, 项目 +118.18; lines +178.18, +27.34, −1.69, +2.14, −60 (2100410, 0 now).
const gb = table('general-budget', [
  ['2010399', { total: 355.86 }],
  ['2010350', { total: 307.1 }],
  ['2080505', { total: 21.11 }],
  ['2210201', { total: 16.87 }],
]);
const seed004 = (first: number | undefined): NarrativeFact[] => [
  type('basic', 27.79),
  type('project', 118.18),
  line('2010399', 355.86, first),
  line('2010350', 307.1, 27.34),
  line('2080505', 21.11, -1.69),
  line('2210201', 16.87, 2.14),
  line('2100410', 0, -60),
];
const of = (facts: NarrativeFact[]) => disclosure([gb], { narrative: { sections: [], facts } });

describe('narrative:line-changes-sum', () => {
  it('passes line changes adding to 基本 + 项目 (seed 004: 145.97)', () => {
    expect(numbers(lineChangesSum, of(seed004(178.18)))).toEqual([['pass', 145.97, 145.97]]);
  });

  it('warns when they do not add up', () => {
    // 2010399 stated +118.18 (the 项目支出 change): 85.97 vs 145.97
    expect(numbers(lineChangesSum, of(seed004(118.18)))).toEqual([['fail', 145.97, 85.97]]);
    expect(lineChangesSum.severity).toBe('warning');
  });

  it('is insufficient_data when a line’s change is not stated; silent when a 项 is not explained', () => {
    expect(run(lineChangesSum, of(seed004(undefined))).map((f) => f.outcome)).toEqual([
      'insufficient_data',
    ]);
    const partial = seed004(178.18).filter(
      (f) => !(f.subject.kind === 'function' && f.subject.code === '2210201'),
    );
    expect(run(lineChangesSum, of(partial))).toEqual([]);
  });

  const seed = '000_c55cbe189efa8a40.txt';
  it.skipIf(!hasShared('seeds', seed))(
    `seed 000: −508.64 vs −508.65 is rounding (${needsShared('seeds', seed)})`,
    () => {
      // 13 lines: +106.71 −50.59 −20.01 −102.00 −498.24 −291.65 +456.60 −54.53 −5.38 +1.57 −6.31
      // −3.92 −40.89 = −508.64; 基本 −275.65 + 项目 −233.00 = −508.65
      expect(numbers(lineChangesSum, parsedSeed(seed).disclosure)).toEqual([
        ['rounding', -508.65, -508.64],
      ]);
    },
  );
});
