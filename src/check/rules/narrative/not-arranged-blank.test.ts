import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { notArrangedBlank } from './not-arranged-blank.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:not-arranged-blank';
const overview = table('revenue-expenditure', [
  ['#fund', {}, { block: 'income' }],
  ['#capital', { amount: 12.5 }, { block: 'income' }],
]);
const notArranged = (source: 'fund' | 'capital') =>
  fact({ kind: 'revenue', source }, 'all', { notArranged: true, text: '政府性基金预算未安排。' });

describe(id, () => {
  it('passes 未安排 where the table line is blank', () => {
    const d = disclosure([overview], { narrative: { sections: [], facts: [notArranged('fund')] } });
    expect(tuples(notArrangedBlank, d)).toEqual([
      [id, 'revenue-expenditure', 'fund', 'amount', 'pass'],
    ]);
  });

  it('fails 未安排 where the table shows an amount', () => {
    // 国有资本经营预算 stated 未安排 (0) but 收支总体 prints 12.50
    const d = disclosure([overview], {
      narrative: { sections: [], facts: [notArranged('capital')] },
    });
    expect(numbers(notArrangedBlank, d)).toEqual([['fail', 12.5, 0]]);
  });

  it('is insufficient_data on an unplaced line, silent without the table', () => {
    const t = table('revenue-expenditure', [
      ['#fund', {}, { block: 'income', unplaced: [{ value: 3, candidates: ['amount'] }] }],
    ]);
    const facts = [notArranged('fund')];
    expect(
      tuples(notArrangedBlank, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'revenue-expenditure', 'fund', 'amount', 'insufficient_data']]);
    expect(
      tuples(notArrangedBlank, disclosure([], { narrative: { sections: [], facts } })),
    ).toEqual([]);
  });
});
