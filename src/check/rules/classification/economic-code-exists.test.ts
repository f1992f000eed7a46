import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { economicCodeExists as rule } from './economic-code-exists.js';

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

describe('classification:economic-code-exists', () => {
  const id = rule.id;
  it('passes 部门 and 政府 economic codes of the catalog', () => {
    const d = doc([
      table('general-budget-basic', [
        ['30101', { total: 1 }],
        ['50101', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget-basic', '30101', undefined, 'pass'],
      [id, 'general-budget-basic', '50101', undefined, 'pass'],
    ]);
  });
  it('fails 30198 (no such 款 of 301) in 2025, and a 7-digit code that no economic list has', () => {
    const d = doc([
      table('general-budget-basic', [
        ['30198', { total: 1 }],
        ['3010101', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget-basic', '30198', undefined, 'fail'],
      [id, 'general-budget-basic', '3010101', undefined, 'fail'],
    ]);
  });
  it('cannot say for 2019', () => {
    expect(run(doc([table('general-budget-basic', [['30198', { total: 1 }]])], 2019))[0]?.[4]).toBe(
      'insufficient_data',
    );
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds every 表6/表六 code in the catalog', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
