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
import { performanceTargetCount as rule } from './performance-target-count.js';
import { formatValue } from '../../../render/check-report/labels.js';

const run = (d: Disclosure) => subjectTuples(rule, d);

const S = '项目绩效目标表数量';
const target = { kind: 'project' as const, funds: {}, goal: '…', indicators: [] };
const overview = (projectCount: number) => ({ unit: '万元' as const, projectCount, text: '…' });
describe('completeness:performance-target-count', () => {
  const id = rule.id;
  it('passes as many tables as stated projects', () => {
    expect(
      run(disclosure([], { performance: [target, target], performanceOverview: overview(2) })),
    ).toEqual([[id, S, 'pass']]);
  });
  it('fails 1 table for 3 stated projects, none declared withheld', () => {
    const d = disclosure([], { performance: [target], performanceOverview: overview(3) });
    expect(
      rule.evaluate(d, makeContext(d)).map((f) => [f.outcome, f.expected, f.actual, f.unit]),
    ).toEqual([['fail', 3, 1, '个']]);
    // The report shows counts as counts, not as percentages.
    expect(formatValue(3, '个')).toBe('3 个');
  });
  it('accepts a shortfall that projects declared withheld explain; no stated count is not evaluable', () => {
    const withheld = {
      kind: '不予公开' as const,
      count: 2,
      unit: '万元' as const,
      what: 'projects' as const,
      text: '…',
    };
    expect(
      run(
        disclosure([], {
          performance: [target],
          performanceOverview: overview(3),
          undisclosed: [withheld],
        }),
      ),
    ).toEqual([[id, S, 'pass']]);
    expect(run(disclosure([], { performance: [target] }))).toEqual([[id, S, 'not_applicable']]);
  });
  seedsDescribe(SEEDS, () => {
    it('passes both: 000 7 tables for 当年预算安排项目共 7个; 004 5 tables for 项目5个', () => {
      expect(run(parsedSeed(SEED_000).disclosure)).toEqual([[id, S, 'pass']]);
      expect(run(parsedSeed(SEED_004).disclosure)).toEqual([[id, S, 'pass']]);
    });
  });
});
