// The table's identities as solver constraints: the row structure (model/specs/row-tree.ts)
// over every column, and in two-sided tables the 收入 items that equal columns of 支出总计.
import {
  codedRowSums,
  expenditureClassSum,
  itemRowSums,
  type BlockLayout,
  type ItemDef,
  type RowSum,
  type TableLayout,
} from '../../model/specs/index.js';
import type { BlockPlan } from './block-columns.js';
import type { RawRow } from './raw-row.js';
import { rowSums, type LinearSum } from './solver.js';

/** Row identities as solver sums over every column. */
function toLinear(sums: readonly RowSum[], columnCount: number): LinearSum[] {
  const out: LinearSum[] = [];
  for (const s of sums) for (const sum of rowSums(s.parent, s.children, columnCount)) out.push(sum);
  return out;
}

function codedSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  return toLinear(codedRowSums(rows), columnCount);
}

function itemSums(
  rows: readonly RawRow[],
  items: readonly ItemDef[],
  columnCount: number,
): LinearSum[] {
  return toLinear(itemRowSums(rows, items), columnCount);
}

function classSums(rows: readonly RawRow[], columnCount: number): LinearSum[] {
  return toLinear(expenditureClassSum(rows), columnCount);
}

/** 收入 items that equal a column of the 支出 total (declared by the layout). */
function crossBlockSums(
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

/** The table's identities as solver sums: its row structure over the columns of each block. */
export function tableSums(
  rows: readonly RawRow[],
  layout: TableLayout,
  plans: ReadonlyMap<string, BlockPlan>,
): LinearSum[] {
  const main = layout.blocks[0] as BlockLayout;
  if (layout.blocks.length > 1) {
    const sums: LinearSum[] = [];
    const income = layout.blocks.find((b) => b.id === 'income') as BlockLayout;
    const exp = plans.get('expenditure')!.columns;
    sums.push(...blockItemSums(rows, income.items ?? [], 'income', 1));
    sums.push(...classSums(rows, exp.columns.length));
    const expItems = layout.blocks.find((b) => b.id === 'expenditure')?.items;
    if (expItems) sums.push(...blockItemSums(rows, expItems, 'expenditure', exp.columns.length));
    sums.push(...crossBlockSums(rows, layout, (id) => exp.columns.findIndex((c) => c.id === id)));
    return sums;
  }
  if (main.rowKey === 'item' && layout.orientation !== 'items-as-columns')
    return itemSums(rows, main.items ?? [], plans.get('main')!.columns.columns.length);
  if (main.rowKey !== 'item') return codedSums(rows, plans.get('main')!.columns.columns.length);
  return [];
}

/**
 * Item identities of one block of a two-sided table: those whose rows all lie in the block
 * (every column's sum has the same rows, so they are told apart before spreading over columns).
 */
function blockItemSums(
  rows: readonly RawRow[],
  items: readonly ItemDef[],
  block: 'income' | 'expenditure',
  columnCount: number,
): LinearSum[] {
  const inBlock = (r: number) => rows[r]!.block === block;
  const sums = itemRowSums(rows, items).filter(
    (s) => inBlock(s.parent) && s.children.every(inBlock),
  );
  return toLinear(sums, columnCount);
}
