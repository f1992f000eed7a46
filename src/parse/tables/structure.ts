// The row identities of a table, derived from its rows and the spec (never written per table):
// a 类 is the sum of its 款, a 款 of its 项 (or of the projects under it), a 项 of its projects,
// a unit of its 类 (or projects), the total of the units (or 类); an item is the sum of its
// 其中 items; in two-sided tables, 收入 items equal columns of 支出总计.
import type { ItemDef, TableLayout } from '../../model/specs/index.js';
import type { RawRow } from './raw-row.js';
import { rowSums, type LinearSum } from './solver.js';

const LEVEL_RANK = { 类: 1, 款: 2, 项: 3 } as const;

function rank(row: RawRow): number {
  if (row.kind === 'total') return -1;
  if (row.kind === 'unit') return 0;
  if (row.level) return LEVEL_RANK[row.level];
  return 4; // a project without a code sits below everything of its unit
}

/**
 * Children of each row in a coded table: the following rows one step down in the hierarchy,
 * until the next row at the same level or above. A code row's children share its code prefix.
 */
export function codedSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  const sums: LinearSum[] = [];
  const hasUnits = rows.some((r) => r.kind === 'unit');
  rows.forEach((row, i) => {
    const r = rank(row);
    let children: number[] = [];
    if (row.kind === 'total') {
      const top = hasUnits ? 0 : 1;
      children = indexes(rows, (c) => rank(c) === top && c.block === row.block);
      if (children.length === 0) children = indexes(rows, (c) => rank(c) === 4);
    } else {
      // The nearest rank below r that occurs under this row (a 款 whose 项 are all projects).
      const below: number[] = [];
      for (let j = i + 1; j < rows.length; j++) {
        const c = rows[j] as RawRow;
        const cr = rank(c);
        if (cr <= r || c.kind === 'total') break;
        if (row.code && c.code && !c.code.startsWith(row.code)) break;
        below.push(j);
      }
      const next = Math.min(...below.map((j) => rankOfChild(rows, row, j)));
      children = below.filter((j) => rankOfChild(rows, row, j) === next);
    }
    if (children.length > 0) sums.push(...rowSums(i, children, columnCount));
  });
  return sums;
}

/** Rank of a descendant, where a project row under a 项 row of the same code counts below it. */
function rankOfChild(rows: readonly RawRow[], parent: RawRow, j: number): number {
  const c = rows[j] as RawRow;
  if (c.kind === 'project' && parent.level === '项') return 4;
  return rank(c);
}

function indexes(rows: readonly RawRow[], pred: (r: RawRow) => boolean): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (pred(r)) out.push(i);
  });
  return out;
}

/** Item rows: each item equals the sum of its child items that are printed. */
export function itemSums(
  rows: readonly RawRow[],
  items: readonly ItemDef[],
  columnCount: number,
): LinearSum[] {
  const sums: LinearSum[] = [];
  rows.forEach((row, i) => {
    if (!row.item) return;
    const childIds = new Set(items.filter((it) => it.parent === row.item).map((it) => it.id));
    if (childIds.size === 0) return;
    const children = indexes(
      rows,
      (c) => c.block === row.block && !!c.item && childIds.has(c.item),
    );
    if (children.length > 0) sums.push(...rowSums(i, children, columnCount));
  });
  return sums;
}

/** The 支出 block of a two-sided table: its total is the sum of the 类 rows. */
export function classSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  const total = rows.findIndex((r) => r.block === 'expenditure' && r.kind === 'total');
  if (total < 0) return [];
  const classes = indexes(rows, (r) => r.block === 'expenditure' && r.kind === 'code');
  return rowSums(total, classes, columnCount);
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
