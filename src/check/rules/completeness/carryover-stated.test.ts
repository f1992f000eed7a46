import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure, table } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { carryoverStated as rule } from './carryover-stated.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '上年结转结余';
const re = (amount: number) =>
  table('revenue-expenditure', [['#carryover', { amount }, { block: 'income' }]]);
const fact = {
  section: '十一',
  subject: { kind: 'carryover' as const, source: 'all' as const },
  scope: 'all' as const,
  unit: '万元' as const,
  amount: 73.9,
  text: '上年结转结余 73.90万元',
};
const narrative = (text: string, facts = [fact]) => ({
  narrative: { sections: [{ number: '十一', title: '说明', text }], facts },
});
describe('completeness:carryover-stated', () => {
  const id = rule.id;
  it('passes a carry-over the tables show and the text states', () => {
    expect(run(disclosure([re(73.9)], narrative('上年结转结余 73.90万元')))).toEqual([
      [id, S, 'pass'],
    ]);
  });
  it('fails a carry-over the text never mentions', () => {
    expect(run(disclosure([re(73.9)], narrative('收支总预算', [])))).toEqual([[id, S, 'fail']]);
  });
  it('does not apply when the tables show none; insufficient_data when mentioned but unread', () => {
    expect(run(disclosure([re(0)], narrative('…', [])))).toEqual([[id, S, 'not_applicable']]);
    expect(run(disclosure([re(73.9)], narrative('上年结转……', [])))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('000: 表1 二、上年结转结余 73.90, stated in 二 and 十一; 004: the tables show none', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'not_applicable']]);
    });
  });
});
