// Accumulating line items into rows: each line adds its 分 to some columns of some rows; each cell
// is then rounded on its own (amounts.ts). Zero cells are left blank, as the documents print them.
import type { AmountUnit } from '../../model/money.js';
import type { TableRow } from '../../model/table.js';
import { roundFen } from '../amounts.js';
import { fromCents } from '../../model/money.js';
import type { Line } from '../lines.js';

/** Column ids a line counts in (none: the line is not in this table). */
export type ColumnsOf = (line: Line) => readonly string[];

export class Cells {
  private readonly byKey = new Map<string, Map<string, number>>();

  add(key: string, columns: readonly string[], fen: number): void {
    let row = this.byKey.get(key);
    if (!row) this.byKey.set(key, (row = new Map()));
    for (const c of columns) row.set(c, (row.get(c) ?? 0) + fen);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** Printed values of a row: each cell rounded on its own, zero cells left out. */
  values(key: string, unit: AmountUnit): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [c, fen] of this.byKey.get(key) ?? []) {
      const cents = roundFen(fen, unit);
      if (cents !== 0) out[c] = fromCents(cents);
    }
    return out;
  }
}

/** 类/款/项 prefixes of a 7-digit function code. */
export function codePath(code: string): string[] {
  return [code.slice(0, 3), code.slice(0, 5), code];
}

export function levelOf(code: string): '类' | '款' | '项' {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** A code row. */
export function codeRow(
  code: string,
  name: string,
  values: Record<string, number>,
  extra: Partial<TableRow> = {},
): TableRow {
  return { kind: 'code', code, level: levelOf(code), name, ...extra, values };
}
