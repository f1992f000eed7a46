import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { expenditureTypeAmount } from './expenditure-type-amount.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:expenditure-type-amount';
// Seed 000: all funds 10,039.01 + 4,264.92; 一般公共预算 10,039.01 + 4,177.80.
const tables = [
  table('expenditure', [['total', { total: 14303.93, basic: 10039.01, project: 4264.92 }]]),
  table('general-budget', [['total', { total: 14216.81, basic: 10039.01, project: 4177.8 }]]),
];
const basic = { kind: 'expenditure', type: 'basic' } as const;
const project = { kind: 'expenditure', type: 'project' } as const;

describe(id, () => {
  it('compares 支出预算情况说明 with 支出总体 and 当年拨款 with 一般公共预算支出', () => {
    const facts = [
      fact(basic, 'all', { section: '三', amount: 10039.01 }),
      fact(project, 'all', { section: '三', amount: 4264.92 }),
      fact(project, 'general-budget', { section: '（一）', parent: '五', amount: 4177.8 }),
    ];
    expect(
      tuples(expenditureTypeAmount, disclosure(tables, { narrative: { sections: [], facts } })),
    ).toEqual([
      [id, 'expenditure', 'total', 'basic', 'pass'],
      [id, 'expenditure', 'total', 'project', 'pass'],
      [id, 'general-budget', 'total', 'project', 'pass'],
    ]);
  });

  it('fails a 项目支出 of the wrong scope', () => {
    // 一般公共预算 项目支出 stated with the all-funds figure: 4,264.92 vs 4,177.80 (+87.12)
    const facts = [fact(project, 'general-budget', { amount: 4264.92 })];
    expect(
      numbers(expenditureTypeAmount, disclosure(tables, { narrative: { sections: [], facts } })),
    ).toEqual([['fail', 4177.8, 4264.92]]);
  });

  it('is insufficient_data on an unplaced cell', () => {
    const t = table('expenditure', [
      ['total', { total: 10 }, { unplaced: [{ value: 10, candidates: ['basic', 'project'] }] }],
    ]);
    const facts = [fact(basic, 'all', { amount: 10 })];
    expect(
      tuples(expenditureTypeAmount, disclosure([t], { narrative: { sections: [], facts } })),
    ).toEqual([[id, 'expenditure', 'total', 'basic', 'insufficient_data']]);
  });
});
