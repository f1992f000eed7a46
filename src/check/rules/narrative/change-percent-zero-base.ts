// An increase from nothing has no rate: when last year (this year − the increase) is 0, "增长
// 100%" or any other percentage is wrong; the text should say the money is new. (Both years 0
// with "增长 0.00%" is the template's way of saying nothing changed: not a fault.)
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { statedChanges, type StatedChange } from './support/changes.js';
import { factLocation } from './support/where.js';

/** The finding of one statement, or none. */
function findingOf({ fact: f, change, figures: fig }: StatedChange): FindingDraft | undefined {
  const percent = change.percent;
  if (percent === undefined || change.amount === undefined) return undefined;
  if (!fig || fig.lastYear !== 0 || fig.change === 0) return undefined;
  return {
    outcome: 'fail',
    location: factLocation(f),
    actual: percent,
    note: `上年数 ${fromCents(fig.lastYear)}，本年数 ${fromCents(fig.thisYear)}`,
  };
}

export const changePercentZeroBase: Rule = {
  id: 'narrative:change-percent-zero-base',
  category: 'narrative',
  severity: 'error',
  zh: '上年数为零时不应表述增长率（如“增长100%”）',
  en: 'No rate of change is stated when last year’s amount is zero (e.g. "增长100%" for new money)',
  basis: '增长率以上年数为分母；上年数为零时增长率无定义',
  evaluate: (d, ctx): FindingDraft[] => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const item of statedChanges(d, ctx)) {
      const found = findingOf(item);
      if (found) out.push(found);
    }
    return out;
  },
};
