// A 功能分类 款 or 项 as stated (行政运行（项）：2025年预算数为 4,773.88万元) is its row of the table
// of its scope, found by code or by the 类/款/项 names printed. A line stated with 0 this year
// that the table does not print is last year's line (its change is explained): not an error.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { functionAmountFinding } from './support/function-amount.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'function' || f.subject.level === '类' || f.amount === undefined)
    return undefined;
  return functionAmountFinding(f, f.subject, f.amount, ctx, '表中无此行');
}

export const functionLineAmount: Rule = {
  id: 'narrative:function-line-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述各款、项支出等于支出表中该款、项的合计',
  en: 'Each stated expenditure line (款 or 项) equals its row in the expenditure table of its scope',
  basis: '情况说明所述数字与所说明的表格一致：某项支出 = 一般公共预算支出情况表该项合计',
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
