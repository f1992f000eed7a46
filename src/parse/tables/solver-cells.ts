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
export function boundsOffsets(width: Int32Array, rowTermsAt: Int32Array, out: Int32Array): void {
  out[0] = 0;
  for (let r = 0; r + 1 < rowTermsAt.length; r++)
    out[r + 1] = out[r]! + (rowTermsAt[r + 1] === rowTermsAt[r] ? 0 : width[r]!);
}

/**
 * Typed arrays for one solve, handed out from buffers kept between solves: allocating a typed
 * array costs far more than zeroing one (a solve used about twenty). Views handed out stay valid
 * until `newSolve`; only one solve runs at a time (the solver never calls itself).
 */
class Arena<T extends Int32Array | Float64Array | Uint8Array> {
  private readonly make: (length: number) => T;
  private buffer: T;
  private used = 0;

  constructor(make: (length: number) => T) {
    this.make = make;
    this.buffer = make(1024);
  }

  /** A zeroed view of this length. */
  take(length: number): T {
    if (this.used + length > this.buffer.length) {
      // Views already handed out keep the old buffer.
      this.buffer = this.make(Math.max(2 * this.buffer.length, length));
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + length) as T;
    view.fill(0);
    this.used += length;
    return view;
  }

  reset(): void {
    this.used = 0;
  }
}

const INT32 = new Arena((length) => new Int32Array(length));
const FLOAT64 = new Arena((length) => new Float64Array(length));
const UINT8 = new Arena((length) => new Uint8Array(length));

/** Start a solve: the arrays of the previous one are no longer read. */
export function newSolve(): void {
  INT32.reset();
  FLOAT64.reset();
  UINT8.reset();
}

/** Zeroed Int32Arrays of these lengths, for the current solve. */
export function int32Arrays<const L extends readonly number[]>(
  ...lengths: L
): { [K in keyof L]: Int32Array } {
  const out: Int32Array[] = [];
  for (const length of lengths) out.push(INT32.take(length));
  return out as { [K in keyof L]: Int32Array };
}

/** A zeroed Float64Array for the current solve. */
export function float64Array(length: number): Float64Array {
  return FLOAT64.take(length);
}

/** A zeroed Uint8Array for the current solve. */
export function uint8Array(length: number): Uint8Array {
  return UINT8.take(length);
}

/**
 * Each row's first domain, all its candidate indexes. Domains are replaced, never changed in
 * place, so rows with as many candidates share one list (allIndexes).
 */
export function firstDomains(rows: readonly SolverRow[]): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  for (const row of rows) out.push(allIndexes(row.candidates.length));
  return out;
}

// Lists 0 … count − 1, kept for counts up to this (a row's candidates are at most 20,000).
const SHARED_INDEXES = 1_000;
const ALL_INDEXES: (readonly number[] | undefined)[] = [];

/** 0 … count − 1, shared (read only). */
export function allIndexes(count: number): readonly number[] {
  const known = ALL_INDEXES[count];
  if (known) return known;
  const list: number[] = [];
  for (let i = 0; i < count; i++) list.push(i);
  if (count <= SHARED_INDEXES) ALL_INDEXES[count] = list;
  return list;
}
