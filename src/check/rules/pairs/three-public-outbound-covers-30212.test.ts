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
import { threePublicOutboundCovers as rule } from './three-public-outbound-covers-30212.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-outbound-covers-30212', () => {
  const id = rule.id;
  it('passes when the 三公 outbound is at least 基本支出表 30212', () => {
    // 12.0 (三公, 一般公共预算) ≥ 12.0 (30212)
    expect(
      run([
        threePublic([['#outbound', { total: 12.0, general: 12.0 }]]),
        basic([['30212', { total: 12.0 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'outbound', 'general', 'pass', 12.0, 12.0]]);
    // 项目支出 adds to the 三公 figure: 12.0 + 3 ≥ 12.0
    expect(
      run([
        threePublic([['#outbound', { total: 12.0 + 3, general: 12.0 + 3 }]]),
        basic([['30212', { total: 12.0 }]]),
      ])[0]?.[4],
    ).toBe('pass');
  });
  it('fails when 基本支出表 30212 exceeds the 三公 figure: 12.0 + 1 against 12.0', () => {
    expect(
      run([
        threePublic([['#outbound', { total: 12.0, general: 12.0 }]]),
        basic([['30212', { total: 12.0 + 1 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'outbound', 'general', 'fail', 12.0 + 1, 12.0]]);
  });
  it('reads the 合计 of a 2021 table, and is insufficient_data when the 三公 cell is uncertain', () => {
    expect(
      run([
        threePublic2021([['#outbound', { total: 12.0 }]]),
        basic([['30212', { total: 12.0 }]]),
      ])[0]?.slice(3, 5),
    ).toEqual(['total', 'pass']);
    const unsure = threePublic([
      ['#outbound', {}, { unplaced: [{ value: 12.0, candidates: ['general', 'fund'] }] }],
    ]);
    expect(run([unsure, basic([['30212', { total: 12.0 }]])])[0]?.[4]).toBe('insufficient_data');
    // both blank: nothing to check
    expect(run([threePublic([['#outbound', {}]]), basic([['30201', { total: 1 }]])])).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('has nothing to check: neither seed budgets 因公出国（境）费 or 30212', () => {
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([]);
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([]);
    });
  });
});
