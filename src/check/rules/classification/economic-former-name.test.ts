import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { economicFormerName as rule } from './economic-former-name.js';

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

describe('classification:economic-former-name', () => {
  const id = rule.id;
  it('notes 309 基本建设支出 (the name before the 2018 reform) in a 2025 document', () => {
    expect(run(doc([table('general-budget-basic', [named('309', '基本建设支出')])]))).toEqual([
      [id, 'general-budget-basic', '309', undefined, 'fail'],
    ]);
  });
  it('has nothing to note for the current name, or for the old name in 2017', () => {
    expect(
      run(doc([table('general-budget-basic', [named('309', '资本性支出（基本建设）')])])),
    ).toEqual([]);
    expect(run(doc([table('general-budget-basic', [named('309', '基本建设支出')])], 2017))).toEqual(
      [],
    );
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds no former name in either seed', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
