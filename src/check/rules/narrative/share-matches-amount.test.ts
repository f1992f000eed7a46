import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import type { FactSubject } from '../../../model/narrative.js';
import { shareMatchesAmount } from './share-matches-amount.js';
import { fact, numbers, run, tuples } from './support/fixture.js';

const id = 'narrative:share-matches-amount';
const overview = table('revenue-expenditure', [
  ['total', { amount: 14303.93 }, { block: 'income' }],
]);
const gb = table('general-budget', [['total', { total: 700.94 }]]);
const general = { kind: 'revenue', source: 'general' } as const;
const cls: FactSubject = {
  kind: 'function',
  level: '类',
  code: '208',
  path: ['社会保障和就业支出'],
};

describe(id, () => {
  it('passes shares equal to amount ÷ base at the printed precision', () => {
    const facts = [
      // 14,216.81 ÷ 14,303.93 = 99.391…% → 99.39%
      fact(general, 'all', {
        amount: 14216.81,
        share: 99.39,
        text: '一般公共预算 14,216.81万元，占 99.39%',
      }),
      // 21.11 ÷ 700.94 = 3.0117…% → 3.01%
      fact(cls, 'general-budget', { amount: 21.11, share: 3.01, text: '21.11万元，占3.01%' }),
      // printed without decimals: 700.94 ÷ 700.94 = 100%
      fact(general, 'general-budget', { amount: 700.94, share: 100, text: '占100%' }),
    ];
    expect(
      tuples(
        shareMatchesAmount,
        disclosure([overview, gb], { narrative: { sections: [], facts } }),
      ),
    ).toEqual([
      [id, '二', 'general', undefined, 'pass'],
      [id, '二', '208', undefined, 'pass'],
      [id, '二', 'general', undefined, 'pass'],
    ]);
  });

  it('calls a share only the amounts’ rounding explains rounding', () => {
    // 0.01 ÷ 1.00 = 1.00%, but unrounded they may be 0.015 ÷ 0.995 = 1.5075%: 1.50% fits
    const t = table('general-budget', [['total', { total: 1 }]]);
    const facts = [fact(cls, 'general-budget', { amount: 0.01, share: 1.5, text: '占 1.50%' })];
    expect(
      numbers(shareMatchesAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([['rounding', 1, 1.5]]);
  });

  it('fails a share that does not fit, against the base of its scope', () => {
    // 13.22 ÷ 14,303.93 = 0.0924…% → 0.09%, printed 0.90%
    const facts = [
      fact({ kind: 'revenue', source: 'unit-funds' }, 'all', {
        amount: 13.22,
        share: 0.9,
        text: '占 0.90%',
      }),
    ];
    const found = run(
      shareMatchesAmount,
      disclosure([overview], { narrative: { sections: [], facts } }),
    );
    expect(found.map((f) => [f.outcome, f.expected, f.actual, f.difference])).toEqual([
      ['fail', 0.09, 0.9, 0.81],
    ]);
  });

  it('reads an all-funds share against 本年收入 too', () => {
    // 14,216.81 ÷ 本年收入 14,230.03 = 99.907% → 99.91%
    const t = table('revenue-expenditure', [
      ['#current', { amount: 14230.03 }, { block: 'income' }],
      ['total', { amount: 14303.93 }, { block: 'income' }],
    ]);
    const facts = [fact(general, 'all', { amount: 14216.81, share: 99.91, text: '占 99.91%' })];
    expect(
      numbers(shareMatchesAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([['pass', 99.91, 99.91]]);
  });

  it('uses the stated total where the table is missing; insufficient_data when the base is unplaced', () => {
    const facts = [
      fact({ kind: 'total', side: 'revenue' }, 'all', { amount: 200 }),
      fact(general, 'all', { amount: 50, share: 25, text: '占 25.00%' }),
    ];
    expect(
      numbers(shareMatchesAmount, disclosure([], { narrative: { sections: [], facts } })),
    ).toEqual([['pass', 25, 25]]);
    const unplaced = table('revenue-expenditure', [
      ['total', {}, { block: 'income', unplaced: [{ value: 200, candidates: ['amount'] }] }],
    ]);
    const alone = [fact(general, 'all', { amount: 50, share: 25, text: '占 25.00%' })];
    expect(
      tuples(
        shareMatchesAmount,
        disclosure([unplaced], { narrative: { sections: [], facts: alone } }),
      ),
    ).toEqual([[id, '二', 'general', undefined, 'insufficient_data']]);
  });
});
