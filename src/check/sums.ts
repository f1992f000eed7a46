// The one comparison every arithmetic rule makes: a printed total against the sum of its printed
// parts, where a difference no larger than the parts' rounding is `rounding`, not an error.
import { fromCents, roundingToleranceCents, type AmountUnit, type Cents } from '../model/money.js';
import type { Cell, CheckContext } from './context.js';
import type { FindingDraft } from './rule.js';

export function compareSum(
  total: Cell,
  parts: readonly Cell[],
  unit: AmountUnit,
  location: FindingDraft['location'],
  note?: string,
): FindingDraft {
  if (!total.known || parts.some((p) => !p.known)) {
    const draft: FindingDraft = { outcome: 'insufficient_data', location, unit };
    if (note) draft.note = note;
    return draft;
  }
  const sum = parts.reduce((s, p) => s + (p.known ? p.cents : 0), 0);
  const nonzero = parts.reduce((n, p) => n + (p.known && p.cents !== 0 ? (p.parts ?? 1) : 0), 0);
  return compareCents(total.cents, sum, nonzero, unit, location, note);
}

/** actual (printed) against expected (computed from `parts` printed numbers). */
export function compareCents(
  actual: Cents,
  expected: Cents,
  parts: number,
  unit: AmountUnit,
  location: FindingDraft['location'],
  note?: string,
): FindingDraft {
  const diff = actual - expected;
  // A blank total admits no rounding: printed parts of at least 0.005 each would show.
  const tolerance = actual === 0 ? 0 : roundingToleranceCents(parts);
  const outcome = diff === 0 ? 'pass' : Math.abs(diff) <= tolerance ? 'rounding' : 'fail';
  const draft: FindingDraft = {
    outcome,
    location,
    expected: fromCents(expected),
    actual: fromCents(actual),
    difference: fromCents(diff),
    unit,
  };
  // Set after the fixed fields (not spread in): the same field order without a temporary object.
  if (note) draft.note = note;
  return draft;
}

/** actual (printed) at most `bound`, allowing `slack` cents of rounding. */
export function compareAtMost(
  actual: Cents,
  bound: Cents,
  slack: Cents,
  unit: AmountUnit,
  location: FindingDraft['location'],
  note: string,
): FindingDraft {
  return {
    outcome: actual <= bound + slack ? 'pass' : 'fail',
    location,
    expected: fromCents(bound),
    actual: fromCents(actual),
    difference: fromCents(actual - bound),
    unit,
    note,
  };
}

/** Every cell known and blank: nothing to compare. */
export function allBlank(cells: readonly Cell[]): boolean {
  return cells.every((c) => c.known && c.cents === 0);
}

/** The draft of a pass whose location nobody keeps (see CheckContext.keepPasses). */
export const PASS: FindingDraft = Object.freeze({ outcome: 'pass', location: Object.freeze({}) });

/**
 * compareSum with the location and note made only when they are kept: most comparisons pass,
 * and naming their row and column is most of a derived rule's cost.
 */
export function compareSumAt(
  ctx: CheckContext,
  total: Cell,
  parts: readonly Cell[],
  unit: AmountUnit,
  location: () => FindingDraft['location'],
): FindingDraft {
  if (!ctx.keepPasses && total.known && parts.every((p) => p.known)) {
    let sum = 0;
    for (const p of parts) if (p.known) sum += p.cents;
    if (sum === total.cents) return PASS;
  }
  return compareSum(total, parts, unit, location());
}
