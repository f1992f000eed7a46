// The solver's per-row arrays (see solver-state.ts): each candidate's cells, and the bounds of
// a row's cells over its domain.
import type { Cents } from '../../model/money.js';
import type { Placement } from './placement.js';
import type { SolverRow } from './solver.js';

export const UNKNOWN = Number.NaN;

/**
 * A row's cells from `at` on: cells[at + k * w + col], the cell candidate k gives (0 blank, NaN
 * unknown). The cells are blank (0) to begin with.
 */
export function writeCandidateCells(
  cells: Float64Array,
  at: number,
  row: SolverRow,
  w: number,
): void {
  if (row.relaxed) cells.fill(UNKNOWN, at, at + row.candidates.length * w);
  for (let k = 0; k < row.candidates.length; k++) {
    const cand = row.candidates[k]!;
    for (let i = 0; i < cand.length; i++)
      if (cand[i]! < w) cells[at + k * w + cand[i]!] = row.amounts[i] as Cents;
  }
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

/**
 * Where each row's bounds start in the flat bounds arrays (one entry per column of each
 * constrained row; none for the others), the total at the end; written into `out`.
 */
export function boundsOffsets(
  width: Int32Array,
  byRow: readonly (readonly number[])[],
  out: Int32Array,
): void {
  out[0] = 0;
  for (let r = 0; r < byRow.length; r++)
    out[r + 1] = out[r]! + (byRow[r]!.length === 0 ? 0 : width[r]!);
}

/**
 * Zeroed Int32Arrays of these lengths, views of one buffer: a typed array over 64 bytes is
 * allocated outside V8's heap, which for the solver's small arrays cost more than using them.
 */
export function int32Arrays<const L extends readonly number[]>(
  ...lengths: L
): { [K in keyof L]: Int32Array } {
  let total = 0;
  for (const length of lengths) total += length;
  const all = new Int32Array(total);
  const out: Int32Array[] = [];
  let at = 0;
  for (const length of lengths) {
    out.push(all.subarray(at, at + length));
    at += length;
  }
  return out as { [K in keyof L]: Int32Array };
}

/**
 * Each row's first domain, all its candidate indexes. Domains are replaced, never changed in
 * place, so rows with as many candidates share one array.
 */
export function firstDomains(rows: readonly SolverRow[]): number[][] {
  const bySize = new Map<number, number[]>();
  const out: number[][] = [];
  for (const row of rows) {
    const size = row.candidates.length;
    let dom = bySize.get(size);
    if (!dom) {
      dom = [];
      for (let k = 0; k < size; k++) dom.push(k);
      bySize.set(size, dom);
    }
    out.push(dom);
  }
  return out;
}
