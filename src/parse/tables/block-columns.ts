// A layout's blocks as the reader places numbers in them: each block's columns in printed order,
// its column identities by column index, and the placement search over them. Specs never change,
// so each layout's are made once (they were remade for every table read).
import {
  columnSums,
  flattenColumns,
  type BlockLayout,
  type ColumnNode,
  type TableLayout,
} from '../../model/specs/index.js';
import { placer, type ColumnSum } from './placement.js';

export interface BlockColumns {
  readonly block: BlockLayout;
  readonly columns: readonly { id: string; label: string; aliases?: readonly string[] }[];
}

/** A block's columns, its identities and its placement search (see placement.ts). */
export interface BlockPlan {
  readonly columns: BlockColumns;
  readonly sums: readonly ColumnSum[];
  readonly place: ReturnType<typeof placer>;
}

const PLANS = new WeakMap<TableLayout, ReadonlyMap<string, BlockPlan>>();

/** Each block of the layout by its id (a later block of the same id wins, as in a Map). */
export function blockPlans(layout: TableLayout): ReadonlyMap<string, BlockPlan> {
  let plans = PLANS.get(layout);
  if (!plans) {
    plans = new Map(
      layout.blocks.map((block) => {
        const columns = blockColumns(layout, block);
        const sums = indexSums(columns, layout);
        return [block.id, { columns, sums, place: placer(columns.columns.length, sums) }];
      }),
    );
    PLANS.set(layout, plans);
  }
  return plans;
}

/** Block columns for a layout: items become columns when the table prints them so. */
function blockColumns(layout: TableLayout, block: BlockLayout): BlockColumns {
  if (layout.orientation === 'items-as-columns') {
    return {
      block,
      columns: (block.items ?? []).map((i) => ({
        id: i.id,
        label: i.label,
        ...(i.aliases ? { aliases: i.aliases } : {}),
      })),
    };
  }
  return { block, columns: flattenColumns(block.columns) };
}

function itemColumnNodes(block: BlockLayout): ColumnNode[] {
  const items = block.items ?? [];
  const node = (id: string): ColumnNode => {
    const item = items.find((i) => i.id === id);
    const children = items.filter((i) => i.parent === id).map((i) => node(i.id));
    return { id, label: item?.label ?? id, ...(children.length ? { children } : {}) };
  };
  return items.filter((i) => !i.parent).map((i) => node(i.id));
}

function indexSums(bc: BlockColumns, layout: TableLayout): ColumnSum[] {
  const ids = bc.columns.map((c) => c.id);
  const tree =
    layout.orientation === 'items-as-columns'
      ? { ...bc.block, columns: itemColumnNodes(bc.block) }
      : bc.block;
  return columnSums(tree).map((s) => ({
    total: ids.indexOf(s.total),
    parts: s.parts.map((p) => ids.indexOf(p)),
  }));
}
