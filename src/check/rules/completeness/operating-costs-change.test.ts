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
import { operatingCostsChange as rule } from './operating-costs-change.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '机关运行经费增减变化';
const oc = (extra: object) => ({
  operatingCosts: { amount: 35.76, unit: '万元' as const, text: '…', ...extra },
});
describe('completeness:operating-costs-change', () => {
  const id = rule.id;
  it('passes a change with its reason, and an unchanged amount', () => {
    expect(
      run(
        disclosure([], oc({ change: { direction: 'increase', amount: 1.71 }, reason: '人员增加' })),
      ),
    ).toEqual([[id, S, 'pass']]);
    expect(run(disclosure([], oc({ change: { direction: 'unchanged', amount: 0 } })))).toEqual([
      [id, S, 'pass'],
    ]);
  });
  it('fails no change stated, and a change without reason', () => {
    expect(run(disclosure([], oc({})))).toEqual([[id, S, 'fail']]);
    expect(run(disclosure([], oc({ change: { direction: 'increase', amount: 1.71 } })))).toEqual([
      [id, S, 'fail'],
    ]);
  });
  it('does not apply without a stated amount', () => {
    expect(run(disclosure([]))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 增加 64.85万元 主要原因是…; 004 增加1.71万元 主要原因是…', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
