import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { budgetScope as rule } from './budget-scope.js';

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

describe('classification:budget-scope', () => {
  const id = rule.id;
  it('passes 一般公共预算 codes in 一般公共预算支出表 and 基金 codes in 政府性基金预算支出表', () => {
    const d = doc([
      table('general-budget', [['2010301', { total: 1 }]]),
      table('fund-budget', [['212', { total: 1 }]]),
    ]);
    expect(run(d).map((t) => [t[1], t[2], t[4]])).toEqual([
      ['general-budget', '2010301', 'pass'],
      ['fund-budget', '212', 'pass'],
    ]);
  });
  it('fails 2080501 (一般公共预算 only, verified) in 政府性基金预算支出表', () => {
    expect(run(doc([table('fund-budget', [['2080501', { total: 1 }]])]))).toEqual([
      [id, 'fund-budget', '2080501', undefined, 'fail'],
    ]);
  });
  it('is insufficient_data against a recalled entry (2120801, 基金) in 一般公共预算支出表', () => {
    expect(run(doc([table('general-budget', [['2120801', { total: 1 }]])]))).toEqual([
      [id, 'general-budget', '2120801', undefined, 'insufficient_data'],
    ]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes both seeds', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
