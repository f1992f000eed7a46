import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { functionFormerName as rule } from './function-former-name.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [rule.id, f.location.table, f.location.row, f.location.column, f.outcome]);
}

/** A disclosure of `year` holding the tables. */
function doc(tables: Table[], year = 2025): Disclosure {
  const d = disclosure(tables);
  return { ...d, identity: { ...d.identity, year } };
}

const named = (
  code: string,
  name: string,
  values: Record<string, number> = { total: 1 },
): RowSpec => [code, values, { name }];

/** Non-pass findings on a seed, as tuples. */
function problems(name: string) {
  return run(parsedSeed(name).disclosure).filter((t) => t[4] !== 'pass');
}

describe('classification:function-former-name', () => {
  it('notes 210 医疗卫生与计划生育支出 in a 2021 document (卫生健康支出 since 2019)', () => {
    const d = doc([table('general-budget', [named('210', '医疗卫生与计划生育支出')])], 2021);
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.location.row, f.outcome, f.expectedText])).toEqual([
      ['210', 'fail', '卫生健康支出'],
    ]);
    expect(rule.severity).toBe('info');
  });
  it('has nothing to note when the name is the one in force (2018: 医疗卫生与计划生育支出)', () => {
    expect(
      run(doc([table('general-budget', [named('210', '医疗卫生与计划生育支出')])], 2018)),
    ).toEqual([]);
    expect(run(doc([table('general-budget', [named('210', '卫生健康支出')])], 2021))).toEqual([]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds no former name in either seed', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
