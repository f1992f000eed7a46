import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { basicEconomicClass as rule } from './basic-economic-class.js';

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

describe('classification:basic-economic-class', () => {
  const id = rule.id;
  it('passes 301, 302, 303 and 310 lines', () => {
    const d = doc([
      table('general-budget-basic', [
        ['301', { total: 1 }],
        ['30101', { total: 1 }],
        ['302', { total: 1 }],
        ['303', { total: 1 }],
        ['310', { total: 1 }],
      ]),
    ]);
    expect(run(d).map((t) => [t[2], t[4]])).toEqual([
      ['301', 'pass'],
      ['302', 'pass'],
      ['303', 'pass'],
      ['310', 'pass'],
    ]);
  });
  it('fails 309 基本建设 and a 312 款 printed without its class row', () => {
    const d = doc([
      table('general-budget-basic', [
        ['309', { total: 1 }],
        ['31201', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget-basic', '309', undefined, 'fail'],
      [id, 'general-budget-basic', '31201', undefined, 'fail'],
    ]);
  });
  it('has nothing to check without a 基本支出 table', () => {
    expect(run(doc([table('general-budget', [['201', { total: 1 }]])]))).toEqual([]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes 301/302/303 in both seeds', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
