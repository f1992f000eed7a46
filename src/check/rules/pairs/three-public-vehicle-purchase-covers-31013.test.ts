import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
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
import { threePublicVehiclePurchaseCovers as rule } from './three-public-vehicle-purchase-covers-31013.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-vehicle-purchase-covers-31013', () => {
  const id = rule.id;
  it('passes when the 三公 vehicle-purchase is at least 基本支出表 31013', () => {
    // 40.0 (三公, 一般公共预算) ≥ 40.0 (31013)
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 40.0, general: 40.0 }]]),
        basic([['31013', { total: 40.0 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-purchase', 'general', 'pass', 40.0, 40.0]]);
    // 项目支出 adds to the 三公 figure: 40.0 + 3 ≥ 40.0
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 40.0 + 3, general: 40.0 + 3 }]]),
        basic([['31013', { total: 40.0 }]]),
      ])[0]?.[4],
    ).toBe('pass');
  });
  it('fails when 基本支出表 31013 exceeds the 三公 figure: 40.0 + 1 against 40.0', () => {
    expect(
      run([
        threePublic([['#vehicle-purchase', { total: 40.0, general: 40.0 }]]),
        basic([['31013', { total: 40.0 + 1 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-purchase', 'general', 'fail', 40.0 + 1, 40.0]]);
  });
  it('reads the 合计 of a 2021 table, and is insufficient_data when the 三公 cell is uncertain', () => {
    expect(
      run([
        threePublic2021([['#vehicle-purchase', { total: 40.0 }]]),
        basic([['31013', { total: 40.0 }]]),
      ])[0]?.slice(3, 5),
    ).toEqual(['total', 'pass']);
    const unsure = threePublic([
      ['#vehicle-purchase', {}, { unplaced: [{ value: 40.0, candidates: ['general', 'fund'] }] }],
    ]);
    expect(run([unsure, basic([['31013', { total: 40.0 }]])])[0]?.[4]).toBe('insufficient_data');
    // both blank: nothing to check
    expect(
      run([threePublic([['#vehicle-purchase', {}]]), basic([['30201', { total: 1 }]])]),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 004 (表八 购置费 80.00 ≥ 0: 表六 lists no 31013/30913); 000 has neither', () => {
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([
        [id, 'three-public', 'vehicle-purchase', 'total', 'pass', 0, 80],
      ]);
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([]);
    });
  });
});
