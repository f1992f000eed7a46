import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import { budgetChanges as rule } from './budget-changes.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '收支增减变化';
const fact = {
  section: '三',
  subject: { kind: 'expenditure' as const, type: 'basic' as const },
  scope: 'all' as const,
  unit: '万元' as const,
  amount: 345.08,
  text: '基本支出345.08万元',
};
const narrative = (text: string, facts: NarrativeFact[]) => ({
  narrative: { sections: [{ number: '三', title: '支出预算情况说明', text }], facts },
});
describe('completeness:budget-changes', () => {
  const id = rule.id;
  it('passes a total, source or 基本/项目支出 stated with its change', () => {
    const f: NarrativeFact = { ...fact, change: { direction: 'increase', amount: 27.79 } };
    expect(run(disclosure([], narrative('…', [f])))).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 that states no change at all', () => {
    expect(run(disclosure([], narrative('基本支出345.08万元。', [fact])))).toEqual([
      [id, S, 'fail'],
    ]);
  });
  it('is insufficient_data when change words are there but none was read, or no 情况说明 was read', () => {
    expect(run(disclosure([], narrative('比上年预算增加……', [fact])))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (二: 一般公共预算拨款 比上年预算减少 478.65 / 增加 145.97)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
