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
import { functions as rule } from './functions.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '部门职责（主要职能）';
const overview = (functions: string[], text: string) => ({
  overview: {
    functions,
    internalUnits: { names: [] },
    budgetUnits: { names: [] },
    staffing: {},
    text,
  },
});
describe('completeness:functions', () => {
  const id = rule.id;
  it('passes listed 主要职能', () => {
    expect(run(disclosure([], overview(['负责…'], '')))).toEqual([[id, S, 'pass']]);
  });
  it('fails an overview read without them', () => {
    expect(run(disclosure([], overview([], '内设机构4个。')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when the words are there, or when no overview was read', () => {
    expect(run(disclosure([], overview([], '主要职能是：……')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (000: 12 items; 004: 6 items)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
