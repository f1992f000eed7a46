import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table, type RowSpec } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table } from '../../../model/table.js';
import { makeContext } from '../../context.js';
import { functionName as rule } from './function-name.js';

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

describe('classification:function-name', () => {
  const id = rule.id;
  it('passes the name in force, as printed or tolerantly (trailing bracketed 款 name)', () => {
    const d = doc([
      table('general-budget', [
        named('2010301', '行政运行'),
        named('2010350', '事业运行（政府办公厅（室）及相关机构事务）'),
      ]),
    ]);
    expect(run(d).map((t) => t[4])).toEqual(['pass', 'pass']);
  });
  it('fails 2010301 printed as 机关服务 (verified entry: 行政运行)', () => {
    const d = doc([table('general-budget', [named('2010301', '机关服务')])]);
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.location.row, f.outcome, f.expectedText, f.actualText])).toEqual([
      ['2010301', 'fail', '行政运行', '机关服务'],
    ]);
  });
  it('is insufficient_data when the catalog name is only recalled (2050201 学前教育)', () => {
    expect(run(doc([table('general-budget', [named('2050201', '小学教育')])]))).toEqual([
      [id, 'general-budget', '2050201', undefined, 'insufficient_data'],
    ]);
  });

  it('does not judge a name run into a template placeholder row (… …)', () => {
    // 部门决算模板（空白） p.6 prints a row of "… …" under 2050205 高等教育
    const d = doc([table('revenue', [named('2010301', '行政运行… …')])], 2024);
    expect(rule.evaluate(d, makeContext(d)).map((f) => [f.outcome, f.note])).toEqual([
      ['insufficient_data', '名称含省略号（模板占位行）'],
    ]);
  });

  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('passes every printed name of both seeds', () => {
      expect(problems(SEED_000)).toEqual([]);
      expect(problems(SEED_004)).toEqual([]);
    });
  });
});
