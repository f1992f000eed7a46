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
import { SumList } from './solver.js';

/** Row identities as solver sums over every column, added to `out`. */
function addRowSums(out: SumList, sums: readonly RowSum[], columnCount: number): void {
  for (const s of sums) out.rowSums(s.parent, s.children, columnCount);
}

/** 收入 items that equal a column of the 支出 total (declared by the layout). */
function addCrossBlockSums(
  out: SumList,
  rows: readonly RawRow[],
  layout: TableLayout,
  expenditureColumn: (id: string) => number,
): void {
  const total = rows.findIndex((r) => r.block === 'expenditure' && r.kind === 'total');
  if (total < 0) return;
  for (const { item, column } of layout.incomeEqualsExpenditure ?? []) {
    const row = rows.findIndex((r) => r.block === 'income' && r.item === item);
    const col = expenditureColumn(column);
    if (row < 0 || col < 0) continue;
    out.term(row, 0, 1);
    out.term(total, col, -1);
    out.close();
  }
}

/** The table's identities as solver sums: its row structure over the columns of each block. */
export function tableSums(
  rows: readonly RawRow[],
  layout: TableLayout,
  plans: ReadonlyMap<string, BlockPlan>,
): SumList {
  const main = layout.blocks[0] as BlockLayout;
  const sums = new SumList();
  if (layout.blocks.length > 1) {
    const income = layout.blocks.find((b) => b.id === 'income') as BlockLayout;
    const exp = plans.get('expenditure')!.columns;
    addRowSums(sums, blockItemSums(rows, income.items ?? [], 'income'), 1);
    addRowSums(sums, expenditureClassSum(rows), exp.columns.length);
    const expItems = layout.blocks.find((b) => b.id === 'expenditure')?.items;
    if (expItems)
      addRowSums(sums, blockItemSums(rows, expItems, 'expenditure'), exp.columns.length);
    addCrossBlockSums(sums, rows, layout, (id) => exp.columns.findIndex((c) => c.id === id));
  } else if (main.rowKey === 'item' && layout.orientation !== 'items-as-columns')
    addRowSums(
      sums,
      itemRowSums(rows, main.items ?? []),
      plans.get('main')!.columns.columns.length,
    );
  else if (main.rowKey !== 'item')
    addRowSums(sums, codedRowSums(rows), plans.get('main')!.columns.columns.length);
  return sums;
}

/**
 * Item identities of one block of a two-sided table: those whose rows all lie in the block
 * (every column's sum has the same rows, so they are told apart before spreading over columns).
 */
function blockItemSums(
  rows: readonly RawRow[],
  items: readonly ItemDef[],
  block: 'income' | 'expenditure',
): RowSum[] {
  const inBlock = (r: number) => rows[r]!.block === block;
  return itemRowSums(rows, items).filter((s) => inBlock(s.parent) && s.children.every(inBlock));
}
