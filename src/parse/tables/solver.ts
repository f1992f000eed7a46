// Choose each row's placement so that the table's row arithmetic holds too: a parent row is the
// sum of its child rows in every column (类 = Σ款, total = Σ类, 收入 item = Σ its 其中 items),
// and cells fixed by other tables hold. A small constraint solver: bounds propagation, then for
// every remaining candidate a search for one solution that uses it (a candidate no solution uses
// is dropped). Rows left with one candidate are placed; the rest stay ambiguous.
import type { Cents } from '../../model/money.js';
import type { Placement } from './placement.js';
import { solveRows } from './solver-search.js';

export interface SolverRow {
  readonly amounts: readonly Cents[];
  /** Candidate placements (column index per amount). */
  readonly candidates: readonly Placement[];
  /** Unplaced columns of a relaxed row are unknown, not blank. */
  readonly relaxed: boolean;
}

export interface Term {
  readonly row: number;
  /** Column index within the row's own block. */
  readonly column: number;
  readonly sign: 1 | -1;
}

/** Σ sign × cell = 0 within rounding: one total (+1) and its parts (−1), anywhere in the table. */
export interface LinearSum {
  readonly terms: readonly Term[];
}

/** values[parent][c] = Σ values[child][c] for each column c, as LinearSums. */
export function rowSums(parent: number, children: readonly number[], columns: number): LinearSum[] {
  const out: LinearSum[] = [];
  for (let column = 0; column < columns; column++) {
    const terms: Term[] = [{ row: parent, column, sign: 1 }];
    for (const row of children) terms.push({ row, column, sign: -1 });
    out.push({ terms });
  }
  return out;
}

/** A cell another table fixes (value), or bounds from above (max: 三公 of a budget ≤ its total). */
export interface FixedCell {
  readonly row: number;
  readonly column: number;
  readonly value?: Cents;
  readonly max?: Cents;
}

export { GROUP_BUDGET, SEARCH_BUDGET } from './solver-search.js';

export interface SolveResult {
  /** For each row, indexes into its candidates that some solution uses (or could not be ruled out). */
  readonly kept: readonly (readonly number[])[];
  /** False when a search ran out of budget or a group had no solution. */
  readonly exact: boolean;
  /** Rows of groups with no solution (the table's arithmetic fails whatever the placement). */
  readonly inconsistent: readonly number[];
}

/**
 * Solve, after merging rows that must be placed alike: a parent whose only child prints the same
 * numbers (a unit with one 类, a 类 with one 款…) is one variable, not a chain of equal ones.
 */
export function solve(
  rows: readonly SolverRow[],
  sums: readonly LinearSum[],
  fixed: readonly FixedCell[] = [],
): SolveResult {
  const alias = mergeEqualChains(rows, sums);
  const merging = alias.some((a, r) => a !== r);
  const rep = (r: number): number => alias[r] ?? r;
  const merged: LinearSum[] = [];
  for (const s of sums) {
    // Only sums with a merged row change (most keep their rows: a copy of each was garbage).
    const remap = merging && hasMergedRow(s.terms, alias);
    const terms = remap
      ? s.terms.map((t) => ({ row: rep(t.row), column: t.column, sign: t.sign }))
      : s.terms;
    if (!isTrivial(terms)) merged.push(remap ? { terms } : s);
  }
  const inner = solveRows(
    rows,
    merged,
    merging ? fixed.map((f) => ({ ...f, row: rep(f.row) })) : fixed,
  );
  return {
    ...inner,
    kept: merging ? rows.map((_, r) => inner.kept[rep(r)] ?? []) : inner.kept,
  };
}

// Pairs of rows are keyed by one number: lower row × PAIR_KEY + higher row (rows < 2^26).
const PAIR_KEY = 2 ** 26;

/** Each row's representative when parent = its only child and both print the same numbers. */
function mergeEqualChains(rows: readonly SolverRow[], sums: readonly LinearSum[]): number[] {
  const alias = rows.map((_, i) => i);
  const find = (x: number): number => {
    while (alias[x] !== x) x = alias[x] = alias[alias[x]!]!;
    return x;
  };
  const pairCols = new Map<number, number>();
  for (const s of sums) {
    if (s.terms.length !== 2) continue;
    const a = s.terms[0]!;
    const b = s.terms[1]!;
    if (a.sign === b.sign || a.column !== b.column) continue;
    const key = Math.min(a.row, b.row) * PAIR_KEY + Math.max(a.row, b.row);
    pairCols.set(key, (pairCols.get(key) ?? 0) + 1);
  }
  if (pairCols.size === 0) return alias;
  // Columns each row has a term in (only the pairs' parents are asked about).
  const asked = new Uint8Array(rows.length);
  for (const key of pairCols.keys()) asked[Math.floor(key / PAIR_KEY)] = 1;
  const columns: (Set<number> | undefined)[] = [];
  for (const s of sums)
    for (const t of s.terms) {
      if (t.row >= rows.length || asked[t.row] === 0) continue;
      (columns[t.row] ??= new Set<number>()).add(t.column);
    }
  for (const [key, count] of pairCols) {
    const x = Math.floor(key / PAIR_KEY);
    const y = key % PAIR_KEY;
    const rx = rows[x]!;
    const ry = rows[y]!;
    if (count < columns[x]!.size || rx.relaxed || ry.relaxed) continue;
    if (!sameCandidates(rx, ry)) continue;
    alias[find(y)] = find(x);
  }
  return rows.map((_, i) => find(i));
}

function sameCandidates(a: SolverRow, b: SolverRow): boolean {
  if (a.amounts.length !== b.amounts.length || a.candidates.length !== b.candidates.length)
    return false;
  if (a.amounts.some((v, i) => v !== b.amounts[i])) return false;
  if (a.candidates === b.candidates) return true; // rows with the same numbers share placements
  return a.candidates.every((c, i) => c.every((col, j) => col === b.candidates[i]![j]));
}

function hasMergedRow(terms: readonly Term[], alias: readonly number[]): boolean {
  for (const t of terms) if ((alias[t.row] ?? t.row) !== t.row) return true;
  return false;
}

/** x − x = 0 after merging. */
function isTrivial(terms: readonly Term[]): boolean {
  return (
    terms.length === 2 &&
    terms[0]!.row === terms[1]!.row &&
    terms[0]!.column === terms[1]!.column &&
    terms[0]!.sign !== terms[1]!.sign
  );
}
