// 一般公共预算拨款合计 (当年拨款情况说明) is the total row of 一般公共预算支出情况表.
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { totalTargets } from './support/targets.js';
import { eachFinding } from './support/each.js';

export const generalBudgetTotalAmount: Rule = {
  id: 'narrative:general-budget-total-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述一般公共预算拨款合计等于一般公共预算支出情况表的合计',
  en: 'The stated total of general public budget appropriations equals the total of the general public budget expenditure table',
  basis: '情况说明所述数字与所说明的表格一致：一般公共预算拨款合计 = 一般公共预算支出情况表 合计',
  evaluate: (d, ctx) =>
    eachFinding(ctx.factsOf('total'), (f): FindingDraft | undefined => {
      if (f.subject.kind !== 'total' || f.scope !== 'general-budget' || f.amount === undefined)
        return undefined;
      return compareWithTargets(f, f.amount, totalTargets(ctx, f.subject.side, f.scope), ctx);
    }),
};
