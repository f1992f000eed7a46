import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { generalBudgetTotalAmount } from './general-budget-total-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:general-budget-total-amount';
const gb = (total: number) =>
  table('general-budget', [['total', { total, basic: total - 100, project: 100 }]]);
const stated = (amount: number) => ({
  narrative: {
    sections: [],
    facts: [
      fact({ kind: 'total', side: 'expenditure' }, 'general-budget', {
        section: '（一）',
        parent: '五',
        amount,
      }),
    ],
  },
});

describe(id, () => {
  it('passes 一般公共预算拨款合计 equal to the table total', () => {
    expect(tuples(generalBudgetTotalAmount, disclosure([gb(700.94)], stated(700.94)))).toEqual([
      [id, 'general-budget', 'total', 'total', 'pass'],
    ]);
  });

  it('fails one that differs', () => {
    // stated 709.94 vs 700.94: +9.00
    expect(numbers(generalBudgetTotalAmount, disclosure([gb(700.94)], stated(709.94)))).toEqual([
      ['fail', 700.94, 709.94],
    ]);
  });

  it('has nothing to compare without the table', () => {
    expect(tuples(generalBudgetTotalAmount, disclosure([], stated(700.94)))).toEqual([]);
  });
});
