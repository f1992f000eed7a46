import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { personnelPublicUse as rule } from './personnel-public-use.js';

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

describe('classification:personnel-public-use', () => {
  const id = rule.id;
  it('passes 301 in 人员经费 and 302 in 公用经费', () => {
    const d = doc([
      table('general-budget-basic', [
        ['301', { total: 5, personnel: 5 }],
        ['302', { total: 3, 'public-use': 3 }],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget-basic', '301', 'public-use', 'pass'],
      [id, 'general-budget-basic', '302', 'personnel', 'pass'],
    ]);
  });
  it('fails 302 with 1.00 in 人员经费 (302 = 2.00 人员 + 1.00 公用? no: 公用经费 only)', () => {
    const d = doc([
      table('general-budget-basic', [['302', { total: 3, personnel: 1, 'public-use': 2 }]]),
    ]);
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.location.row, f.location.column, f.outcome, f.actual])).toEqual([
      ['302', 'personnel', 'fail', 1],
    ]);
  });
  it('is insufficient_data when a number may sit in the other column', () => {
    const d = doc([
      table('general-budget-basic', [
        [
          '303',
          { total: 2 },
          { unplaced: [{ value: 2, candidates: ['personnel', 'public-use'] }] },
        ],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget-basic', '303', 'public-use', 'insufficient_data'],
    ]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes both seeds (301, 303 人员经费; 302 公用经费)', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
