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
  /** The highest row any term names (−1 with none). */
  maxRow = -1;
  // Runs of sums, in order: a row sum's parent, children and columns, or (columns −1) one sum's
  // terms, explicit…[from .. to).
  readonly parents: number[] = [];
  readonly childLists: (readonly number[])[] = [];
  readonly columnCounts: number[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly explicitRow: number[] = [];
  readonly explicitColumn: number[] = [];
  readonly explicitSign: number[] = [];
  private closed = 0;

  /** A term of the sum being built; `close` ends the sum. */
  term(row: number, column: number, sign: 1 | -1): void {
    this.explicitRow.push(row);
    this.explicitColumn.push(column);
    this.explicitSign.push(sign);
    if (row > this.maxRow) this.maxRow = row;
  }

  close(): void {
    this.parents.push(-1);
    this.childLists.push(NO_ROWS);
    this.columnCounts.push(-1);
    this.from.push(this.closed);
    this.closed = this.explicitRow.length;
    this.to.push(this.closed);
  }

  /** values[parent][c] = Σ values[child][c], one sum per column c (`children` is kept). */
  rowSums(parent: number, children: readonly number[], columns: number): void {
    if (columns <= 0) return;
    this.parents.push(parent);
    this.childLists.push(children);
    this.columnCounts.push(columns);
    this.from.push(0);
    this.to.push(0);
    if (parent > this.maxRow) this.maxRow = parent;
    for (const row of children) if (row > this.maxRow) this.maxRow = row;
  }

  /**
   * The sums term by term over each row's representative (`alias[row]`, the row itself when
   * not given), without those that become x − x, in the current solve's arrays (valid until the
   * next solve). Counted first, then written: the arrays are handed out at their size.
   */
  flat(alias?: readonly number[]): FlatSums {
    let count = 0;
    let terms = 0;
    for (let run = 0; run < this.parents.length; run++) {
      if (this.isTrivialRun(run, alias)) continue;
      const columns = this.columnCounts[run]!;
      if (columns < 0) {
        count++;
        terms += this.to[run]! - this.from[run]!;
      } else {
        count += columns;
        terms += columns * (1 + this.childLists[run]!.length);
      }
    }
    const [start, row, column, sign] = int32Arrays(count + 1, terms, terms, terms);
    let maxRow = -1;
    let c = 0;
    let t = 0;
    for (let run = 0; run < this.parents.length; run++) {
      if (this.isTrivialRun(run, alias)) continue;
      const columns = this.columnCounts[run]!;
      if (columns < 0) {
        for (let i = this.from[run]!, end = this.to[run]!; i < end; i++, t++) {
          row[t] = repOf(alias, this.explicitRow[i]!);
          column[t] = this.explicitColumn[i]!;
          sign[t] = this.explicitSign[i]!;
          if (row[t]! > maxRow) maxRow = row[t]!;
        }
        start[++c] = t;
        continue;
      }
      const parent = repOf(alias, this.parents[run]!);
      const children = this.childLists[run]!;
      if (parent > maxRow) maxRow = parent;
      for (let col = 0; col < columns; col++) {
        row[t] = parent;
        column[t] = col;
        sign[t++] = 1;
        for (let k = 0; k < children.length; k++, t++) {
          row[t] = repOf(alias, children[k]!);
          if (row[t]! > maxRow) maxRow = row[t]!;
          column[t] = col;
          sign[t] = -1;
        }
        start[++c] = t;
      }
    }
    return { count, start, row, column, sign, maxRow };
  }

  /**
   * Every sum of the run is x − x over representatives: a row sum of one child merged with its
   * parent (in every column), or an explicit sum of two terms, one row, one column, both signs.
   */
  private isTrivialRun(run: number, alias: readonly number[] | undefined): boolean {
    if (this.columnCounts[run]! >= 0) {
      const children = this.childLists[run]!;
      return (
        children.length === 1 && repOf(alias, this.parents[run]!) === repOf(alias, children[0]!)
      );
    }
    const a = this.from[run]!;
    return (
      this.to[run]! - a === 2 &&
      repOf(alias, this.explicitRow[a]!) === repOf(alias, this.explicitRow[a + 1]!) &&
      this.explicitColumn[a] === this.explicitColumn[a + 1] &&
      this.explicitSign[a] !== this.explicitSign[a + 1]
    );
  }
}

const NO_ROWS: readonly number[] = [];

/** A row's representative (the row itself with no alias, or beyond the alias's rows). */
function repOf(alias: readonly number[] | undefined, r: number): number {
  return alias ? (alias[r] ?? r) : r;
}

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
  const alias = mergeEqualChains(rows, sums);
  const merging = alias.some((a, r) => a !== r);
  const rep = (r: number): number => alias[r] ?? r;
  const inner = solveRows(
    rows,
    sums.flat(merging ? alias : undefined),
    merging ? fixed.map((f) => ({ ...f, row: rep(f.row) })) : fixed,
  );
  return {
    ...inner,
    kept: merging ? rows.map((_, r) => inner.kept[rep(r)] ?? []) : inner.kept,
  };
}

/**
 * Each row's representative when parent = its only child and both print the same numbers: the
 * pairs are read from the list's runs (a row sum of one child is such a pair in each of its
 * columns), not from its sums term by term.
 */
function mergeEqualChains(rows: readonly SolverRow[], sums: SumList): number[] {
  const alias = rows.map((_, i) => i);
  // Pairs of rows are keyed by one number, lower row × span + higher row: small integers, which
  // a Map hashes without boxing (a fixed 2^26 made most keys heap numbers). Keys are set in the
  // order of the sums that first name them (the union below depends on that order).
  const span = Math.max(rows.length, sums.maxRow + 1);
  const pairCols = new Map<number, number>();
  const { parents, childLists, columnCounts, from, to, explicitRow, explicitColumn, explicitSign } =
    sums;
  for (let run = 0; run < parents.length; run++) {
    const columns = columnCounts[run]!;
    let x: number;
    let y: number;
    if (columns >= 0) {
      if (childLists[run]!.length !== 1) continue;
      x = parents[run]!;
      y = childLists[run]![0]!;
    } else {
      const a = from[run]!;
      const b = a + 1;
      if (to[run]! - a !== 2) continue;
      if (explicitSign[a] === explicitSign[b] || explicitColumn[a] !== explicitColumn[b]) continue;
      x = explicitRow[a]!;
      y = explicitRow[b]!;
    }
    const key = Math.min(x, y) * span + Math.max(x, y);
    pairCols.set(key, (pairCols.get(key) ?? 0) + (columns >= 0 ? columns : 1));
  }
  if (pairCols.size === 0) return alias;
  // Columns each row has a term in (only the pairs' parents are asked about): a row sum's are
  // its first `columns`, so a row's widest run counts them all; an explicit term's column beyond
  // that is counted once, by marks per (row, column).
  const asked = uint8Array(rows.length);
  for (const key of pairCols.keys()) asked[Math.floor(key / span)] = 1;
  const [widest, beyond] = int32Arrays(rows.length, rows.length);
  const widen = (r: number, columns: number): void => {
    if (r < rows.length && asked[r] === 1 && columns > widest[r]!) widest[r] = columns;
  };
  for (let run = 0; run < parents.length; run++) {
    const columns = columnCounts[run]!;
    if (columns < 0) continue;
    widen(parents[run]!, columns);
    for (const r of childLists[run]!) widen(r, columns);
  }
  let width = 0;
  for (const column of explicitColumn) width = Math.max(width, column + 1);
  const marks = uint8Array(rows.length * width);
  for (let t = 0; t < explicitRow.length; t++) {
    const r = explicitRow[t]!;
    if (r >= rows.length || asked[r] === 0 || explicitColumn[t]! < widest[r]!) continue;
    const at = r * width + explicitColumn[t]!;
    if (marks[at] === 0) {
      marks[at] = 1;
      beyond[r]!++;
    }
  }
  for (const [key, count] of pairCols) {
    const x = Math.floor(key / span);
    const y = key % span;
    const rx = rows[x]!;
    const ry = rows[y]!;
    if (count < widest[x]! + beyond[x]! || rx.relaxed || ry.relaxed) continue;
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
