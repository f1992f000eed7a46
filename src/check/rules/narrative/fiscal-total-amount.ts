// 财政拨款收支总预算 as stated is the total of 财政拨款收支总体情况表.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { totalTargets } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'total' || f.scope !== 'fiscal' || f.amount === undefined)
    return undefined;
  return compareWithTargets(f, f.amount, totalTargets(ctx, f.subject.side, f.scope), ctx);
}

export const fiscalTotalAmount: Rule = {
  id: 'narrative:fiscal-total-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述财政拨款收支总预算等于财政拨款收支总体情况表的收入总计（支出总计）',
  en: 'The stated total of fiscal appropriations equals the total of the fiscal appropriations overview table',
  basis: '情况说明所述数字与所说明的表格一致：财政拨款收支总预算 = 财政拨款收支总体情况表 总计',
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
