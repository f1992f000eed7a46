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
import { institutions as rule } from './institutions.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '机构设置';
const overview = (names: string[], text: string) => ({
  overview: {
    functions: ['负责…'],
    internalUnits: { names },
    budgetUnits: { names: [] },
    staffing: {},
    text,
  },
});
describe('completeness:institutions', () => {
  const id = rule.id;
  it('passes listed 内设机构', () => {
    expect(run(disclosure([], overview(['办公室', '财务科'], '')))).toEqual([[id, S, 'pass']]);
  });
  it('fails an overview read without any', () => {
    expect(run(disclosure([], overview([], '编制数20人。')))).toEqual([[id, S, 'fail']]);
  });
  it('is insufficient_data when the words are there but nothing was read', () => {
    expect(run(disclosure([], overview([], '内设：……')))).toEqual([[id, S, 'insufficient_data']]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both (000: 24 处室, 6 units; 004: 4 科室)', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
