import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { operatingCostsPublicUse } from './operating-costs-public-use.js';
import { fact, numbers, tuples } from './support/fixture.js';

const id = 'narrative:operating-costs-public-use';
const basicTable = table('general-budget-basic', [
  ['total', { total: 10039.01, personnel: 8555.84, 'public-use': 1483.17 }],
]);
const costs = (amount: number) =>
  fact({ kind: 'operating-costs' }, 'fiscal', { section: '（一）', parent: '十二', amount });

describe(id, () => {
  it('passes 机关运行经费 equal to 公用经费 (seed 000: 1,483.17)', () => {
    const d = disclosure([basicTable], { narrative: { sections: [], facts: [costs(1483.17)] } });
    expect(tuples(operatingCostsPublicUse, d)).toEqual([
      [id, 'general-budget-basic', 'total', 'public-use', 'pass'],
    ]);
  });

  it('warns when they differ; reads 机关运行经费 from the other matters without a fact', () => {
    // 1,400.00 vs 1,483.17: −83.17
    const d = disclosure([basicTable], {
      operatingCosts: { amount: 1400, unit: '万元', text: '机关运行经费财政拨款预算1,400.00万元' },
    });
    expect(numbers(operatingCostsPublicUse, d)).toEqual([['fail', 1483.17, 1400]]);
    expect(operatingCostsPublicUse.severity).toBe('warning');
  });

  it('is insufficient_data on an unplaced 公用经费, silent without 机关运行经费', () => {
    const t = table('general-budget-basic', [
      [
        'total',
        { total: 10 },
        { unplaced: [{ value: 4, candidates: ['personnel', 'public-use'] }] },
      ],
    ]);
    expect(
      tuples(
        operatingCostsPublicUse,
        disclosure([t], { narrative: { sections: [], facts: [costs(4)] } }),
      ),
    ).toEqual([[id, 'general-budget-basic', 'total', 'public-use', 'insufficient_data']]);
    expect(tuples(operatingCostsPublicUse, disclosure([basicTable]))).toEqual([]);
  });
});
