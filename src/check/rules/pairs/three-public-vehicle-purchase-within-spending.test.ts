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
import { threePublicVehiclePurchaseWithin as rule } from './three-public-vehicle-purchase-within-spending.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-vehicle-purchase-within-spending', () => {
  const id = rule.id;
  const project = (rows: RowSpec[]) => table('general-budget-project', rows);
  it('passes when the item fits in 基本支出表 31013 + 项目支出 e310', () => {
    // 30 ≤ 10 (31013) + 50 (e310)
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 30, general: 30 }]]),
        basic([['31013', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e310: 50 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-purchase', 'general', 'pass', 60, 30]]);
  });
  it('fails when it does not: 70 > 10 + 50 = 60', () => {
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 70, general: 70 }]]),
        basic([['31013', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e310: 50 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-purchase', 'general', 'fail', 60, 70]]);
  });
  it('is insufficient_data while an unplaced 项目支出 number may make up the gap', () => {
    const unsure = project([
      ['total', { total: 80 }, { unplaced: [{ value: 80, candidates: ['e301', 'e310'] }] }],
    ]);
    // 70 > 10 + 0, but ≤ 10 + 80 if the 80 is in e310
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 70, general: 70 }]]),
        basic([['31013', { total: 10 }]]),
        unsure,
      ]),
    ).toEqual([
      [id, 'three-public', 'vehicle-purchase', 'general', 'insufficient_data', undefined, 70],
    ]);
  });
  it('reads the 合计 of a 一般公共预算 三公 table (新疆 2021): 70 > 10 + 50', () => {
    const t = threePublic2021([['#vehicle-purchase', { total: 70 }]]);
    const p = table('general-budget-project', [['total', { total: 50, e310: 50 }]]);
    expect(run([t, basic([['31013', { total: 10 }]]), p])).toEqual([
      [id, 'three-public', 'vehicle-purchase', 'total', 'fail', 60, 70],
    ]);
  });
  it('does not apply to a 财政拨款 table without a 一般公共预算 column', () => {
    const t = threePublic([['#vehicle-purchase', { total: 70 }]]);
    t.columns = t.columns.filter((c) => c.id === 'total');
    expect(
      run([
        t,
        basic([['31013', { total: 10 }]]),
        table('general-budget-project', [['total', { total: 50, e310: 50 }]]),
      ]),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('cannot tell on 004: 购置费 80.00, 表六 has no 310, and 表七 leaves 190.99/69.30/95.57 unplaced across e301–e399', () => {
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([
        [id, 'three-public', 'vehicle-purchase', 'total', 'insufficient_data', undefined, 80],
      ]);
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([]);
    });
  });
});
