// Items printed as column groups over one row of values (决算 三公: 合计, 因公出国（境）费, …, each
// with 预算数 | 决算数 beneath). The header's sub-column labels, left to right, say which group and
// column each position is: a label at or before the previous one's column opens the next group.
// Each printed number goes to the nearest sub-column; a blank sub-column is blank (0).
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import type { Cents } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { ItemDef } from '../../model/specs/index.js';
import type { FixedById } from './coded-halves.js';
import type { RawRow } from './raw-row.js';
import { readTransposedValues } from './item-rows.js';

interface Slot {
  readonly item: number;
  readonly column: number;
  readonly x: number;
}

interface ColumnNames {
  readonly id: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

function slotsOf(header: readonly LayoutLine[], columns: readonly ColumnNames[]): Slot[] {
  const names = columns.map((c) => new Set([c.label, ...(c.aliases ?? [])].map(matchKey)));
  const cells = header
    .flatMap((l) => l.tokens ?? [])
    .map((t) => ({ column: names.findIndex((n) => n.has(matchKey(t.text))), x: (t.x0 + t.x1) / 2 }))
    .filter((c) => c.column >= 0)
    .sort((a, b) => a.x - b.x);
  const slots: Slot[] = [];
  let item = -1;
  let last = Infinity;
  for (const c of cells) {
    if (c.column <= last) item++;
    last = c.column;
    slots.push({ item, column: c.column, x: c.x });
  }
  return slots;
}

export function readItemGroups(
  header: readonly LayoutLine[],
  data: readonly LayoutLine[],
  items: readonly ItemDef[],
  columns: readonly ColumnNames[],
  table: string,
): { rows: RawRow[]; fixed: FixedById[]; warnings: ParseWarning[] } {
  const first = data[0] ?? header[header.length - 1];
  const lineNo = first?.line ?? 1;
  const values = readTransposedValues(data.filter((l) => !/^\s*(注|说明)/.test(l.text)));
  const cells: (Cents | undefined)[][] = items.map(() => columns.map(() => undefined));
  const warnings: ParseWarning[] = [];
  const slots = slotsOf(header, columns);
  const complete = slots.length === items.length * columns.length;
  if (values.amounts.length > 0) {
    if (complete && values.amountX) {
      values.amountX.forEach((x, i) => {
        let best = slots[0]!;
        for (const s of slots) if (Math.abs(s.x - x) < Math.abs(best.x - x)) best = s;
        cells[best.item]![best.column] = values.amounts[i];
      });
    } else if (values.amounts.length === items.length * columns.length) {
      values.amounts.forEach((v, i) => {
        cells[Math.floor(i / columns.length)]![i % columns.length] = v;
      });
    } else {
      warnings.push({
        code: 'column-ambiguous',
        message: `${values.amounts.length} numbers under ${items.length} items × ${columns.length} columns, without positions: not placed`,
        table,
        at: { line: lineNo, ...(first?.page ? { page: first.page } : {}) },
      });
      return { rows: [], fixed: [], warnings };
    }
  }
  const rows: RawRow[] = [];
  const fixed: FixedById[] = [];
  // No number printed: no rows (the figures are unknown, not 0).
  if (values.amounts.length === 0) return { rows, fixed, warnings };
  items.forEach((item, i) => {
    const row = cells[i]!;
    rows.push({
      kind: item.id === 'total' ? 'total' : 'item',
      name: item.label,
      item: item.id,
      amounts: row.filter((v): v is Cents => v !== undefined),
      line: lineNo,
      ...(first?.page ? { page: first.page } : {}),
    });
    columns.forEach((c, k) => fixed.push({ row: i, column: c.id, value: row[k] ?? 0 }));
  });
  return { rows, fixed, warnings };
}
