// The solver's per-row arrays (see solver-state.ts): each candidate's cells, and the bounds of
// a row's cells over its domain.
import type { Cents } from '../../model/money.js';
import type { Placement } from './placement.js';
import type { SolverRow } from './solver.js';

export const UNKNOWN = Number.NaN;
export const NO_CELLS = new Float64Array(0);

/** cells[k * w + col]: the cell candidate k gives (0 blank, NaN unknown). */
export function candidateCells(row: SolverRow, w: number): Float64Array {
  const out = new Float64Array(row.candidates.length * w); // blank: 0
  if (row.relaxed) out.fill(UNKNOWN);
  row.candidates.forEach((cand, k) => {
    for (let i = 0; i < cand.length; i++)
      if (cand[i]! < w) out[k * w + cand[i]!] = row.amounts[i] as Cents;
  });
  return out;
}

export function sameRow(a: SolverRow, b: SolverRow): boolean {
  if (a.relaxed !== b.relaxed || a.amounts.length !== b.amounts.length) return false;
  for (let i = 0; i < a.amounts.length; i++) if (a.amounts[i] !== b.amounts[i]) return false;
  return true;
}

export function cellOfCandidate(row: SolverRow, k: number, column: number): Cents | undefined {
  const cand = row.candidates[k] as Placement;
  const i = cand.indexOf(column);
  if (i >= 0) return row.amounts[i] as Cents;
  return row.relaxed ? undefined : 0;
}

/** One array per constrained row, all views of one buffer (one allocation, not one per row). */
export function boundsArrays(
  width: Int32Array,
  byRow: readonly (readonly number[])[],
): Float64Array[] {
  let size = 0;
  for (let r = 0; r < byRow.length; r++) if (byRow[r]!.length) size += width[r]!;
  const all = new Float64Array(size);
  let at = 0;
  const out: Float64Array[] = [];
  for (let r = 0; r < byRow.length; r++) {
    if (byRow[r]!.length === 0) out.push(NO_CELLS);
    else {
      out.push(all.subarray(at, at + width[r]!));
      at += width[r]!;
    }
  }
  return out;
}
