import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { functionCodeExists as rule } from './function-code-exists.js';

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

/** Non-pass findings on a seed, as tuples. */
function problems(name: string) {
  return run(parsedSeed(name).disclosure).filter((t) => t[4] !== 'pass');
}

describe('classification:function-code-exists', () => {
  const id = rule.id;
  it('passes codes of the catalog, once per code whatever the number of tables', () => {
    const d = doc([
      table('general-budget', [['2010301', { total: 1 }]]),
      table('expenditure', [['2010301', { total: 1 }]]),
    ]);
    expect(run(d)).toEqual([[id, 'general-budget', '2010301', undefined, 'pass']]);
  });
  it("fails a code absent from the catalog in the catalog's own year (2025): 2990101, no 类 299", () => {
    expect(run(doc([table('general-budget', [['2990101', { total: 1 }]])]))).toEqual([
      [id, 'general-budget', '2990101', undefined, 'fail'],
    ]);
  });
  it('cannot say for another year: the 2021 edition may have had it', () => {
    expect(run(doc([table('general-budget', [['2990101', { total: 1 }]])], 2021))).toEqual([
      [id, 'general-budget', '2990101', undefined, 'insufficient_data'],
    ]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds no unknown code in 000; in 004, 234 抗疫特别国债还本支出 (a 2020–2021 类) cannot be confirmed', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([
        [id, 'revenue-expenditure', '234', undefined, 'insufficient_data'],
      ]);
    });
  });
});
