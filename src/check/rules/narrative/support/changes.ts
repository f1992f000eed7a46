// The year-on-year change of a fact: this year's amount (stated in the fact, or in the statement
// of the same money it comments on), the change signed, and last year's amount they imply.
import type { FindingLocation } from '../../../../model/finding.js';
import {
  roundingToleranceCents,
  toCents,
  type AmountUnit,
  type Cents,
} from '../../../../model/money.js';
import type { Change, NarrativeFact } from '../../../../model/narrative.js';
import type { Disclosure } from '../../../../model/disclosure.js';
import type { CheckContext } from '../../../context.js';
import type { FindingDraft } from '../../../rule.js';
import { compareCents } from '../../../sums.js';
import { sameMoney } from './same-money.js';

/** This year's amount in cents of the fact's unit: stated, 0 when 未安排, or from a sibling fact. */
export function thisYearCents(f: NarrativeFact, ctx: CheckContext): Cents | undefined {
  if (f.amount !== undefined) return toCents(f.amount);
  if (f.notArranged) return 0;
  // "三公经费比上年增加…" comments on the figure stated before it: prefer one in the same section.
  // The facts stating the same money (sameMoney), found among the facts of the kind (the same
  // money is of one kind): an index of every fact's money would be built for these few alone.
  let found: NarrativeFact | undefined;
  for (const g of ctx.factsOf(f.subject.kind)) {
    if (g.amount === undefined || g.unit !== f.unit || !sameMoney(f, g)) continue;
    if (g.section === f.section && g.parent === f.parent) return toCents(g.amount);
    found ??= g;
  }
  return found?.amount === undefined ? undefined : toCents(found.amount);
}

/** The change in cents, signed by its direction; undefined when no amount is stated. */
export function signedChangeCents(f: NarrativeFact): Cents | undefined {
  const c = f.change;
  if (!c) return undefined;
  if (c.amount === undefined) return c.direction === 'unchanged' ? 0 : undefined;
  const cents = toCents(c.amount);
  return c.direction === 'decrease' ? -cents : c.direction === 'increase' ? cents : 0;
}

export interface ChangeFigures {
  readonly thisYear: Cents;
  /** Signed. */
  readonly change: Cents;
  readonly lastYear: Cents;
}

function changeFigures(f: NarrativeFact, ctx: CheckContext): ChangeFigures | undefined {
  const change = signedChangeCents(f);
  if (change === undefined) return undefined;
  const thisYear = thisYearCents(f, ctx);
  if (thisYear === undefined) return undefined;
  return { thisYear, change, lastYear: thisYear - change };
}

/** A fact that states a change, with the figures it implies (undefined without the amounts). */
export interface StatedChange {
  readonly fact: NarrativeFact;
  readonly change: Change;
  readonly figures: ChangeFigures | undefined;
}

/**
 * The facts that state a change, in document order, with their figures: made once per document,
 * as four rules read the figures of the same facts and the others' facts are of no interest.
 */
export function statedChanges(d: Disclosure, ctx: CheckContext): readonly StatedChange[] {
  return ctx.memo('narrative:stated-changes', () => {
    const out: StatedChange[] = [];
    for (const fact of d.narrative.facts) {
      const change = fact.change;
      if (change) out.push({ fact, change, figures: changeFigures(fact, ctx) });
    }
    return out;
  });
}

/**
 * A stated change against the sum of other stated changes, `parts` printed figures in all: within
 * their rounding is `rounding`. Unlike a blank table cell, a change printed 0.00 is rounded too.
 */
export function compareChanges(
  actual: Cents,
  expected: Cents,
  parts: number,
  unit: AmountUnit,
  location: FindingLocation,
  note?: string,
): FindingDraft {
  const found = compareCents(actual, expected, parts, unit, location, note);
  const diff = Math.abs(actual - expected);
  if (actual === 0 && diff > 0 && diff <= roundingToleranceCents(parts))
    return { ...found, outcome: 'rounding' };
  return found;
}
