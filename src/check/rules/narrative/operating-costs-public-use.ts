// 机关运行经费 is the 公用经费 of the administrative units (and the 事业单位 run as such, 参公); for a
// department made only of them it equals 一般公共预算基本支出情况表's 公用经费, and a difference is
// a warning, never an error. A department with other 事业单位 (万里街道 2023: 4 of them, 786.09 vs
// 1,538.14) only bounds it: 机关运行经费 ≤ 公用经费.
import type { Disclosure } from '../../../model/disclosure.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

function statedFact(d: Disclosure, ctx: CheckContext): NarrativeFact | undefined {
  const fact = ctx.factsOf('operating-costs').find((f) => f.amount !== undefined);
  if (fact || d.operatingCosts?.amount === undefined) return fact;
  return {
    section: '',
    subject: { kind: 'operating-costs' },
    scope: 'fiscal',
    unit: d.operatingCosts.unit,
    amount: d.operatingCosts.amount,
    text: d.operatingCosts.text,
    ...(d.operatingCosts.at ? { at: d.operatingCosts.at } : {}),
  };
}

export const operatingCostsPublicUse: Rule = {
  id: 'narrative:operating-costs-public-use',
  category: 'narrative',
  severity: 'warning',
  zh: '机关运行经费等于一般公共预算基本支出情况表的公用经费（部门含其他事业单位时不超过公用经费；不符时提示）',
  en: 'Government operating costs equal the public-use expenses of the basic expenditure table (at most them when the department has other public institutions; a difference is a warning)',
  basis:
    '机关运行经费为行政单位（及参照公务员法管理事业单位）的公用经费；单位均为行政、参公单位时两者相等，含其他事业单位时前者不超过后者',
  evaluate: (d, ctx) => {
    const fact = statedFact(d, ctx);
    if (fact?.amount === undefined) return [];
    const targets = resolve(ctx, [['general-budget-basic', 'total', 'public-use']]);
    const found = compareWithTargets(fact, fact.amount, targets, ctx);
    if (!found || found.outcome !== 'fail') return found ? [found] : [];
    const others = d.overview.budgetUnits.institutional ?? 0;
    // found.difference = stated − 公用经费, in the stated unit.
    if (others > 0 && (found.difference ?? 0) < 0)
      return [
        {
          ...found,
          outcome: 'pass',
          note: `部门含事业单位 ${others} 家：机关运行经费只含行政、参公单位，低于公用经费合计${found.note ? `；${found.note}` : ''}`,
        },
      ];
    return [found];
  },
};
