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
import { threePublicVehicleOperationCovers as rule } from './three-public-vehicle-operation-covers-30231.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-vehicle-operation-covers-30231', () => {
  const id = rule.id;
  it('passes when the 三公 vehicle-operation is at least 基本支出表 30231', () => {
    // 313.61 (三公, 一般公共预算) ≥ 313.61 (30231)
    expect(
      run([
        threePublic([['#vehicle-operation', { total: 313.61, general: 313.61 }]]),
        basic([['30231', { total: 313.61 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-operation', 'general', 'pass', 313.61, 313.61]]);
    // 项目支出 adds to the 三公 figure: 313.61 + 3 ≥ 313.61
    expect(
      run([
        threePublic([['#vehicle-operation', { total: 313.61 + 3, general: 313.61 + 3 }]]),
        basic([['30231', { total: 313.61 }]]),
      ])[0]?.[4],
    ).toBe('pass');
  });
  it('fails when 基本支出表 30231 exceeds the 三公 figure: 313.61 + 1 against 313.61', () => {
    expect(
      run([
        threePublic([['#vehicle-operation', { total: 313.61, general: 313.61 }]]),
        basic([['30231', { total: 313.61 + 1 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'vehicle-operation', 'general', 'fail', 313.61 + 1, 313.61]]);
  });
  it('reads the 合计 of a 2021 table, and is insufficient_data when the 三公 cell is uncertain', () => {
    expect(
      run([
        threePublic2021([['#vehicle-operation', { total: 313.61 }]]),
        basic([['30231', { total: 313.61 }]]),
      ])[0]?.slice(3, 5),
    ).toEqual(['total', 'pass']);
    const unsure = threePublic([
      [
        '#vehicle-operation',
        {},
        { unplaced: [{ value: 313.61, candidates: ['general', 'fund'] }] },
      ],
    ]);
    expect(run([unsure, basic([['30231', { total: 313.61 }]])])[0]?.[4]).toBe('insufficient_data');
    // both blank: nothing to check
    expect(
      run([threePublic([['#vehicle-operation', {}]]), basic([['30201', { total: 1 }]])]),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes both: 000 313.61 ≥ 30231 313.61; 004 表八 16.80 ≥ 表六 30231 16.80', () => {
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([
        [id, 'three-public', 'vehicle-operation', 'general', 'pass', 313.61, 313.61],
      ]);
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([
        [id, 'three-public', 'vehicle-operation', 'total', 'pass', 16.8, 16.8],
      ]);
    });
  });
});
