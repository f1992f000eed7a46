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

/**
 * Placements that satisfy every column identity of the row (blank cells count as 0), within
 * rounding: each printed cell is rounded on its own (see roundingToleranceCents).
 */
export function placements(
  amounts: readonly Cents[],
  columnCount: number,
  sums: readonly ColumnSum[],
): { placements: Placement[]; complete: boolean } {
  const n = amounts.length;
  const out: Placement[] = [];
  if (n === 0) return { placements: [[]], complete: true };
  if (n > columnCount) return { placements: [], complete: true };
  // Identities become checkable once the last column they mention is placed or passed.
  const byLastColumn = new Map<number, ColumnSum[]>();
  for (const s of sums) {
    const last = Math.max(s.total, ...s.parts);
    byLastColumn.set(last, [...(byLastColumn.get(last) ?? []), s]);
  }
  const values = new Array<Cents>(columnCount).fill(0);
  const chosen: number[] = [];
  let complete = true;

  const checkThrough = (from: number, to: number): boolean => {
    for (let c = from; c <= to; c++) {
      for (const s of byLastColumn.get(c) ?? []) if (!holds(values, s)) return false;
    }
    return true;
  };

  const place = (i: number, minCol: number): void => {
    if (out.length >= MAX_PLACEMENTS) {
      complete = false;
      return;
    }
    if (i === n) {
      if (checkThrough(minCol, columnCount - 1)) out.push([...chosen]);
      return;
    }
    for (let c = minCol; c <= columnCount - (n - i); c++) {
      // Columns skipped between minCol and c are blank: identities ending there are checkable.
      if (!checkThrough(minCol, c - 1)) break;
      values[c] = amounts[i] as Cents;
      chosen.push(c);
      if (checkThrough(c, c)) place(i + 1, c + 1);
      chosen.pop();
      values[c] = 0;
    }
  };
  place(0, 0);
  return { placements: out, complete };
}

/** Every left-to-right placement, ignoring identities (for rows no placement balances). */
export function allPlacements(
  n: number,
  columnCount: number,
): { placements: Placement[]; complete: boolean } {
  return placements(new Array<Cents>(n).fill(0), columnCount, []);
}

function holds(values: readonly Cents[], s: ColumnSum): boolean {
  let parts = 0;
  let nonzero = 0;
  for (const p of s.parts) {
    const v = values[p] as Cents;
    parts += v;
    if (v !== 0) nonzero++;
  }
  const total = values[s.total] as Cents;
  return Math.abs(total - parts) <= roundingToleranceCents(nonzero);
}
