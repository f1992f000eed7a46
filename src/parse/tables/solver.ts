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
 * Σ sign × cell = 0 within rounding (one total (+1) and its parts (−1), anywhere in the table).
 * Most of a table's sums are row sums, one per column: they are kept as such (parent, children,
 * column count) and written out term by term only for a solve, into that solve's flat arrays
 * (`flat`), rather than as a list of terms per table that the solve then copied again.
 */
export class SumList {
  /** Sums, and terms over all of them. */
  count = 0;
  terms = 0;
  /** The highest row any term names (−1 with none). */
  maxRow = -1;
  // Runs of sums, in order: a row sum's parent, children and columns, or (columns −1) one sum's
  // terms, explicit…[from .. to).
  private readonly parents: number[] = [];
  private readonly childLists: (readonly number[])[] = [];
  private readonly columnCounts: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly explicitRow: number[] = [];
  private readonly explicitColumn: number[] = [];
  private readonly explicitSign: number[] = [];
  private closed = 0;

  /** A term of the sum being built; `close` ends the sum. */
  term(row: number, column: number, sign: 1 | -1): void {
    this.explicitRow.push(row);
    this.explicitColumn.push(column);
    this.explicitSign.push(sign);
    this.terms++;
    if (row > this.maxRow) this.maxRow = row;
  }

  close(): void {
    this.parents.push(-1);
    this.childLists.push(NO_ROWS);
    this.columnCounts.push(-1);
    this.from.push(this.closed);
    this.closed = this.explicitRow.length;
    this.to.push(this.closed);
    this.count++;
  }

  /** values[parent][c] = Σ values[child][c], one sum per column c (`children` is kept). */
  rowSums(parent: number, children: readonly number[], columns: number): void {
    if (columns <= 0) return;
    this.parents.push(parent);
    this.childLists.push(children);
    this.columnCounts.push(columns);
    this.from.push(0);
    this.to.push(0);
    this.count += columns;
    this.terms += columns * (1 + children.length);
    if (parent > this.maxRow) this.maxRow = parent;
    for (const row of children) if (row > this.maxRow) this.maxRow = row;
  }

  /** The sums term by term, in the current solve's arrays (valid until the next solve). */
  flat(): FlatSums {
    const [start, row, column, sign] = int32Arrays(
      this.count + 1,
      this.terms,
      this.terms,
      this.terms,
    );
    let c = 0;
    let t = 0;
    for (let run = 0; run < this.parents.length; run++) {
      const columns = this.columnCounts[run]!;
      if (columns < 0) {
        for (let i = this.from[run]!, end = this.to[run]!; i < end; i++, t++) {
          row[t] = this.explicitRow[i]!;
          column[t] = this.explicitColumn[i]!;
          sign[t] = this.explicitSign[i]!;
        }
        start[++c] = t;
        continue;
      }
      const parent = this.parents[run]!;
      const children = this.childLists[run]!;
      for (let col = 0; col < columns; col++) {
        row[t] = parent;
        column[t] = col;
        sign[t++] = 1;
        for (let k = 0; k < children.length; k++, t++) {
          row[t] = children[k]!;
          column[t] = col;
          sign[t] = -1;
        }
        start[++c] = t;
      }
    }
    return { count: this.count, start, row, column, sign, maxRow: this.maxRow };
  }
}

const NO_ROWS: readonly number[] = [];

/**
 * Sums as the solver reads them: sum c's terms are row/column/sign[t] for t in
 * start[c] .. start[c + 1].
 */
export interface FlatSums {
  readonly count: number;
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly column: Int32Array;
  readonly sign: Int32Array;
  /** The highest row any term names (−1 with none). */
  readonly maxRow: number;
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
  const flat = sums.flat();
  const alias = mergeEqualChains(rows, flat);
  const merging = alias.some((a, r) => a !== r);
  const rep = (r: number): number => alias[r] ?? r;
  const inner = solveRows(
    rows,
    mergedSums(flat, merging ? alias : undefined),
    merging ? fixed.map((f) => ({ ...f, row: rep(f.row) })) : fixed,
  );
  return {
    ...inner,
    kept: merging ? rows.map((_, r) => inner.kept[rep(r)] ?? []) : inner.kept,
  };
}

/**
 * The sums over each row's representative, without those that become x − x. The same sums when
 * nothing changes (most tables merge no row and have no trivial sum).
 */
function mergedSums(sums: FlatSums, alias: readonly number[] | undefined): FlatSums {
  const rep = (r: number): number => (alias ? (alias[r] ?? r) : r);
  let changes = false;
  for (let c = 0; c < sums.count && !changes; c++)
    changes = isTrivial(sums, c, rep) || (alias !== undefined && hasMergedRow(sums, c, alias));
  if (!changes) return sums;
  // Counted first, then written: the solve's arrays are handed out at their size.
  let count = 0;
  let terms = 0;
  for (let c = 0; c < sums.count; c++) {
    if (isTrivial(sums, c, rep)) continue;
    count++;
    terms += sums.start[c + 1]! - sums.start[c]!;
  }
  const [start, row, column, sign] = int32Arrays(count + 1, terms, terms, terms);
  let maxRow = -1;
  let out = 0;
  let t = 0;
  for (let c = 0; c < sums.count; c++) {
    if (isTrivial(sums, c, rep)) continue;
    for (let from = sums.start[c]!; from < sums.start[c + 1]!; from++, t++) {
      row[t] = rep(sums.row[from]!);
      column[t] = sums.column[from]!;
      sign[t] = sums.sign[from]!;
      if (row[t]! > maxRow) maxRow = row[t]!;
    }
    start[++out] = t;
  }
  return { count, start, row, column, sign, maxRow };
}

/** Each row's representative when parent = its only child and both print the same numbers. */
function mergeEqualChains(rows: readonly SolverRow[], sums: FlatSums): number[] {
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

function hasMergedRow(sums: FlatSums, c: number, alias: readonly number[]): boolean {
  for (let t = sums.start[c]!; t < sums.start[c + 1]!; t++) {
    const r = sums.row[t]!;
    if ((alias[r] ?? r) !== r) return true;
  }
  return false;
}

/** x − x = 0 (after merging). */
function isTrivial(sums: FlatSums, c: number, rep: (r: number) => number): boolean {
  const t = sums.start[c]!;
  return (
    sums.start[c + 1]! - t === 2 &&
    rep(sums.row[t]!) === rep(sums.row[t + 1]!) &&
    sums.column[t] === sums.column[t + 1] &&
    sums.sign[t] !== sums.sign[t + 1]
  );
}
