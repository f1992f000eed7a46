import { describe, expect, it } from 'vitest';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Change, NarrativeFact } from '../../../model/narrative.js';
import { changePercentMatches } from './change-percent-matches.js';
import { fact, numbers, run } from './support/fixture.js';

const of = (facts: NarrativeFact[]) => disclosure([], { narrative: { sections: [], facts } });
const line = (code: string, amount: number | undefined, change: Change, text = '') =>
  fact({ kind: 'function', level: '项', code, path: [code] }, 'general-budget', {
    section: '（三）',
    parent: '五',
    ...(amount === undefined ? {} : { amount }),
    change,
    text,
  });

describe('narrative:change-percent-matches', () => {
  it('passes rates equal to change ÷ last year (seed 000 五（三）)', () => {
    const d = of([
      // 456.60 ÷ (491.75 − 456.60 = 35.15) = 1,299.004% → 1,299.00%
      line(
        '2080502',
        491.75,
        { direction: 'increase', amount: 456.6, percent: 1299 },
        '增长 1,299.00%',
      ),
      // 291.65 ÷ (860.81 + 291.65 = 1,152.46) = 25.307% → 25.31%
      line(
        '2080501',
        860.81,
        { direction: 'decrease', amount: 291.65, percent: 25.31 },
        '下降 25.31%',
      ),
      // 60 ÷ (0 + 60) = 100% (seed 004 五（三）5, printed 下降100%)
      line('2100410', 0, { direction: 'decrease', amount: 60, percent: 100 }, '下降100%'),
    ]);
    expect(numbers(changePercentMatches, d)).toEqual([
      ['pass', 1299, 1299],
      ['pass', 25.31, 25.31],
      ['pass', 100, 100],
    ]);
  });

  it('calls a rate only the amounts’ rounding explains rounding', () => {
    // 1.00 ÷ (2.00 − 1.00) = 100.00%; unrounded 1.005 ÷ 0.99 = 101.5%: 100.50% fits
    const d = of([
      line('1', 2, { direction: 'increase', amount: 1, percent: 100.5 }, '增长 100.50%'),
    ]);
    expect(numbers(changePercentMatches, d)).toEqual([['rounding', 100, 100.5]]);
  });

  it('fails a rate that does not fit', () => {
    // seed 004 项目支出 355.86, 增加 118.18: 118.18 ÷ 237.68 = 49.722% → 49.72%, printed 45.72%
    const d = of([
      line('p', 355.86, { direction: 'increase', amount: 118.18, percent: 45.72 }, '增长45.72%'),
    ]);
    expect(
      run(changePercentMatches, d).map((f) => [f.outcome, f.expected, f.actual, f.difference]),
    ).toEqual([['fail', 49.72, 45.72, -4]]);
  });

  it('takes this year from the statement the change comments on; insufficient_data without one', () => {
    const total = (over: Partial<NarrativeFact>) =>
      fact({ kind: 'three-public', item: 'total' }, 'three-public', { section: '十', ...over });
    // "三公"经费 320.81; 比上年增加 0.00，增长 0.00%
    const unchanged = { direction: 'unchanged', amount: 0, percent: 0 } as const;
    expect(
      numbers(changePercentMatches, of([total({ amount: 320.81 }), total({ change: unchanged })])),
    ).toEqual([['pass', 0, 0]]);
    expect(
      run(changePercentMatches, of([total({ change: unchanged })])).map((f) => f.outcome),
    ).toEqual(['insufficient_data']);
  });

  it('leaves a zero base to change-percent-zero-base', () => {
    // 0.00 this year, 0.00 change, 0.00%: both years 0
    expect(
      run(
        changePercentMatches,
        of([line('x', 0, { direction: 'unchanged', amount: 0, percent: 0 })]),
      ),
    ).toEqual([]);
  });
});
