// Shared by the tests of the pair rules (src/check/rules/pairs): the seeds they read, a rule's
// findings as compact tuples, and the tables they build.
import { makeContext } from '../../src/check/context.js';
import type { Rule } from '../../src/check/rule.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Table } from '../../src/model/table.js';
import { disclosure, table, type RowSpec } from './disclosure.js';

export const SEED_000 = '000_c55cbe189efa8a40.txt';
export const SEED_004 = '004_88207d3c283235c9.txt';

/** [rule, table, row, column, outcome, expected, actual] for each finding of `r` on `d`. */
export function pairTuples(r: Rule, d: Disclosure) {
  return r
    .evaluate(d, makeContext(d))
    .map((f) => [
      r.id,
      f.location.table,
      f.location.row,
      f.location.column,
      f.outcome,
      f.expected,
      f.actual,
    ]);
}

/** 一般公共预算支出表 (basic column) and 基本支出表 rows. */
export function pairDoc(functionRows: RowSpec[], economicRows: RowSpec[]) {
  return disclosure([
    table('general-budget', functionRows),
    table('general-budget-basic', economicRows),
  ]);
}

export const threePublic = (rows: RowSpec[]) => table('three-public', rows);
export const basic = (rows: RowSpec[]) => table('general-budget-basic', rows);
/** 新疆 2021: items as columns, one 一般公共预算 table with a 合计 column only. */
export function threePublic2021(rows: RowSpec[]): Table {
  return {
    ...table('three-public', rows, { layout: 'items-as-columns' }),
    title: '一般公共预算“三公”经费支出情况表',
  };
}
