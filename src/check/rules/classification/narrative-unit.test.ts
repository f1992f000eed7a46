import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, edited, table } from '../../../../test/helpers/disclosure.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { AmountUnit } from '../../../model/money.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { makeContext } from '../../context.js';
import { narrativeUnit as rule } from './narrative-unit.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [rule.id, f.location.table, f.location.row, f.location.column, f.outcome]);
}

const total = (amount: number, unit: AmountUnit = '万元'): NarrativeFact => ({
  section: '一',
  subject: { kind: 'total', side: 'both' },
  scope: 'all',
  unit,
  amount,
  text: '收支总预算',
});

/** 收支总体 with 收入总计 100.00 万元. */
const doc = (...facts: NarrativeFact[]) =>
  disclosure([table('revenue-expenditure', [['total', { amount: 100 }, { block: 'income' }]])], {
    narrative: { sections: [], facts },
  });

describe('classification:narrative-unit', () => {
  const id = rule.id;
  it('passes a stated figure that equals its cell in either unit (1,000,000.00 元 = 100.00 万元)', () => {
    expect(run(doc(total(100), total(1_000_000, '元')))).toEqual([
      [id, 'revenue-expenditure', 'total', 'amount', 'pass'],
      [id, 'revenue-expenditure', 'total', 'amount', 'pass'],
    ]);
  });
  it('fails 1,000,000.00 万元 stated against 100.00 万元 (a 元 figure under 万元)', () => {
    const d = doc(total(1_000_000));
    expect(run(d)).toEqual([[id, 'revenue-expenditure', 'total', 'amount', 'fail']]);
    expect(rule.evaluate(d, makeContext(d))[0]?.note).toContain('一万倍');
  });
  it('leaves other differences to the narrative rules, and uncertain cells alone', () => {
    expect(run(doc(total(120)))).toEqual([]);
    const unsure = disclosure(
      [
        table('revenue-expenditure', [
          ['total', {}, { block: 'income', unplaced: [{ value: 100, candidates: ['amount'] }] }],
        ]),
      ],
      { narrative: { sections: [], facts: [total(1_000_000)] } },
    );
    expect(run(unsure)).toEqual([]);
  });
  describe.skipIf(!hasShared('seeds'))(`on the seeds (${needsShared('seeds')})`, () => {
    it("finds every stated figure of both seeds in the tables' unit (万元)", () => {
      for (const name of [SEED_000, SEED_004])
        expect(run(parsedSeed(name).disclosure).filter((t) => t[4] !== 'pass')).toEqual([]);
    });
    it('fails a copy of seed 004 whose 收支总预算 reads 7,009,400.00 万元', () => {
      const d = edited(parsedSeed(SEED_004).disclosure, (c) => {
        c.narrative.facts[0]!.amount = 7_009_400;
      });
      expect(run(d).filter((t) => t[4] !== 'pass')).toEqual([
        [id, 'revenue-expenditure', 'total', 'amount', 'fail'],
      ]);
    });
  });
});
