import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { threePublicOutboundCovers as rule } from './three-public-outbound-covers-30212.js';

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
