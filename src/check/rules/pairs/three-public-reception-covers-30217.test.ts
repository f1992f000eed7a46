import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { threePublicReceptionCovers as rule } from './three-public-reception-covers-30217.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(tables: Table[]) {
  const d = disclosure(tables);
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [
      rule.id,
      f.location.table,
      f.location.row,
      f.location.column,
      f.outcome,
      f.expected,
      f.actual,
    ]);
}

const threePublic = (rows: RowSpec[]) => table('three-public', rows);
const basic = (rows: RowSpec[]) => table('general-budget-basic', rows);
/** 新疆 2021: items as columns, one 一般公共预算 table with a 合计 column only. */
function threePublic2021(rows: RowSpec[]): Table {
  return {
    ...table('three-public', rows, { layout: 'items-as-columns' }),
    title: '一般公共预算“三公”经费支出情况表',
  };
}

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
