import { describe, expect, it } from 'vitest';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { operatingCostsPublicUse } from './operating-costs-public-use.js';
import { fact, numbers, run, tuples } from './support/fixture.js';

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

  it('with other 事业单位 only bounds it: below 公用经费 passes, above warns (万里街道 2023)', () => {
    // 万里: 行政 1, 参公 1, 事业 4; 机关运行经费 786.09 万元 vs 公用经费 15,381,400 元 = 1,538.14 万元
    const wanli = {
      ...table('general-budget-basic', [['total', { total: 1, 'public-use': 15381400 }]]),
      unit: '元' as const,
    };
    const overview = (institutional?: number) => ({
      functions: [],
      internalUnits: { names: [] },
      budgetUnits: { names: [], administrative: 1, ...(institutional ? { institutional } : {}) },
      staffing: {},
    });
    const with4 = (amount: number) =>
      disclosure([wanli], {
        overview: overview(4),
        narrative: { sections: [], facts: [costs(amount)] },
      });
    const [below] = run(operatingCostsPublicUse, with4(786.09));
    expect(below).toMatchObject({ outcome: 'pass', expected: 1538.14, actual: 786.09 });
    expect(below?.note).toContain('事业单位 4 家');
    expect(numbers(operatingCostsPublicUse, with4(1600))).toEqual([['fail', 1538.14, 1600]]);
    // only 行政 units: the same 786.09 is a difference
    const only = disclosure([wanli], {
      overview: overview(),
      narrative: { sections: [], facts: [costs(786.09)] },
    });
    expect(numbers(operatingCostsPublicUse, only)).toEqual([['fail', 1538.14, 786.09]]);
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
