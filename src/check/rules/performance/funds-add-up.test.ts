import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../test/golden/load.js';
import { hasShared, needsShared } from '../../../../test/helpers/shared.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { PerformanceTarget } from '../../../model/performance.js';
import { makeContext } from '../../context.js';
import { performanceFundsAddUp as rule } from './funds-add-up.js';

const SEED_000 = '000_c55cbe189efa8a40.txt';
const SEED_004 = '004_88207d3c283235c9.txt';

function run(d: Disclosure) {
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [f.location.subject, f.outcome, f.expected, f.actual, f.unit, f.note]);
}

/** Seed 000 with its performance targets replaced. */
function withTargets(targets: PerformanceTarget[]): Disclosure {
  return { ...parsedSeed(SEED_000).disclosure, performance: targets };
}

function project(
  funds: PerformanceTarget['funds'],
  more: Partial<PerformanceTarget> = {},
): PerformanceTarget {
  return { kind: 'project', project: '印刷费', funds, goal: '', indicators: [], ...more };
}

describe.skipIf(!hasShared('seeds'))(`${rule.id} (${needsShared('seeds')})`, () => {
  it('passes every project table of the seeds', () => {
    // Seed 000: 各项业务工作管理经费 3,348.80 = 财政拨款 3,348.80 + 其他 0; 日常运行管理费 13.22 =
    // 0 + 13.22; … (seven 项目绩效目标表; the 部门整体 one prints no 资金总额). Seed 004: five tables,
    // 资金总额 = 财政拨款 (77, 1.26, 6.54, 22.5, 15).
    const a = run(parsedSeed(SEED_000).disclosure);
    expect(a).toHaveLength(7);
    expect(a.every((f) => f[1] === 'pass')).toBe(true);
    expect(a[2]).toEqual([
      '项目绩效目标表：日常运行管理费',
      'pass',
      13.22,
      13.22,
      '万元',
      '年度资金总额 = 财政拨款 + 其他资金',
    ]);
    const b = run(parsedSeed(SEED_004).disclosure);
    expect(b.map((f) => [f[1], f[3]])).toEqual([
      ['pass', 77],
      ['pass', 1.26],
      ['pass', 6.54],
      ['pass', 22.5],
      ['pass', 15],
    ]);
  });

  it('fails a total its parts do not make', () => {
    // 3,348.80 printed against 3,348.70 + 0.00
    const d = withTargets([project({ total: 3348.8, fiscal: 3348.7, other: 0 })]);
    const [f] = rule.evaluate(d, makeContext(d));
    expect([f?.outcome, f?.expected, f?.actual, f?.difference]).toEqual([
      'fail',
      3348.7,
      3348.8,
      0.1,
    ]);
  });

  it('calls a difference within the parts’ rounding rounding', () => {
    // 10.01 against 5.00 + 5.00: two printed parts round by at most 0.01 together
    const d = withTargets([project({ total: 10.01, fiscal: 5, other: 5 })]);
    expect(run(d).map((f) => f[1])).toEqual(['rounding']);
  });

  it('checks 财政拨款 = 上级安排 + 本级安排 only where both are printed', () => {
    const d = withTargets([
      project({ total: 100, fiscal: 100, upper: 30, local: 60 }),
      project({ total: 100, fiscal: 100, upper: 30 }),
    ]);
    expect(run(d).map((f) => [f[1], f[2], f[3], f[5]])).toEqual([
      ['pass', 100, 100, '年度资金总额 = 财政拨款'],
      ['fail', 90, 100, '财政拨款 = 上级安排 + 本级安排'],
      ['pass', 100, 100, '年度资金总额 = 财政拨款'],
    ]);
  });

  it('checks the lifetime column and keeps the 元 of a 上海 form', () => {
    const d = withTargets([
      project(
        { total: 500, fiscal: 400, carryover: 100, other: 0, unit: '元' },
        { lifetimeFunds: { total: 900, fiscal: 800, other: 0 }, at: { page: 31, line: 519 } },
      ),
    ]);
    const found = rule.evaluate(d, makeContext(d));
    expect(found.map((f) => [f.outcome, f.expected, f.actual, f.unit, f.location.page])).toEqual([
      ['pass', 500, 500, '元', 31],
      ['fail', 800, 900, '元', 31],
    ]);
  });

  it('states nothing for a table without a total', () => {
    const d = withTargets([project({ fiscal: 5, other: 1 })]);
    expect(run(d)).toEqual([]);
  });
});
