// The "三公"经费 and its items as stated are the 合计 column of the "三公"经费 table (each in its
// own unit: the table may be in 元 while the text says 万元).
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve } from './support/targets.js';

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.subject.kind !== 'three-public' || f.amount === undefined) return undefined;
  const targets = resolve(ctx, [['three-public', f.subject.item, 'total']]);
  return compareWithTargets(f, f.amount, targets, ctx);
}

export const threePublicAmount: Rule = {
  id: 'narrative:three-public-amount',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明所述“三公”经费及各项（因公出国（境）费、公务用车购置费、运行费、公务接待费）等于“三公”经费表',
  en: 'The stated "three public" expenses and each of their items equal the "three public" table',
  basis: '情况说明所述数字与所说明的表格一致：“三公”经费各项 = “三公”经费支出情况表合计',
  evaluate: (d, ctx) => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of ctx.factsOf('three-public')) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
