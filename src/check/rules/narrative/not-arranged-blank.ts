// "政府性基金预算未安排": what the 情况说明 says is not arranged has no amount in the tables.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareWithTargets } from './support/compare.js';
import { resolve, revenueTargets, totalTargets, type Target } from './support/targets.js';

function targetsOf(f: NarrativeFact, ctx: CheckContext): readonly Target[] {
  const s = f.subject;
  switch (s.kind) {
    case 'revenue':
      return revenueTargets(ctx, s.source, f.scope, false);
    case 'total':
      return totalTargets(ctx, s.side, f.scope);
    case 'three-public':
      return resolve(ctx, [['three-public', s.item, 'total']]);
    case 'expenditure':
      return f.scope === 'general-budget'
        ? resolve(ctx, [['general-budget', 'total', s.type]])
        : resolve(ctx, [['expenditure', 'total', s.type]]);
    default:
      return [];
  }
}

/** The finding of one statement, or none. */
function findingOf(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (!f.notArranged || f.amount !== undefined) return undefined;
  return compareWithTargets(f, 0, targetsOf(f, ctx), ctx);
}

export const notArrangedBlank: Rule = {
  id: 'narrative:not-arranged-blank',
  category: 'narrative',
  severity: 'error',
  zh: '情况说明称“未安排”的收入或支出，在表中金额为零',
  en: 'What the narrative states as not arranged has no amount in the tables',
  basis: '情况说明与所说明的表格一致：称未安排者，表中对应数为 0 或空',
  evaluate: (d, ctx): FindingDraft[] => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const f of d.narrative.facts) {
      const found = findingOf(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
