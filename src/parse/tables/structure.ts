// The table's identities as solver constraints: the row structure (model/specs/row-tree.ts)
// over every column, and in two-sided tables the 收入 items that equal columns of 支出总计.
import {
  codedRowSums,
  expenditureClassSum,
  itemRowSums,
  type ItemDef,
  type RowSum,
  type TableLayout,
} from '../../model/specs/index.js';
import type { RawRow } from './raw-row.js';
import { rowSums, type LinearSum } from './solver.js';

/** Row identities as solver sums over every column. */
function toLinear(sums: readonly RowSum[], columnCount: number): LinearSum[] {
  const out: LinearSum[] = [];
  for (const s of sums) for (const sum of rowSums(s.parent, s.children, columnCount)) out.push(sum);
  return out;
}

export function codedSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  return toLinear(codedRowSums(rows), columnCount);
}

export function itemSums(
  rows: readonly RawRow[],
  items: readonly ItemDef[],
  columnCount: number,
): LinearSum[] {
  return toLinear(itemRowSums(rows, items), columnCount);
}

export function classSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  return toLinear(expenditureClassSum(rows), columnCount);
}

/** 收入 items that equal a column of the 支出 total (declared by the layout). */
export function crossBlockSums(
  rows: readonly RawRow[],
  layout: TableLayout,
  expenditureColumn: (id: string) => number,
): LinearSum[] {
  const total = rows.findIndex((r) => r.block === 'expenditure' && r.kind === 'total');
  if (total < 0) return [];
  const sums: LinearSum[] = [];
  for (const { item, column } of layout.incomeEqualsExpenditure ?? []) {
    const row = rows.findIndex((r) => r.block === 'income' && r.item === item);
    const col = expenditureColumn(column);
    if (row < 0 || col < 0) continue;
    sums.push({
      terms: [
        { row, column: 0, sign: 1 },
        { row: total, column: col, sign: -1 },
      ],
    });
  }
  return sums;
}
