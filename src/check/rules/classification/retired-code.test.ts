import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { retiredCode as rule } from './retired-code.js';

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

describe('classification:retired-code', () => {
  const id = rule.id;
  it('fails 20117 工商行政管理事务 (retired after 2018) in a 2025 document', () => {
    expect(run(doc([table('general-budget', [['20117', { total: 1 }]])]))).toEqual([
      [id, 'general-budget', '20117', undefined, 'fail'],
    ]);
  });
  it('finds nothing in 2018, when the code was in force, or for codes still in force', () => {
    expect(run(doc([table('general-budget', [['20117', { total: 1 }]])], 2018))).toEqual([]);
    expect(run(doc([table('general-budget', [['2010301', { total: 1 }]])]))).toEqual([]);
  });
  it('cannot place a document without a year', () => {
    const d = doc([table('general-budget', [['20117', { total: 1 }]])]);
    expect(run({ ...d, identity: { ...d.identity, year: null } })).toEqual([]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds no retired code in either seed', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
