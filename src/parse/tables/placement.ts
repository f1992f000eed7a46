// Which columns can a row's printed numbers be in? Extraction drops empty cells, so a row with n
// numbers under m columns could be any of the C(m, n) left-to-right placements. The table's own
// arithmetic (a column with sub-columns is their sum) keeps only the placements it allows.
import { roundingToleranceCents, type Cents } from '../../model/money.js';

/** A column identity by column index: values[total] = Σ values[parts]. */
export interface ColumnSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/** A placement: for each printed number, in order, the index of its column. */
export type Placement = readonly number[];

// Beyond this many placements for one row we stop enumerating and leave its numbers unplaced.
export const MAX_PLACEMENTS = 20_000;

export interface Placements {
  placements: Placement[];
  complete: boolean;
}

/**
 * Placements that satisfy every column identity of the row (blank cells count as 0), within
 * rounding: each printed cell is rounded on its own (see roundingToleranceCents).
 */
export function placements(
  amounts: readonly Cents[],
  columnCount: number,
  sums: readonly ColumnSum[],
): Placements {
  return placer(columnCount, sums)(amounts);
}

/**
 * `placements` for one block's columns and identities, prepared once for all its rows: which
 * identities become checkable at which column, and which close the row (see closing below).
 */
export function placer(
  columnCount: number,
  sums: readonly ColumnSum[],
): (amounts: readonly Cents[]) => Placements {
  // Identities become checkable once the last column they mention is placed or passed.
  const byLastColumn: ColumnSum[][] = Array.from({ length: columnCount }, () => []);
  for (const s of sums) {
    const last = Math.max(s.total, ...s.parts);
    if (last >= 0 && last < columnCount) byLastColumn[last]!.push(s);
  }
  const closing = closingSums(columnCount, sums);
  const overflow = overflowSums(columnCount, sums);
  // One search for the block's rows, reset per row (its arrays end each search as they began).
  let s: PlacementSearch | undefined;
  const search = (amounts: readonly Cents[]): Placements => {
    s ??= new PlacementSearch(columnCount, byLastColumn, closing, overflow);
    s.start(amounts);
    s.place(0, 0);
    return { placements: s.out, complete: s.complete };
  };
  const totalFirst = isTotalFirst(columnCount, sums) ? new TotalFirst(columnCount) : undefined;
  return (amounts) => {
    const n = amounts.length;
    if (n === 0) return { placements: [[]], complete: true };
    if (n > columnCount) return { placements: [], complete: true };
    if (n === columnCount) return fillingEvery(amounts, byLastColumn);
    return totalFirst?.placements(amounts) ?? search(amounts);
  };
}

/** The block's one identity is its first column = the sum of all the others, in column order. */
function isTotalFirst(columnCount: number, sums: readonly ColumnSum[]): boolean {
  if (sums.length !== 1 || sums[0]!.total !== 0) return false;
  const parts = sums[0]!.parts;
  if (parts.length !== columnCount - 1) return false;
  for (let k = 0; k < parts.length; k++) if (parts[k] !== k + 1) return false;
  return true;
}

/**
 * Placements in a block whose one identity is 合计 = Σ every other column (most blocks). Whether
 * it holds does not depend on where the numbers are placed, only on whether the first number is
 * in the first column: then it reads a0 = a1 + a2 + …, else (合计 blank) 0 = a0 + a1 + …. The
 * search's placements are therefore every placement with a0 first, when the former holds, then
 * every one with the first column blank, when the latter holds, in the search's order. Those
 * lists depend on the count of numbers only: each is made once per block and shared by every
 * row (read only, as any row's candidates).
 */
class TotalFirst {
  private readonly known = new Map<number, Placement[]>();

  constructor(private readonly columnCount: number) {}

  /**
   * Undefined when the search might reach MAX_PLACEMENTS (it then says so), or when its sums
   * might round (its early cuts assume they do not).
   */
  placements(amounts: readonly Cents[]): Placements | undefined {
    const n = amounts.length;
    if (choose(this.columnCount, n) >= MAX_PLACEMENTS || !exactSums(amounts)) return undefined;
    let rest = 0;
    let restNonzero = 0;
    for (let i = 1; i < n; i++) {
      rest += amounts[i]!;
      if (amounts[i] !== 0) restNonzero++;
    }
    const first = amounts[0]!;
    // Every number: the rest and the first (sums exact, see exactSums).
    const all = first + rest;
    const allNonzero = restNonzero + (first !== 0 ? 1 : 0);
    const asTotal = Math.abs(first - rest) <= roundingToleranceCents(restNonzero);
    const totalBlank = Math.abs(0 - all) <= roundingToleranceCents(allNonzero);
    const key = n * 4 + (asTotal ? 2 : 0) + (totalBlank ? 1 : 0);
    let list = this.known.get(key);
    if (!list) {
      list = [];
      // a0 in column 0, the others in columns 1…; then columns 1… only.
      if (asTotal) combinations(list, [0], 1, n - 1, this.columnCount);
      if (totalBlank) combinations(list, [], 1, n, this.columnCount);
      this.known.set(key, list);
    }
    return { placements: list, complete: true };
  }
}

/** Whole cents whose every sum is exact, in any order (real amounts are far below the bound). */
function exactSums(amounts: readonly Cents[]): boolean {
  let bound = 0;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) return false;
    bound += Math.abs(a);
  }
  return bound <= Number.MAX_SAFE_INTEGER;
}

/** Append to `out`, in lexicographic order, `prefix` followed by `count` columns from `from` on. */
function combinations(
  out: Placement[],
  prefix: number[],
  from: number,
  count: number,
  columnCount: number,
): void {
  if (count === 0) {
    out.push(prefix.slice());
    return;
  }
  for (let c = from; c <= columnCount - count; c++) {
    prefix.push(c);
    combinations(out, prefix, c + 1, count - 1, columnCount);
    prefix.pop();
  }
}

/** The binomial coefficient C(n, k) (as a float: only compared with a bound). */
function choose(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

/**
 * A row with a number in every column has one placement, kept when every identity holds: what
 * the search finds with no choice to make (its early cuts only skip placements that fail).
 */
function fillingEvery(
  amounts: readonly Cents[],
  byLastColumn: readonly (readonly ColumnSum[])[],
): Placements {
  for (const list of byLastColumn)
    for (let k = 0; k < list.length; k++)
      if (!holds(amounts, list[k]!)) return { placements: [], complete: true };
  const inOrder: number[] = [];
  for (let i = 0; i < amounts.length; i++) inOrder.push(i);
  return { placements: [inOrder], complete: true };
}

/**
 * A block's placement search, run for one row at a time (`start`). Its steps are methods over
 * the search's fields rather than closures made per row: a row's search is short, and making
 * the closures (or the search's arrays) per row cost about as much.
 */
class PlacementSearch {
  out: Placement[] = [];
  complete = true;
  private amounts: readonly Cents[] = [];
  private n = 0;
  /** The cell each column holds in the placement being built (0 blank; all 0 between rows). */
  private readonly values: Cents[] = [];
  /** The columns chosen so far (empty between rows). */
  private readonly chosen: number[] = [];
  private noNegative = true;
  /** Sum and count of non-zero numbers from i on (for the closing identities). */
  private readonly restSum: number[] = [];
  private readonly restNonzero: number[] = [];

  constructor(
    private readonly columnCount: number,
    private readonly byLastColumn: readonly (readonly ColumnSum[])[],
    private readonly closing: readonly ClosingSum[],
    private readonly overflow: readonly (readonly OverflowSum[])[],
  ) {
    // Filled by push: new Array(n).fill(0) makes a holey array, slower to read in the search.
    for (let c = 0; c < columnCount; c++) this.values.push(0);
  }

  /** Begin a row's search: its placements go to a new `out`. */
  start(amounts: readonly Cents[]): void {
    this.out = [];
    this.complete = true;
    this.amounts = amounts;
    this.n = amounts.length;
    this.noNegative = amounts.every((a) => a >= 0);
    if (this.closing.length) {
      // Filled by push as `values` (a fill of new Array(n) was most of making a row's search).
      while (this.restSum.length <= amounts.length) {
        this.restSum.push(0);
        this.restNonzero.push(0);
      }
      this.restSum[amounts.length] = 0;
      this.restNonzero[amounts.length] = 0;
      for (let i = amounts.length - 1; i >= 0; i--) {
        this.restSum[i] = this.restSum[i + 1]! + amounts[i]!;
        this.restNonzero[i] = this.restNonzero[i + 1]! + (amounts[i] !== 0 ? 1 : 0);
      }
    }
  }

  private checkColumn(c: number): boolean {
    const list = this.byLastColumn[c]!;
    for (let k = 0; k < list.length; k++) if (!holds(this.values, list[k]!)) return false;
    return true;
  }

  private checkThrough(from: number, to: number): boolean {
    for (let c = from; c <= to; c++) if (!this.checkColumn(c)) return false;
    return true;
  }

  place(i: number, minCol: number): void {
    if (this.out.length >= MAX_PLACEMENTS) {
      this.complete = false;
      return;
    }
    if (i === this.n) {
      if (this.checkThrough(minCol, this.columnCount - 1)) this.out.push(this.chosen.slice());
      return;
    }
    // No placement below this node adds up: skip it (it adds nothing to `out`, so nothing else
    // changes — `complete` too, as `out` is below the cap here).
    if (this.closing.length && this.doomed(i, minCol)) return;
    // The same for an identity whose parts already exceed its decided total (see overflowSums).
    if (i > 0 && this.noNegative && overflows(this.overflow[minCol - 1]!, this.values)) return;
    for (let c = minCol; c <= this.columnCount - (this.n - i); c++) {
      // Columns skipped between minCol and c are blank: identities ending there are checkable.
      // Column c − 1 is blank again here (the previous pass reset it), so checking the new one
      // alone extends the check of minCol … c − 2 made before.
      if (c > minCol && !this.checkColumn(c - 1)) break;
      this.values[c] = this.amounts[i] as Cents;
      this.chosen.push(c);
      if (this.checkColumn(c)) this.place(i + 1, c + 1);
      this.chosen.pop();
      this.values[c] = 0;
    }
  }

  /**
   * Every placement below this node fails a closing identity: once the search has decided its
   * total and reached its `from`, every number left lands in one of its parts, so its final sum
   * is known — the decided parts plus the numbers left.
   */
  private doomed(i: number, minCol: number): boolean {
    const values = this.values;
    for (const c of this.closing) {
      if (c.total >= minCol || minCol < c.from) continue;
      let parts = this.restSum[i]!;
      let nonzero = this.restNonzero[i]!;
      for (const p of c.parts) {
        if (p >= minCol) continue;
        const v = values[p] as Cents;
        parts += v;
        if (v !== 0) nonzero++;
      }
      if (!(Math.abs((values[c.total] as Cents) - parts) <= roundingToleranceCents(nonzero)))
        return true;
    }
    return false;
  }
}

/** An identity whose columns from `from` to the last are all parts (合计 = Σ the columns after it). */
interface ClosingSum {
  readonly total: number;
  readonly parts: readonly number[];
  readonly from: number;
}

function closingSums(columnCount: number, sums: readonly ColumnSum[]): ClosingSum[] {
  const out: ClosingSum[] = [];
  const inRange = (c: number) => c >= 0 && c < columnCount;
  for (const s of sums) {
    const parts = new Set(s.parts);
    if (parts.size !== s.parts.length || parts.has(s.total) || !inRange(s.total)) continue;
    if (!s.parts.every(inRange)) continue;
    let from = columnCount;
    while (from > 0 && parts.has(from - 1)) from--;
    if (from < columnCount) out.push({ total: s.total, parts: s.parts, from });
  }
  return out;
}

/** An identity whose total lies left of one of its parts, with the most rounding can explain. */
interface OverflowSum {
  readonly total: number;
  readonly parts: readonly number[];
  readonly slack: Cents;
}

/**
 * For each column, the identities it is a part of and whose total lies left of it. Once a number
 * is placed there, the total is decided (placed or blank) and the parts can only grow when no
 * number is negative: parts beyond the total by more than any rounding (every part printed)
 * doom the node, which saves enumerating placements the identity's last column would refuse
 * (seed 000 表2: twelve columns, a 小计 of six).
 */
function overflowSums(columnCount: number, sums: readonly ColumnSum[]): OverflowSum[][] {
  const out: OverflowSum[][] = Array.from({ length: columnCount }, () => []);
  const inRange = (c: number) => c >= 0 && c < columnCount;
  for (const s of sums) {
    if (!inRange(s.total) || !s.parts.every(inRange)) continue;
    const slack = roundingToleranceCents(s.parts.length);
    for (const p of new Set(s.parts))
      if (p > s.total) out[p]!.push({ total: s.total, parts: s.parts, slack });
  }
  return out;
}

function overflows(sums: readonly OverflowSum[], values: readonly Cents[]): boolean {
  for (const s of sums) {
    let parts = 0;
    for (const p of s.parts) parts += values[p] as Cents;
    if (parts - (values[s.total] as Cents) > s.slack) return true;
  }
  return false;
}

// allPlacements depends on two counts only: enumerations up to this size are kept and shared.
const KEPT_PLACEMENTS = 1_000;
const ALL_PLACEMENTS = new Map<number, Placements>();

/**
 * Every left-to-right placement, ignoring identities (for rows no placement balances). Shared
 * between calls: callers must not change it.
 */
export function allPlacements(n: number, columnCount: number): Placements {
  const key = n * 0x10000 + columnCount;
  const known = ALL_PLACEMENTS.get(key);
  if (known) return known;
  const found = placements(new Array<Cents>(n).fill(0), columnCount, []);
  if (n < 0x10000 && found.placements.length <= KEPT_PLACEMENTS) ALL_PLACEMENTS.set(key, found);
  return found;
}

function holds(values: readonly Cents[], s: ColumnSum): boolean {
  let parts = 0;
  let nonzero = 0;
  for (let k = 0; k < s.parts.length; k++) {
    const v = values[s.parts[k]!] as Cents;
    parts += v;
    if (v !== 0) nonzero++;
  }
  const total = values[s.total] as Cents;
  return Math.abs(total - parts) <= roundingToleranceCents(nonzero);
}
