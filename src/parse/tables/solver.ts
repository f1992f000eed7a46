// Choose each row's placement so that the table's row arithmetic holds too: a parent row is the
// sum of its child rows in every column (类 = Σ款, total = Σ类, 收入 item = Σ its 其中 items),
// and cells fixed by other tables hold. A small constraint solver: bounds propagation, then for
// every remaining candidate a search for one solution that uses it (a candidate no solution uses
// is dropped). Rows left with one candidate are placed; the rest stay ambiguous.
import type { Cents } from '../../model/money.js';
import type { Placement } from './placement.js';
import { int32Arrays, newSolve, uint8Array } from './solver-cells.js';
import { root, solveRows } from './solver-search.js';

export interface SolverRow {
  readonly amounts: readonly Cents[];
  /** Candidate placements (column index per amount). */
  readonly candidates: readonly Placement[];
  /** Unplaced columns of a relaxed row are unknown, not blank. */
  readonly relaxed: boolean;
}

/**
 * Σ sign × cell = 0 within rounding (one total (+1) and its parts (−1), anywhere in the table),
 * as flat lists, the form the solver reads: sum c's terms are row/column/sign[t] for
 * t in start[c] .. start[c + 1]. A table's sums are many (a row sum per column) and each term an
 * object was most of making them; this is built once per table.
 */
export class SumList {
  readonly start: number[] = [0];
  readonly row: number[] = [];
  readonly column: number[] = [];
  readonly sign: (1 | -1)[] = [];

  get count(): number {
    return this.start.length - 1;
  }

  /** A term of the sum being built; `close` ends the sum. */
  term(row: number, column: number, sign: 1 | -1): void {
    this.row.push(row);
    this.column.push(column);
    this.sign.push(sign);
  }

  close(): void {
    this.start.push(this.row.length);
  }

  /** values[parent][c] = Σ values[child][c], one sum per column c. */
  rowSums(parent: number, children: readonly number[], columns: number): void {
    for (let column = 0; column < columns; column++) {
      this.term(parent, column, 1);
      for (const row of children) this.term(row, column, -1);
      this.close();
    }
  }
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
export function solveSums(
  rows: readonly SolverRow[],
  sums: SumList,
  fixed: readonly FixedCell[] = [],
): SolveResult {
  newSolve();
  const alias = mergeEqualChains(rows, sums);
  const merging = alias.some((a, r) => a !== r);
  const rep = (r: number): number => alias[r] ?? r;
  const inner = solveRows(
    rows,
    mergedSums(sums, merging ? alias : undefined),
    merging ? fixed.map((f) => ({ ...f, row: rep(f.row) })) : fixed,
  );
  return {
    ...inner,
    kept: merging ? rows.map((_, r) => inner.kept[rep(r)] ?? []) : inner.kept,
  };
}

/**
 * The sums over each row's representative, without those that become x − x. The same list when
 * nothing changes (most tables merge no row and have no trivial sum).
 */
function mergedSums(sums: SumList, alias: readonly number[] | undefined): SumList {
  const rep = (r: number): number => (alias ? (alias[r] ?? r) : r);
  let changes = false;
  for (let c = 0; c < sums.count && !changes; c++)
    changes = isTrivial(sums, c, rep) || (alias !== undefined && hasMergedRow(sums, c, alias));
  if (!changes) return sums;
  const out = new SumList();
  for (let c = 0; c < sums.count; c++) {
    if (isTrivial(sums, c, rep)) continue;
    for (let t = sums.start[c]!; t < sums.start[c + 1]!; t++)
      out.term(rep(sums.row[t]!), sums.column[t]!, sums.sign[t]!);
    out.close();
  }
  return out;
}

/** Each row's representative when parent = its only child and both print the same numbers. */
function mergeEqualChains(rows: readonly SolverRow[], sums: SumList): number[] {
  const alias = rows.map((_, i) => i);
  const { start, row, column, sign } = sums;
  // Pairs of rows are keyed by one number, lower row × span + higher row: small integers, which
  // a Map hashes without boxing (a fixed 2^26 made most keys heap numbers).
  let span = rows.length;
  for (let t = 0; t < row.length; t++) if (row[t]! >= span) span = row[t]! + 1;
  const pairCols = new Map<number, number>();
  for (let c = 0; c < sums.count; c++) {
    const a = start[c]!;
    if (start[c + 1]! - a !== 2) continue;
    const b = a + 1;
    if (sign[a] === sign[b] || column[a] !== column[b]) continue;
    const key = Math.min(row[a]!, row[b]!) * span + Math.max(row[a]!, row[b]!);
    pairCols.set(key, (pairCols.get(key) ?? 0) + 1);
  }
  if (pairCols.size === 0) return alias;
  // Columns each row has a term in (only the pairs' parents are asked about).
  const asked = uint8Array(rows.length);
  for (const key of pairCols.keys()) asked[Math.floor(key / span)] = 1;
  // Distinct columns counted by marks per (row, column): a Set per row cost more.
  let width = 0;
  for (let t = 0; t < column.length; t++) width = Math.max(width, column[t]! + 1);
  const marks = uint8Array(rows.length * width);
  const [columns] = int32Arrays(rows.length);
  for (let t = 0; t < row.length; t++) {
    const r = row[t]!;
    if (r >= rows.length || asked[r] === 0) continue;
    const at = r * width + column[t]!;
    if (marks[at] === 0) {
      marks[at] = 1;
      columns[r]!++;
    }
  }
  for (const [key, count] of pairCols) {
    const x = Math.floor(key / span);
    const y = key % span;
    const rx = rows[x]!;
    const ry = rows[y]!;
    if (count < columns[x]! || rx.relaxed || ry.relaxed) continue;
    if (!sameCandidates(rx, ry)) continue;
    alias[root(alias, y)] = root(alias, x);
  }
  return rows.map((_, i) => root(alias, i));
}

function sameCandidates(a: SolverRow, b: SolverRow): boolean {
  if (a.amounts.length !== b.amounts.length || a.candidates.length !== b.candidates.length)
    return false;
  if (a.amounts.some((v, i) => v !== b.amounts[i])) return false;
  if (a.candidates === b.candidates) return true; // rows with the same numbers share placements
  return a.candidates.every((c, i) => c.every((col, j) => col === b.candidates[i]![j]));
}

function hasMergedRow(sums: SumList, c: number, alias: readonly number[]): boolean {
  for (let t = sums.start[c]!; t < sums.start[c + 1]!; t++) {
    const r = sums.row[t]!;
    if ((alias[r] ?? r) !== r) return true;
  }
  return false;
}

/** x − x = 0 (after merging). */
function isTrivial(sums: SumList, c: number, rep: (r: number) => number): boolean {
  const t = sums.start[c]!;
  return (
    sums.start[c + 1]! - t === 2 &&
    rep(sums.row[t]!) === rep(sums.row[t + 1]!) &&
    sums.column[t] === sums.column[t + 1] &&
    sums.sign[t] !== sums.sign[t + 1]
  );
}
