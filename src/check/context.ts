// Everything rules look up more than once, computed once per disclosure.
import type { Disclosure } from '../model/disclosure.js';
import { toCents, type Cents } from '../model/money.js';
import type { Table, TableKind, TableRow } from '../model/table.js';

/** A cell as a checker sees it: a value (blank = 0), or unknown when the parse left it open. */
export type Cell =
  | {
      known: true;
      cents: Cents;
      /** printed numbers summed into it (for rounding) */ parts?: number;
    }
  | { known: false };

export const UNKNOWN: Cell = { known: false };
const ZERO: Cell = { known: true, cents: 0 };

export interface CheckContext {
  readonly table: (kind: TableKind) => Table | undefined;
  readonly cell: (row: TableRow, column: string) => Cell;
  readonly sumOf: (row: TableRow, columns: readonly string[]) => Cell;
}

export function makeContext(d: Disclosure): CheckContext {
  const byKind = new Map<TableKind, Table>();
  for (const t of d.tables) if (!byKind.has(t.kind)) byKind.set(t.kind, t);
  return {
    table: (kind) => byKind.get(kind),
    cell: cellOf,
    sumOf: sumOfColumns,
  };
}

/** A row's cell: its value; blank (0) unless a number the parse could not place may be there. */
export function cellOf(row: TableRow, column: string): Cell {
  const v = row.values[column];
  if (v !== undefined) return { known: true, cents: toCents(v) };
  if (row.unplaced?.some((u) => u.candidates.includes(column))) return UNKNOWN;
  return ZERO;
}

/**
 * The sum of a row's cells over some columns. Known even when numbers are unplaced, as long as
 * each unplaced number's candidate columns lie all inside or all outside the set: wherever it
 * is, it counts once or not at all.
 */
export function sumOfColumns(row: TableRow, columns: readonly string[]): Cell {
  const set = new Set(columns);
  let cents = 0;
  let parts = 0;
  for (const c of columns) {
    const v = row.values[c];
    if (v !== undefined && v !== 0) {
      cents += toCents(v);
      parts++;
    }
  }
  for (const u of row.unplaced ?? []) {
    const inside = u.candidates.filter((c) => set.has(c)).length;
    if (inside === u.candidates.length) {
      cents += toCents(u.value);
      parts++;
    } else if (inside > 0) return UNKNOWN;
  }
  return { known: true, cents, parts };
}
