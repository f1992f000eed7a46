import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import { makeContext } from '../../context.js';
import type { Rule } from '../../rule.js';
import { civilServantMedical as rule } from './civil-servant-medical-2101103-30111.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(r: Rule, d: ReturnType<typeof disclosure>) {
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
function doc(functionRows: RowSpec[], economicRows: RowSpec[]) {
  return disclosure([
    table('general-budget', functionRows),
    table('general-budget-basic', economicRows),
  ]);
}

describe('cross-table:civil-servant-medical-2101103-30111', () => {
  const id = rule.id;
  it('passes equal lines', () => {
    expect(
      run(
        rule,
        doc([['2101103', { total: 341.52, basic: 341.52 }]], [['30111', { total: 341.52 }]]),
      )[0]?.[4],
    ).toBe('pass');
  });
  it('fails 30111 0.91 with no 2101103 line among the 项 lines (0.91 − 0)', () => {
    expect(
      run(rule, doc([['2010350', { total: 307.1, basic: 307.1 }]], [['30111', { total: 0.91 }]])),
    ).toEqual([[id, 'general-budget-basic', '30111', 'total', 'fail', 0, 0.91]]);
  });
  it('is insufficient_data when 2101103 may hold an unplaced number', () => {
    const d = doc(
      [['2101103', { total: 3 }, { unplaced: [{ value: 3, candidates: ['basic', 'project'] }] }]],
      [['30111', { total: 3 }]],
    );
    expect(run(rule, d)[0]?.[4]).toBe('insufficient_data');
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 000 (341.52 = 341.52); warns on 004, whose 表五 has no 2101103 while 表六 30111 is 0.91', () => {
      expect(run(rule, parsedSeed(SEED_000).disclosure).map((t) => t[4])).toEqual(['pass']);
      expect(run(rule, parsedSeed(SEED_004).disclosure)).toEqual([
        [id, 'general-budget-basic', '30111', 'total', 'fail', 0, 0.91],
      ]);
    });
  });
});
