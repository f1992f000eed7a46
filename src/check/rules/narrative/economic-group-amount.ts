// 人员经费 and 公用经费 (基本支出情况说明) are the columns of 一般公共预算基本支出情况表's total row.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'economic-group' || f.amount === undefined) return undefined;
  if (f.scope !== 'general-budget' && f.scope !== 'fiscal') return undefined;
  const targets = resolve(ctx, [['general-budget-basic', 'total', f.subject.group]]);
  return compareWithTargets(f, f.amount, targets, ctx);
}

export const economicGroupAmount: Rule = {
  id: 'narrative:economic-group-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述人员经费、公用经费等于一般公共预算基本支出情况表合计行的人员经费、公用经费',
  en: 'Stated personnel and public-use expenses equal the total row of the general public budget basic expenditure table',
  basis:
    '情况说明所述数字与所说明的表格一致：人员经费、公用经费 = 一般公共预算基本支出情况表合计行',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('economic-group')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
