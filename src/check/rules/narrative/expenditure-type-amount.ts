// 基本支出 and 项目支出 as stated: of all funds (支出预算情况说明) the total row of 部门支出总体情况表;
// of the 一般公共预算 (当年拨款情况说明, 基本支出情况说明) the total row of 一般公共预算支出情况表.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'expenditure' || f.amount === undefined) return undefined;
  const kind =
    f.scope === 'all' ? 'expenditure' : f.scope === 'general-budget' ? 'general-budget' : null;
  if (!kind) return undefined;
  const targets = resolve(ctx, [[kind, 'total', f.subject.type]]);
  return compareWithTargets(f, f.amount, targets, ctx);
}

export const expenditureTypeAmount: Rule = {
  id: 'narrative:expenditure-type-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述基本支出、项目支出等于支出总体情况表（一般公共预算口径：一般公共预算支出情况表）的合计行',
  en: 'Stated basic and project expenditure equal the total row of the expenditure table (general public budget scope: of the general public budget expenditure table)',
  basis:
    '情况说明所述数字与所说明的表格一致：基本支出、项目支出 = 支出表合计行的基本支出、项目支出',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('expenditure')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
