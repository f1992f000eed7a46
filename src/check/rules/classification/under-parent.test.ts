import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, edited, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { underParent as rule } from './under-parent.js';

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

describe('classification:under-parent', () => {
  const id = rule.id;
  it('passes 项 under their 款 and 类, per budget unit', () => {
    const d = doc([
      table('general-budget', [
        ['201', { total: 2 }],
        ['20103', { total: 2 }],
        ['2010301', { total: 1 }],
        ['2010350', { total: 1 }],
      ]),
    ]);
    expect(run(d).map((t) => [t[2], t[4]])).toEqual([
      ['20103', 'pass'],
      ['2010301', 'pass'],
      ['2010350', 'pass'],
    ]);
  });
  it('fails 2080505 printed under 20103 and 22102 under 类 201', () => {
    const d = doc([
      table('general-budget', [
        ['201', { total: 2 }],
        ['20103', { total: 1 }],
        ['2080505', { total: 1 }],
        ['22102', { total: 1 }],
      ]),
    ]);
    expect(run(d)).toEqual([
      [id, 'general-budget', '20103', undefined, 'pass'],
      [id, 'general-budget', '2080505', undefined, 'fail'],
      [id, 'general-budget', '22102', undefined, 'fail'],
    ]);
  });
  it('has nothing to check for lines with no 款 or 类 above them', () => {
    expect(
      run(
        doc([
          table('general-budget', [
            ['2010301', { total: 1 }],
            ['2080505', { total: 1 }],
          ]),
        ]),
      ),
    ).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds every line of both seeds under its parents', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
    it('fails a copy of seed 000 whose 表5 2101103 is recoded 2080599 (under 21011)', () => {
      const d = edited(parsedSeed(SEED_000).disclosure, (c) => {
        c.tables
          .find((t) => t.kind === 'general-budget')!
          .rows.find((r) => r.code === '2101103')!.code = '2080599';
      });
      expect(run(d).filter((t) => t[4] !== 'pass')).toEqual([
        [id, 'general-budget', '2080599', undefined, 'fail'],
      ]);
    });
  });
});
