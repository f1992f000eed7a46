// 一般公共预算拨款合计 (当年拨款情况说明) is the total row of 一般公共预算支出情况表.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { totalTargets } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'total' || f.scope !== 'general-budget' || f.amount === undefined)
    return undefined;
  return compareWithTargets(f, f.amount, totalTargets(ctx, f.subject.side, f.scope), ctx);
}

export const generalBudgetTotalAmount: Rule = {
  id: 'narrative:general-budget-total-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述一般公共预算拨款合计等于一般公共预算支出情况表的合计',
  en: 'The stated total of general public budget appropriations equals the total of the general public budget expenditure table',
  basis: '情况说明所述数字与所说明的表格一致：一般公共预算拨款合计 = 一般公共预算支出情况表 合计',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('total')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
