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
import { makeContext } from '../../context.js';
import { performanceDepartment as rule } from './performance-department.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '部门整体绩效目标';
const target = { kind: 'department' as const, funds: {}, goal: '…', indicators: [] };
describe('completeness:performance-department', () => {
  const id = rule.id;
  it('passes a printed 部门整体绩效目标表', () => {
    expect(run(disclosure([], { performance: [target] }))).toEqual([[id, S, 'pass']]);
  });
  it('fails when the text announces department targets but prints none', () => {
    const d = disclosure([], {
      ...said('绩效'),
      performanceOverview: { unit: '万元', departmentTargets: 1, text: '整体预算绩效目标 1个' },
    });
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.outcome, f.expected, f.actual])).toEqual([['fail', 1, 0]]);
  });
  it('is not_applicable when neither printed nor mentioned, insufficient_data when only mentioned', () => {
    expect(run(disclosure([], said('预算绩效情况')))).toEqual([[id, S, 'not_applicable']]);
    expect(run(disclosure([], said('部门整体绩效目标见下表')))).toEqual([
      [id, S, 'insufficient_data'],
    ]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes 000 (部门整体绩效目标表 printed); 004 (2021 template) has none and does not mention one', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'not_applicable']]);
    });
  });
});
