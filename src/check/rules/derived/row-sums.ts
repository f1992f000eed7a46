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
import type { Table, TableRow } from '../../../model/table.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareSumAt, PASS } from '../../sums.js';
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

/** Per layout of a spec, the item ids of each block: which item rows it reads (static). */
const layoutItems = new WeakMap<TableSpec, ReadonlyMap<string, ReadonlySet<string>>[]>();

function itemKeysOf(spec: TableSpec): ReadonlyMap<string, ReadonlySet<string>>[] {
  let keys = layoutItems.get(spec);
  if (!keys) {
    keys = spec.layouts.map(
      (l) => new Map(l.blocks.map((b) => [b.id, new Set((b.items ?? []).map((i) => i.id))])),
    );
    layoutItems.set(spec, keys);
  }
  return keys;
}

/**
 * Item sums by the layout the table was read with: the one whose blocks hold most of the table's
 * item rows. Item ids recur across layouts with other parents (决算 收支总表: 本年收入合计 sums
 * eight sources, 总计 adds 结转和结余; its 支出 block has items of its own), so one merged list
 * would sum the wrong lines.
 */
function itemSumsOf(table: Table, spec: TableSpec): RowSum[] {
  const keys = itemKeysOf(spec);
  let best: TableLayout | undefined;
  let bestScore = 0;
  for (let k = 0; k < spec.layouts.length; k++) {
    const blocks = keys[k]!;
    let score = 0;
    for (const r of table.rows) if (r.item && blocks.get(r.block ?? 'main')?.has(r.item)) score++;
    if (score > bestScore) {
      best = spec.layouts[k];
      bestScore = score;
    }
  }
  if (!best) return itemRowSums(table.rows, itemsOf(spec));
  return best.blocks.flatMap((b) =>
    itemRowSums(table.rows, b.items ?? []).filter(
      (s) => (table.rows[s.parent]!.block ?? 'main') === b.id,
    ),
  );
}

// Memo keys made once, not concatenated on every call.
const MEMO_KEYS = new Map<string, Map<string, string>>();
function memoKey(kind: string, kinds: string): string {
  let byKinds = MEMO_KEYS.get(kind);
  if (!byKinds) MEMO_KEYS.set(kind, (byKinds = new Map()));
  let key = byKinds.get(kinds);
  if (!key) byKinds.set(kinds, (key = `coded-row-sums:${kind}:${kinds}`));
  return key;
}

/** A table's 类/款/项 sums of some kinds, made once per disclosure for the families that share them. */
function codedSums(table: Table, ctx: CheckContext, kinds: 'code-unit' | 'total'): RowSum[] {
  const all = ctx.memo(memoKey(table.kind, ''), () => codedRowSums(table.rows));
  return ctx.memo(memoKey(table.kind, kinds), () =>
    all.filter((s) =>
      kinds === 'total' ? s.kind === 'total' : s.kind === 'code' || s.kind === 'unit',
    ),
  );
}

function check(table: Table, sums: readonly RowSum[], ctx: CheckContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const grid = ctx.grid(table);
  // The columns of each block, with their index in the grid.
  const columnsOf = new Map<string | undefined, { id: string; at: number }[]>();
  for (const s of sums) {
    const parent = table.rows[s.parent]!;
    let columns = columnsOf.get(parent.block);
    if (!columns) {
      columns = table.columns
        .filter((c) => (c.block ?? undefined) === parent.block)
        .map((c) => ({ id: c.id, at: grid.column.get(c.id)! }));
      columnsOf.set(parent.block, columns);
    }
    const totals = grid.cents[s.parent]!;
    let children: TableRow[] | undefined;
    for (const col of columns) {
      // Fast path on the grid: all blank is skipped, an exact sum is a pass; the rest (unknown
      // cells, differences, kept passes) goes the long way below.
      const i = col.at;
      const total = totals[i]!;
      let sum = 0;
      let blank = true;
      for (const c of s.children) {
        const v = grid.cents[c]![i]!;
        sum += v;
        if (v !== 0) blank = false;
      }
      if (total === 0 && blank) continue;
      if (sum === total && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const kids = (children ??= s.children.map((c) => table.rows[c]!));
      out.push(
        compareSumAt(
          ctx,
          ctx.cell(parent, col.id),
          kids.map((c) => ctx.cell(c, col.id)),
          table.unit,
          () => rowCellLocation(table, parent, col.id),
          () => `Σ ${kids.map(rowKey).join(' + ')}`,
        ),
      );
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
    sums: (t) => expenditureClassSum(t.rows),
  },
];

export function rowSumRules(): Rule[] {
  return TABLE_SPECS.flatMap((spec) =>
    FAMILIES.filter((f) => f.applies(spec)).map((f): Rule => ({
      id: `table:${spec.kind}:${f.suffix}`,
      category: 'table',
      severity: 'error',
      zh: `${spec.name}表：${f.zh}`,
      en: `${spec.nameEn}: ${f.en}`,
      basis: f.basis,
      evaluate: (_d, ctx) => {
        const table = ctx.table(spec.kind);
        return table ? check(table, f.sums(table, spec, ctx), ctx) : [];
      },
    })),
  );
}
