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
import { threePublicReceptionCovers as rule } from './three-public-reception-covers-30217.js';

const run = (tables: Table[]) => pairTuples(rule, disclosure(tables));

describe('cross-table:three-public-reception-covers-30217', () => {
  const id = rule.id;
  it('passes when the 三公 reception is at least 基本支出表 30217', () => {
    // 7.2 (三公, 一般公共预算) ≥ 7.2 (30217)
    expect(
      run([
        threePublic([['#reception', { total: 7.2, general: 7.2 }]]),
        basic([['30217', { total: 7.2 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'reception', 'general', 'pass', 7.2, 7.2]]);
    // 项目支出 adds to the 三公 figure: 7.2 + 3 ≥ 7.2
    expect(
      run([
        threePublic([['#reception', { total: 7.2 + 3, general: 7.2 + 3 }]]),
        basic([['30217', { total: 7.2 }]]),
      ])[0]?.[4],
    ).toBe('pass');
  });
  it('fails when 基本支出表 30217 exceeds the 三公 figure: 7.2 + 1 against 7.2', () => {
    expect(
      run([
        threePublic([['#reception', { total: 7.2, general: 7.2 }]]),
        basic([['30217', { total: 7.2 + 1 }]]),
      ]),
    ).toEqual([[id, 'three-public', 'reception', 'general', 'fail', 7.2 + 1, 7.2]]);
  });
  it('reads the 合计 of a 2021 table, and is insufficient_data when the 三公 cell is uncertain', () => {
    expect(
      run([
        threePublic2021([['#reception', { total: 7.2 }]]),
        basic([['30217', { total: 7.2 }]]),
      ])[0]?.slice(3, 5),
    ).toEqual(['total', 'pass']);
    const unsure = threePublic([
      ['#reception', {}, { unplaced: [{ value: 7.2, candidates: ['general', 'fund'] }] }],
    ]);
    expect(run([unsure, basic([['30217', { total: 7.2 }]])])[0]?.[4]).toBe('insufficient_data');
    // both blank: nothing to check
    expect(run([threePublic([['#reception', {}]]), basic([['30201', { total: 1 }]])])).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 000 (表10 公务接待费 7.20 ≥ 表6 30217 7.20); 004 has neither', () => {
      expect(run(parsedSeed(SEED_000).disclosure.tables)).toEqual([
        [id, 'three-public', 'reception', 'general', 'pass', 7.2, 7.2],
      ]);
      expect(run(parsedSeed(SEED_004).disclosure.tables)).toEqual([]);
    });
  });
});
