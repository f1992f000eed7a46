// 比上年增加 x，增长 y%: y is x over last year's amount, and last year = this year − x (for an
// increase; + x for a decrease). Compared at the printed precision; the three printed amounts'
// rounding is allowed for. A zero or negative last year is for change-percent-zero-base and
// change-exceeds-amount.
import type { CheckContext } from '../../context.js';
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { statedChanges, type StatedChange } from './support/changes.js';
import { PASS } from '../../sums.js';
import { changeDecimals, changeRatio, comparePercent, percentPasses } from './support/percent.js';
import { factLocation } from './support/where.js';

/** The finding of one statement, or none. */
function findingOf(
  { fact: f, change, figures: fig }: StatedChange,
  ctx: CheckContext,
): FindingDraft | undefined {
  const percent = change.percent;
  if (percent === undefined) return undefined;
  if (change.amount === undefined && change.direction !== 'unchanged') return undefined;
  if (!fig) return { outcome: 'insufficient_data', location: factLocation(f) };
  if (fig.lastYear <= 0) return undefined;
  const ratio = changeRatio(Math.abs(fig.change), fig.lastYear);
  if (!ratio) return undefined;
  const decimals = changeDecimals(f);
  if (!ctx.keepPasses && percentPasses(percent, decimals, ratio)) return PASS;
  const note = `上年数 ${fromCents(fig.lastYear)}`;
  return comparePercent(percent, decimals, ratio, factLocation(f), note);
}

export const changePercentMatches: Rule = {
  id: 'narrative:change-percent-matches',
  category: 'narrative',
  severity: 'error',
  zh: '增减率等于增减额除以上年数（上年数 = 本年数 − 增加额，或 + 减少额），按所印精度四舍五入',
  en: 'A stated rate of change equals the change over last year’s amount (this year minus the change), at the printed precision',
  basis: '增长率 = 增加额 ÷（本年数 − 增加额）；下降率 = 减少额 ÷（本年数 + 减少额）',
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
