// 机关运行经费 is the 公用经费 of the administrative units (and the 事业单位 run as such); for a
// department made only of them it equals 一般公共预算基本支出情况表's 公用经费, otherwise it may
// differ: a warning, never an error.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

export const operatingCostsPublicUse: Rule = {
  id: 'narrative:operating-costs-public-use',
  category: 'narrative',
  severity: 'warning',
  zh: '机关运行经费等于一般公共预算基本支出情况表的公用经费（行政单位通常相等，不等时提示）',
  en: 'Government operating costs equal the public-use expenses of the basic expenditure table (usual for administrative units; a difference is a warning)',
  basis: '机关运行经费为行政单位（及参照管理事业单位）的公用经费；单位均为行政单位时两者相等',
  evaluate: (d, ctx) => {
    const fact: NarrativeFact | undefined =
      d.narrative.facts.find(
        (f) => f.subject.kind === 'operating-costs' && f.amount !== undefined,
      ) ??
      (d.operatingCosts?.amount === undefined
        ? undefined
        : {
            section: '',
            subject: { kind: 'operating-costs' },
            scope: 'fiscal',
            unit: d.operatingCosts.unit,
            amount: d.operatingCosts.amount,
            text: d.operatingCosts.text,
            ...(d.operatingCosts.at ? { at: d.operatingCosts.at } : {}),
          });
    if (fact?.amount === undefined) return [];
    const targets = resolve(ctx, [['general-budget-basic', 'total', 'public-use']]);
    const found = compareWithTargets(fact, fact.amount, targets, ctx);
    return found ? [found] : [];
  },
};
