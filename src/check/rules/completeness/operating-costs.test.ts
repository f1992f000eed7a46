import { describe, expect, it } from 'vitest';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  said,
  seedsDescribe,
  subjectTuples,
} from '../../../../test/helpers/rules.js';
import { parsedSeed } from '../../../../test/golden/load.js';
import { disclosure } from '../../../../test/helpers/disclosure.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { operatingCosts as rule } from './operating-costs.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '机关运行经费';
describe('completeness:operating-costs', () => {
  const id = rule.id;
  it('passes a stated amount', () => {
    const d = disclosure([], {
      ...said('机关运行经费'),
      operatingCosts: { amount: 35.76, unit: '万元', text: '机关运行经费财政拨款预算35.76万元' },
    });
    expect(run(d)).toEqual([[id, S, 'pass']]);
  });
  it('fails a 情况说明 that never states it', () => {
    expect(run(disclosure([], said('政府采购预算97.37万元')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when mentioned but not read', () => {
    expect(run(disclosure([], said('（一）机关运行经费情况 ……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 1,483.17万元; 004 35.76万元', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
