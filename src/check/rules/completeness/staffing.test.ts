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
import { makeContext } from '../../context.js';
import { staffing as rule } from './staffing.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '人员情况（编制数、实有人数）';
const overview = (staffing: object, text = '机构设置及人员情况') => ({
  overview: {
    functions: ['…'],
    internalUnits: { names: [] },
    budgetUnits: { names: [] },
    staffing,
    text,
  },
});
describe('completeness:staffing', () => {
  const id = rule.id;
  it('passes 编制数 and 实有人数 both stated', () => {
    expect(run(disclosure([], overview({ authorized: 20, actual: 17 })))).toEqual([
      [id, S, 'pass'],
    ]);
  });
  it('fails an overview that states neither', () => {
    const d = disclosure([], overview({}, '内设机构：办公室。'));
    expect(rule.evaluate(d, makeContext(d)).map((f) => [f.outcome, f.expectedText])).toEqual([
      ['fail', '编制数、实有人数'],
    ]);
  });
  it('is insufficient_data when 实有人数 is in the text but was not read, or no overview was read', () => {
    expect(run(disclosure([], overview({ authorized: 20 }, '编制数20人，实有人数17人')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
    expect(run(disclosure([]))).toEqual([[id, S, 'insufficient_data']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 编制 362 / 实有 873; 004 编制 20 / 实有 17', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
