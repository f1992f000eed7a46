// A stated amount against the cells it may restate (several when the template names one money in
// two ways): it agrees when it equals any of them; otherwise it is compared with the first.
import type { NarrativeFact } from '../../../../model/narrative.js';
import type { CheckContext } from '../../../context.js';
import type { FindingDraft } from '../../../rule.js';
import { PASS } from '../../../sums.js';
import { toCents } from '../../../../model/money.js';
import type { Target } from './targets.js';
import { compareStated, statedEquals } from './units.js';
import { cellLocation } from './where.js';

export function compareWithTargets(
  f: NarrativeFact,
  amount: number,
  targets: readonly Target[],
  ctx: CheckContext,
  note?: string,
): FindingDraft | undefined {
  const first = targets[0];
  if (!first) return undefined;
  let firstFinding: FindingDraft | undefined;
  let unknown = false;
  for (const t of targets) {
    const cell = ctx.cell(t.row, t.column);
    if (!cell.known) {
      unknown = true;
      continue;
    }
    // A pass nobody keeps needs no location (see CheckContext.keepPasses).
    if (!ctx.keepPasses && statedEquals(toCents(amount), f.unit, cell.cents, t.table.unit))
      return PASS;
    const loc = cellLocation(f, t.table, t.row, t.column);
    const finding = compareStated(amount, f.unit, cell.cents, t.table.unit, loc, note);
    if (finding.outcome === 'pass') return finding;
    if (t === first) firstFinding = finding;
    else firstFinding ??= finding;
  }
  if (unknown || !firstFinding)
    return {
      outcome: 'insufficient_data',
      location: cellLocation(f, first.table, first.row, first.column),
      unit: f.unit,
      ...(note ? { note } : {}),
    };
  return firstFinding;
}
