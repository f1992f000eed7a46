// A change of a tenth or more is explained ("主要原因是…"). The rate is the stated one, or the one
// the amounts imply. A total whose parts carry their reasons (the "三公" items) is explained.
import type { Disclosure } from '../../../model/disclosure.js';
import type { CheckContext } from '../../context.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { statedChanges, type StatedChange } from './support/changes.js';
import { PASS } from '../../sums.js';
import { factLocation, inSameSection } from './support/where.js';

/** From this rate on a reader expects the reason for a change to be stated. */
const LARGE_CHANGE_PERCENT = 10;

function isTotal(f: NarrativeFact): boolean {
  return (
    f.subject.kind === 'total' || (f.subject.kind === 'three-public' && f.subject.item === 'total')
  );
}

/**
 * Whether a fact in f's section states a reason: searched for the few totals that need it, rather
 * than every reason's section label made and kept in a set for each document.
 */
function reasonInSection(facts: readonly NarrativeFact[], f: NarrativeFact): boolean {
  for (const g of facts) if (g.reason && inSameSection(g, f)) return true;
  return false;
}

/** The finding of one statement, or none. */
function findingOf(
  { fact: f, change, figures: fig }: StatedChange,
  ctx: CheckContext,
  d: Disclosure,
): FindingDraft | undefined {
  if (change.direction === 'unchanged') return undefined;
  let rate = change.percent;
  if (rate === undefined) {
    if (!fig || fig.change === 0) return undefined;
    rate = fig.lastYear <= 0 ? Infinity : (Math.abs(fig.change) / fig.lastYear) * 100;
  }
  if (rate < LARGE_CHANGE_PERCENT) return undefined;
  const ok = !!f.reason || (isTotal(f) && reasonInSection(d.narrative.facts, f));
  if (ok && !ctx.keepPasses) return PASS;
  const actual = Number.isFinite(rate) ? { actual: Number(rate.toFixed(2)) } : {};
  return { outcome: ok ? 'pass' : 'fail', location: factLocation(f), ...actual };
}

export const largeChangeReason: Rule = {
  id: 'narrative:large-change-reason',
  category: 'narrative',
  severity: 'warning',
  zh: '比上年增减 10% 及以上的，说明了主要原因',
  en: 'A change of 10% or more from last year states its main reason',
  basis: '情况说明对预算数的重大增减变化说明原因（公开表式要求）',
  evaluate: (d, ctx): FindingDraft[] => {
    // A loop, not a callback per item: the rules that walk facts share no call site.
    const out: FindingDraft[] = [];
    for (const item of statedChanges(d, ctx)) {
      const found = findingOf(item, ctx, d);
      if (found) out.push(found);
    }
    return out;
  },
};
