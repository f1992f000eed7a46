// 收支总预算, 收入预算 and 支出预算 as the 情况说明 states them are the totals of 部门收支总体情况表
// (收入总计 = 支出总计); without that table, of 部门收入/支出总体情况表.
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { totalTargets } from './support/targets.js';
import { eachFinding } from './support/each.js';

export const totalAmount: Rule = {
  id: 'narrative:total-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述收支总预算、收入预算、支出预算等于部门收支总体情况表的收入总计、支出总计',
  en: 'The stated total budget, revenue budget and expenditure budget equal the totals of the revenue and expenditure overview table',
  basis: '情况说明所述数字与所说明的表格一致：收支总预算 = 部门收支总体情况表 收入总计 = 支出总计',
  evaluate: (d, ctx) =>
    eachFinding(ctx.factsOf('total'), (f): FindingDraft | undefined => {
      if (f.subject.kind !== 'total' || f.scope !== 'all' || f.amount === undefined)
        return undefined;
      return compareWithTargets(f, f.amount, totalTargets(ctx, f.subject.side, f.scope), ctx);
    }),
};
