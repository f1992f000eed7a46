// Rules derived from the row structure (model/specs/row-tree.ts): 类 = Σ款 = Σ项 (and units,
// projects), the total row = Σ its top rows, an item = Σ its 其中 items, 支出总计 = Σ 类. Checked
// in every column of the table.
import {
  codedRowSums,
  expenditureClassSum,
  itemRowSums,
  TABLE_SPECS,
  type ItemDef,
  type RowSum,
  type TableLayout,
  type TableSpec,
} from '../../../model/specs/index.js';
import type { Table } from '../../../model/table.js';
import type { CheckContext, TableGrid } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareCents, PASS } from '../../sums.js';
import { rowCellLocation, rowKey } from '../row-key.js';

const specItems = new WeakMap<TableSpec, ItemDef[]>();

/** A spec's items over all its layouts, the first of each id (static, made once per spec). */
function itemsOf(spec: TableSpec): ItemDef[] {
  let items = specItems.get(spec);
  if (!items) {
    const out = new Map<string, ItemDef>();
    for (const l of spec.layouts)
      for (const b of l.blocks) for (const i of b.items ?? []) if (!out.has(i.id)) out.set(i.id, i);
    specItems.set(spec, (items = [...out.values()]));
  }
  return items;
}

/** Per spec: block id → item id → the layouts whose block of that id lists the item (static). */
const layoutsByItem = new WeakMap<TableSpec, Map<string, Map<string, number[]>>>();

function layoutsOfItems(spec: TableSpec): Map<string, Map<string, number[]>> {
  let index = layoutsByItem.get(spec);
  if (!index) {
    index = new Map();
    for (let k = 0; k < spec.layouts.length; k++) {
      // A layout's blocks by id, the last of an id as a Map keeps it.
      const blocks = new Map(spec.layouts[k]!.blocks.map((b) => [b.id, b.items ?? []]));
      for (const [block, items] of blocks) {
        let byItem = index.get(block);
        if (!byItem) index.set(block, (byItem = new Map()));
        for (const id of new Set(items.map((i) => i.id))) {
          const layouts = byItem.get(id);
          if (layouts) layouts.push(k);
          else byItem.set(id, [k]);
        }
      }
    }
    layoutsByItem.set(spec, index);
  }
  return index;
}

/**
 * Item sums by the layout the table was read with: the one whose blocks hold most of the table's
 * item rows. Item ids recur across layouts with other parents (决算 收支总表: 本年收入合计 sums
 * eight sources, 总计 adds 结转和结余; its 支出 block has items of its own), so one merged list
 * would sum the wrong lines.
 */
function itemSumsOf(table: Table, spec: TableSpec, ctx: CheckContext): RowSum[] {
  const rows = ctx.grid(table).shapes;
  // Most tables of a kind with items are read as coded rows: no item row, no item sum.
  const itemRows: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i]!.item) itemRows.push(i);
  if (itemRows.length === 0) return [];
  // Each layout's score: how many of the item rows its blocks list (one lookup per row).
  const index = layoutsOfItems(spec);
  const scores = new Array<number>(spec.layouts.length).fill(0);
  for (const i of itemRows) {
    const r = rows[i]!;
    for (const k of index.get(r.block ?? 'main')?.get(r.item!) ?? []) scores[k]!++;
  }
  let best: TableLayout | undefined;
  let bestScore = 0;
  for (let k = 0; k < spec.layouts.length; k++)
    if (scores[k]! > bestScore) {
      best = spec.layouts[k];
      bestScore = scores[k]!;
    }
  if (!best) return itemRowSums(rows, itemsOf(spec), itemRows);
  const sums: RowSum[] = [];
  for (const b of best.blocks)
    for (const s of itemRowSums(rows, b.items ?? [], itemRows))
      if ((rows[s.parent]!.block ?? 'main') === b.id) sums.push(s);
  return sums;
}

/** A table's 类/款/项 sums, split by kind once per disclosure for the families that share them. */
interface CodedSums {
  /** Of 类, 款, 项 and unit rows. */
  readonly codeUnit: RowSum[];
  /** Of the total rows. */
  readonly total: RowSum[];
}

// Memo keys made once, not concatenated on every call.
const MEMO_KEYS = new Map<string, string>();

function codedSums(table: Table, ctx: CheckContext, kinds: 'code-unit' | 'total'): RowSum[] {
  let key = MEMO_KEYS.get(table.kind);
  if (!key) MEMO_KEYS.set(table.kind, (key = `coded-row-sums:${table.kind}`));
  const sums = ctx.memo(key, (): CodedSums => {
    const codeUnit: RowSum[] = [];
    const total: RowSum[] = [];
    for (const s of codedRowSums(ctx.grid(table).shapes))
      if (s.kind === 'total') total.push(s);
      else if (s.kind === 'code' || s.kind === 'unit') codeUnit.push(s);
    return { codeUnit, total };
  });
  return kinds === 'total' ? sums.total : sums.codeUnit;
}

/** The columns of a block with their index in the grid, made once per table and block. */
function blockColumns(
  table: Table,
  grid: TableGrid,
  cache: Map<string | undefined, BlockColumn[]>,
  block: string | undefined,
): BlockColumn[] {
  let columns = cache.get(block);
  if (!columns) {
    columns = [];
    for (const c of table.columns)
      if ((c.block ?? undefined) === block) columns.push({ id: c.id, at: grid.column.get(c.id)! });
    cache.set(block, columns);
  }
  return columns;
}

interface BlockColumn {
  readonly id: string;
  readonly at: number;
}

/**
 * Each sum in each column of its block, read from the grid (an unknown cell is NaN there, so
 * a sum over one is NaN): all blank is skipped, an exact sum is a pass; a difference or an unknown
 * cell is named by row and column, with the children it summed.
 */
function check(
  table: Table,
  grid: TableGrid,
  cache: Map<string | undefined, BlockColumn[]>,
  sums: readonly RowSum[],
  keep: boolean,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { values, width } = grid;
  for (const s of sums) {
    const parent = table.rows[s.parent]!;
    const totals = s.parent * width;
    let note: string | undefined;
    for (const col of blockColumns(table, grid, cache, grid.shapes[s.parent]!.block)) {
      const i = col.at;
      const total = values[totals + i]!;
      let sum = 0;
      let nonzero = 0;
      for (const c of s.children) {
        const v = values[c * width + i]!;
        sum += v;
        if (v !== 0) nonzero++;
      }
      if (total === 0 && nonzero === 0) continue;
      if (sum === total && !keep) {
        out.push(PASS);
        continue;
      }
      const location = rowCellLocation(table, parent, col.id);
      note ??= `Σ ${s.children.map((c) => rowKey(table.rows[c]!)).join(' + ')}`;
      // NaN: the total or a child may hold a number the parse could not place.
      if (Number.isNaN(total) || Number.isNaN(sum))
        out.push({ outcome: 'insufficient_data', location, unit: table.unit, note });
      else out.push(compareCents(total, sum, nonzero, table.unit, location, note));
    }
  }
  return out;
}

function hasCodedBlock(spec: TableSpec): boolean {
  return spec.layouts.some((l) =>
    l.blocks.some((b) => b.rowKey !== 'item' && b.rowKey !== 'function-class'),
  );
}

interface Family {
  suffix: string;
  zh: string;
  en: string;
  basis: string;
  applies: (spec: TableSpec) => boolean;
  sums: (table: Table, spec: TableSpec, ctx: CheckContext) => RowSum[];
}

const FAMILIES: readonly Family[] = [
  {
    suffix: 'hierarchy',
    zh: '科目层级：类 = Σ款，款 = Σ项（项目），单位 = Σ其类',
    en: 'classification hierarchy: class = Σ sections = Σ items (projects), unit = Σ its classes',
    basis: '政府收支分类科目 类/款/项 层级汇总关系',
    applies: hasCodedBlock,
    sums: (t, _s, ctx) => codedSums(t, ctx, 'code-unit'),
  },
  {
    suffix: 'total-row',
    zh: '合计（总计）行 = 各类（各单位）之和',
    en: 'the total row equals the sum of its top-level rows',
    basis: '表式合计关系',
    applies: hasCodedBlock,
    sums: (t, _s, ctx) => codedSums(t, ctx, 'total'),
  },
  {
    suffix: 'items',
    zh: '项目行：合计项 = 其中各项之和',
    en: 'item rows: an item equals the sum of its component items',
    basis: '表式项目汇总关系（本年收入 = Σ各来源；公务用车购置及运行费 = 购置费 + 运行费）',
    applies: (s) => itemsOf(s).some((i) => i.parent),
    sums: itemSumsOf,
  },
  {
    suffix: 'expenditure-total',
    zh: '支出总计 = 各功能分类（类）之和',
    en: 'the expenditure total equals the sum of the function classes',
    basis: '表式合计关系',
    applies: (s) => s.layouts.some((l) => l.blocks.some((b) => b.rowKey === 'function-class')),
    sums: (t, _s, ctx) => expenditureClassSum(ctx.grid(t).shapes),
  },
];

/**
 * The families' drafts on one table, one list per family (in `families` order): the table's grid
 * and its blocks' columns looked up once for all of them.
 */
function familyDrafts(
  table: Table,
  spec: TableSpec,
  families: readonly Family[],
  ctx: CheckContext,
): FindingDraft[][] {
  const grid = ctx.grid(table);
  const columns = new Map<string | undefined, BlockColumn[]>();
  return families.map((f) => check(table, grid, columns, f.sums(table, spec, ctx), ctx.keepPasses));
}

export function rowSumRules(): Rule[] {
  return TABLE_SPECS.flatMap((spec) => {
    const families = FAMILIES.filter((f) => f.applies(spec));
    const memoKey = `row-sums:${spec.kind}`;
    return families.map((f, n): Rule => ({
      id: `table:${spec.kind}:${f.suffix}`,
      category: 'table',
      severity: 'error',
      zh: `${spec.name}表：${f.zh}`,
      en: `${spec.nameEn}: ${f.en}`,
      basis: f.basis,
      // A table's families are checked together, on the first of its rules to run.
      evaluate: (_d, ctx) => {
        const table = ctx.table(spec.kind);
        if (!table) return [];
        return ctx.memo(memoKey, () => familyDrafts(table, spec, families, ctx))[n]!;
      },
    }));
  });
}
