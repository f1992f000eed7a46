import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import {
  SEED_000,
  SEED_004,
  basic,
  pairTuples,
  threePublic,
  threePublic2021,
} from '../../../../test/helpers/pairs.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Table } from '../../../model/table.js';
import { threePublicReceptionWithin as rule } from './three-public-reception-within-spending.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-reception-within-spending', () => {
  const id = rule.id;
  const project = (rows: RowSpec[]) => table('general-budget-project', rows);
  it('passes when the item fits in 基本支出表 30217 + 项目支出 e302', () => {
    // 30 ≤ 10 (30217) + 50 (e302)
    expect(
      run([
        threePublic([['#reception', { total: 30, general: 30 }]]),
        basic([['30217', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e302: 50 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'reception', 'general', 'pass', 60, 30]]);
  });
  it('fails when it does not: 70 > 10 + 50 = 60', () => {
    expect(
      run([
        threePublic([['#reception', { total: 70, general: 70 }]]),
        basic([['30217', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e302: 50 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'reception', 'general', 'fail', 60, 70]]);
  });
  it('is insufficient_data while an unplaced 项目支出 number may make up the gap', () => {
    const unsure = project([
      ['total', { total: 80 }, { unplaced: [{ value: 80, candidates: ['e301', 'e302'] }] }],
    ]);
    // 70 > 10 + 0, but ≤ 10 + 80 if the 80 is in e302
    expect(
      run([
        threePublic([['#reception', { total: 70, general: 70 }]]),
        basic([['30217', { total: 10 }]]),
        unsure,
      ]),
    ).toEqual([[id, 'three-public', 'reception', 'general', 'insufficient_data', undefined, 70]]);
  });
  it('reads the 合计 of a 一般公共预算 三公 table (新疆 2021): 70 > 10 + 50', () => {
    const t = threePublic2021([['#reception', { total: 70 }]]);
    const p = table('general-budget-project', [['total', { total: 50, e302: 50 }]]);
    expect(run([t, basic([['30217', { total: 10 }]]), p])).toEqual([
      [id, 'three-public', 'reception', 'total', 'fail', 60, 70],
    ]);
  });
  it('does not apply to a 财政拨款 table without a 一般公共预算 column', () => {
    const t = threePublic([['#reception', { total: 70 }]]);
    t.columns = t.columns.filter((c) => c.id === 'total');
    expect(
      run([
        t,
        basic([['30217', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e302: 50 }]]),
      ]),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 000 (7.20 ≤ 7.20 + 4,061.50); 004 budgets no 公务接待费', () => {
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([
        [id, 'three-public', 'reception', 'general', 'pass', 4068.7, 7.2],
      ]);
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([]);
    });
  });
});
