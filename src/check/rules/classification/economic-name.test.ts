import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { economicName as rule } from './economic-name.js';

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

describe('classification:economic-name', () => {
  const id = rule.id;
  it('passes 30101 基本工资 and 30399 其他对个人和家庭的补助支出 (a trailing 支出 is tolerated)', () => {
    const d = doc([
      table('general-budget-basic', [
        named('30101', '基本工资'),
        named('30399', '其他对个人和家庭的补助支出'),
      ]),
    ]);
    expect(run(d).map((t) => t[4])).toEqual(['pass', 'pass']);
  });
  it('fails 30101 printed as 津贴补贴', () => {
    expect(run(doc([table('general-budget-basic', [named('30101', '津贴补贴')])]))).toEqual([
      [id, 'general-budget-basic', '30101', undefined, 'fail'],
    ]);
  });
  it('is insufficient_data against a recalled entry (39906 赠与)', () => {
    expect(run(doc([table('general-budget-basic', [named('39906', '捐赠')])]))[0]?.[4]).toBe(
      'insufficient_data',
    );
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes every 表6/表六 name', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
