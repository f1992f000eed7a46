// An increase cannot exceed this year's amount: last year would be negative. The usual slip is a
// line cut to 0 stated as "增加 x，增长100%" where it fell by x (下降100%).
import type { CheckContext } from '../../context.js';
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { statedChanges, type StatedChange } from './support/changes.js';
import { PASS } from '../../sums.js';
import { factLocation } from './support/where.js';

/** The finding of one statement, or none. */
function findingOf(
  { fact: f, change, figures: fig }: StatedChange,
  ctx: CheckContext,
): FindingDraft | undefined {
  if (change.direction !== 'increase' || change.amount === undefined || !fig) return undefined;
  if (fig.lastYear >= 0 && !ctx.keepPasses) return PASS;
  const location = factLocation(f);
  const note = `本年数 ${fromCents(fig.thisYear)}，增加额 ${fromCents(fig.change)}`;
  if (fig.lastYear >= 0) return { outcome: 'pass', location };
  return {
    outcome: 'fail',
    location,
    expected: fromCents(fig.thisYear),
    actual: fromCents(fig.change),
    difference: fromCents(fig.change - fig.thisYear),
    unit: f.unit,
    expectedText: 'decrease',
    actualText: 'increase',
    note,
  };
}

export const changeExceedsAmount: Rule = {
  id: 'narrative:change-exceeds-amount',
  category: 'narrative',
  severity: 'error',
  zh: '增加额不超过本年数（否则上年数为负，通常应为“减少”“下降”）',
  en: 'An increase does not exceed this year’s amount (else last year would be negative; usually a decrease was meant)',
  basis: '上年数 = 本年数 − 增加额 ≥ 0',
  evaluate: (d, ctx): FindingDraft[] => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const item of statedChanges(d, ctx)) {
      const found = findingOf(item, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
