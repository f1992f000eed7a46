// A 功能分类 类 as stated (一般公共服务支出（类）10,790.77万元) is its row of the table of its
// scope: 一般公共预算支出情况表 for the 一般公共预算, 部门支出总体情况表 for all funds.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { functionAmountFinding } from './support/function-amount.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'function' || f.subject.level !== '类' || f.amount === undefined)
    return undefined;
  return functionAmountFinding(f, f.subject, f.amount, ctx, '表中无此类');
}

export const functionClassAmount: Rule = {
  id: 'narrative:function-class-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各类（功能分类）支出等于支出表中该类的合计',
  en: 'Each stated expenditure class (functional classification) equals its row in the expenditure table of its scope',
  basis:
    '情况说明所述数字与所说明的表格一致：某类支出 = 一般公共预算支出情况表（或支出总体情况表）该类合计',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('function')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
