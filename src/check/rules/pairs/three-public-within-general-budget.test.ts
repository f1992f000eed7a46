import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import {
  SEED_000,
  SEED_004,
  pairTuples,
  threePublic,
  threePublic2021,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Table } from '../../../model/table.js';
import { threePublicWithinGeneralBudget as rule } from './three-public-within-general-budget.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-within-general-budget', () => {
  const id = rule.id;
  const gb = (total: number) => table('general-budget', [['total', { total, basic: total }]]);
  it('passes a 2021-style 一般公共预算 三公 total within the 一般公共预算支出 total', () => {
    expect(run([threePublic2021([['total', { total: 96.8 }]]), gb(700.94)])).toEqual([
      [id, 'three-public', 'total', 'total', 'pass', 700.94, 96.8],
    ]);
  });
  it('fails 三公 120.00 against a 一般公共预算支出 of 100.00', () => {
    expect(run([threePublic2021([['total', { total: 120 }]]), gb(100)])).toEqual([
      [id, 'three-public', 'total', 'total', 'fail', 100, 120],
    ]);
  });
  it('leaves tables with a 一般公共预算 column to the derived rule, and marks an uncertain total', () => {
    expect(run([threePublic([['total', { total: 120, general: 120 }]]), gb(100)])).toEqual([]);
    const unsure = threePublic2021([
      ['total', {}, { unplaced: [{ value: 5, candidates: ['total'] }] }],
    ]);
    expect(run([unsure, gb(100)])[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 004 (表八 96.80 ≤ 表五 700.94); 000 is left to the derived rule', () => {
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([
        [id, 'three-public', 'total', 'total', 'pass', 700.94, 96.8],
      ]);
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([]);
    });
  });
});
