import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { duplicateCode as rule } from './duplicate-code.js';

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

describe('classification:duplicate-code', () => {
  const id = rule.id;
  it('finds nothing when each code is printed once per unit', () => {
    const d = doc([
      table('general-budget-project', [
        ['unit:A', { total: 1 }],
        ['201', { total: 1 }],
        ['unit:B', { total: 1 }],
        ['201', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([]);
  });
  it('fails the second 2010301 of one table', () => {
    const d = doc([
      table('general-budget', [
        ['2010301', { total: 1 }],
        ['2010350', { total: 1 }],
        ['2010301', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([[id, 'general-budget', '2010301', undefined, 'fail']]);
  });
  it('leaves project rows, which share their 项 code, alone', () => {
    const d = doc([
      table('general-budget-project', [
        ['project:甲', { total: 1 }, { code: '2010399' }],
        ['project:乙', { total: 1 }, { code: '2010399' }],
      ]),
    ]);
    expect(run(d)).toEqual([]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds no repeated code in either seed', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
