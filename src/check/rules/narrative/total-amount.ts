// 收支总预算, 收入预算 and 支出预算 as the 情况说明 states them are the totals of 部门收支总体情况表
// (收入总计 = 支出总计); without that table, of 部门收入/支出总体情况表.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { totalTargets } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'total' || f.scope !== 'all' || f.amount === undefined) return undefined;
  return compareWithTargets(f, f.amount, totalTargets(ctx, f.subject.side, f.scope), ctx);
}

export const totalAmount: Rule = {
  id: 'narrative:total-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述收支总预算、收入预算、支出预算等于部门收支总体情况表的收入总计、支出总计',
  en: 'The stated total budget, revenue budget and expenditure budget equal the totals of the revenue and expenditure overview table',
  basis: '情况说明所述数字与所说明的表格一致：收支总预算 = 部门收支总体情况表 收入总计 = 支出总计',
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
