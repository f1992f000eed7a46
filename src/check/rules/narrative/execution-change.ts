// The 上海 template's line explanations (…预算执行数为 X，…预算安排 Y，比…预算执行数增加 z%): the
// rate is (Y − X) ÷ X with the direction its word says, and Y restates the line's heading amount.
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { executionClauses, type ExecutionClause } from './support/execution.js';
import { comparePercent, type Ratio } from './support/percent.js';

// Each of Y and X is off by up to half a cent, so Y − X by up to one.
function ratio(planned: number, executed: number): Ratio | undefined {
  if (executed <= 0) return undefined;
  const change = Math.abs(planned - executed);
  const low = (Math.max(0, change - 1) / (executed + 0.5)) * 100;
  const high = executed > 0.5 ? ((change + 1) / (executed - 0.5)) * 100 : Infinity;
  return { exact: (change / executed) * 100, low, high };
}

function percentFinding(c: ExecutionClause, planned: number): FindingDraft | undefined {
  if (c.percent === undefined && c.direction !== 0) return undefined;
  const note = `执行数 ${fromCents(c.executed)}，安排 ${fromCents(planned)}（${c.unit}）`;
  // New money has no rate (万里街道 2023: "执行数为0万元…增加100.00%").
  if (c.executed === 0 && planned !== 0 && c.percent !== undefined)
    return {
      outcome: 'fail',
      location: c.location,
      actual: c.percent,
      actualText: c.text,
      note: `${note}；上年执行数为零，增减率无定义`,
    };
  const r = ratio(planned, c.executed);
  if (!r) return undefined;
  const sign = Math.sign(planned - c.executed);
  const signed = (x: number) => Number((sign < 0 ? -x : x).toFixed(2));
  // The word goes the other way than the figures (持平 when they differ is judged by the rate).
  if (c.direction !== 0 && sign !== 0 && c.direction !== sign) {
    const actual = (c.percent ?? 0) * c.direction;
    const expected = signed(r.exact);
    return {
      outcome: 'fail',
      location: c.location,
      expected,
      actual,
      difference: Number((actual - expected).toFixed(2)),
      actualText: c.text,
      note: `${note}；增减方向与数字不符`,
    };
  }
  const f = comparePercent(c.percent ?? 0, c.decimals, r, c.location, note);
  return {
    ...f,
    ...(f.expected !== undefined ? { expected: signed(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: signed(f.actual) } : {}),
    ...(f.difference !== undefined ? { difference: signed(f.difference) } : {}),
    ...(f.outcome === 'pass' ? {} : { actualText: c.text }),
  };
}

export const executionChangePercent: Rule = {
  id: 'narrative:execution-change-percent',
  category: 'narrative',
  severity: 'error',
  zh: '“比上年预算执行数增加（减少）z%”等于（本年预算安排 − 上年执行数）÷ 上年执行数，方向一致；上年执行数为零时不表述增减率',
  en: 'A rate of change on last year’s execution equals (this year’s budget − last year’s execution) ÷ last year’s execution, in the stated direction; none is stated from a zero base',
  basis: '增减率 =（本年预算 − 上年预算执行数）÷ 上年预算执行数；上海区级部门预算编制说明的表述',
  evaluate: (d, ctx) =>
    executionClauses(d, ctx).flatMap((c): FindingDraft[] => {
      const f = percentFinding(c, c.planned);
      if (!f) return [];
      // Y misprinted but the rate computed from the heading's amount: the restatement rule says so.
      if (f.outcome !== 'pass' && c.heading !== undefined && c.heading !== c.planned) {
        const byHeading = percentFinding(c, c.heading);
        if (byHeading?.outcome === 'pass')
          return [{ ...byHeading, note: `${byHeading.note ?? ''}；按该项标题金额计` }];
      }
      return [f];
    }),
};

export const executionRestated: Rule = {
  id: 'narrative:execution-restated',
  category: 'narrative',
  severity: 'error',
  zh: '“本年预算安排”金额与该项开头所列金额一致',
  en: 'The budget figure restated beside last year’s execution equals the amount the line opens with',
  basis: '同一科目的同一金额在说明中前后一致',
  evaluate: (d, ctx) =>
    executionClauses(d, ctx).flatMap((c): FindingDraft[] => {
      if (c.heading === undefined) return [];
      const same = c.heading === c.planned;
      if (same && !ctx.keepPasses) return [PASS];
      return [
        {
          outcome: same ? 'pass' : 'fail',
          location: c.location,
          expected: fromCents(c.heading),
          actual: fromCents(c.planned),
          difference: fromCents(c.planned - c.heading),
          unit: c.unit,
          ...(same ? {} : { actualText: c.text }),
        },
      ];
    }),
};
