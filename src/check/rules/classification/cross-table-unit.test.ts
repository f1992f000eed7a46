import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { AmountUnit } from '../../../model/money.js';
import { makeContext } from '../../context.js';
import { crossTableUnit as rule } from './cross-table-unit.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

/** 支出总体 合计 against 收支总体 支出总计, each in its unit. */
function doc(expenditure: number, unit: AmountUnit, total: number): Disclosure {
  return disclosure([
    { ...table('expenditure', [['total', { total: expenditure }]]), unit },
    table('revenue-expenditure', [
      ['expenditure-total', { amount: total }, { block: 'expenditure' }],
    ]),
  ]);
}

function run(d: Disclosure) {
  return rule
    .evaluate(d, makeContext(d))
    .filter((f) => f.location.table === 'expenditure')
    .map((f) => [rule.id, f.location.table, f.location.row, f.location.column, f.outcome, f.note]);
}

const ID = 'classification:cross-table-unit';
const OTHER = 'revenue-expenditure expenditure-total amount';

describe('classification:cross-table-unit', () => {
  it('passes equal figures, and 1,000,000.00 元 against 100.00 万元', () => {
    expect(run(doc(100, '万元', 100))).toEqual([
      [ID, 'expenditure', 'total', 'total', 'pass', OTHER],
    ]);
    // 1,000,049.99 元 rounds to 100.00 万元: within half a printed cent of 万元
    expect(run(doc(1_000_049.99, '元', 100))[0]?.[4]).toBe('pass');
  });
  it('fails a table labelled 元 whose figures are 万元 (100.00 元 against 100.00 万元)', () => {
    expect(run(doc(100, '元', 100))).toEqual([
      [ID, 'expenditure', 'total', 'total', 'fail', `${OTHER}：数额相差一万倍，单位标注有误`],
    ]);
  });
  it('fails 1,000,000.00 万元 against 100.00 万元, and 元 figures that differ after conversion', () => {
    expect(run(doc(1_000_000, '万元', 100))[0]?.[4]).toBe('fail');
    // 1,200,000.00 元 = 120.00 万元 ≠ 100.00 万元
    expect(run(doc(1_200_000, '元', 100))).toEqual([
      [ID, 'expenditure', 'total', 'total', 'fail', `${OTHER}：换算单位后仍不相等`],
    ]);
  });
  it('leaves same-unit differences to the derived rule, and uncertain cells alone', () => {
    expect(run(doc(120, '万元', 100))).toEqual([]);
    const unsure = disclosure([
      table('expenditure', [
        ['total', {}, { unplaced: [{ value: 100, candidates: ['total', 'basic'] }] }],
      ]),
      table('revenue-expenditure', [
        ['expenditure-total', { amount: 100 }, { block: 'expenditure' }],
      ]),
    ]);
    expect(run(unsure)).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it('finds every table of both seeds in one unit, their shared cells equal', () => {
      for (const name of [SEED_000, SEED_004]) {
        const d = parsedSeed(name).disclosure;
        expect(rule.evaluate(d, makeContext(d)).filter((f) => f.outcome !== 'pass')).toEqual([]);
      }
    });
  });
});
