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
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { allBlank, compareSumAt } from '../../sums.js';
import { describeRow, rowKey } from '../row-key.js';

function itemsOf(spec: TableSpec): ItemDef[] {
  const out = new Map<string, ItemDef>();
  for (const l of spec.layouts)
    for (const b of l.blocks) for (const i of b.items ?? []) if (!out.has(i.id)) out.set(i.id, i);
  return [...out.values()];
}

/**
 * Item sums by the layout the table was read with: the one whose blocks hold most of the table's
 * item rows. Item ids recur across layouts with other parents (决算 收支总表: 本年收入合计 sums
 * eight sources, 总计 adds 结转和结余; its 支出 block has items of its own), so one merged list
 * would sum the wrong lines.
 */
function itemSumsOf(table: Table, spec: TableSpec): RowSum[] {
  let best: TableLayout | undefined;
  let bestScore = 0;
  for (const l of spec.layouts) {
    const score = table.rows.filter(
      (r) =>
        r.item &&
        l.blocks.some((b) => b.id === (r.block ?? 'main') && b.items?.some((i) => i.id === r.item)),
    ).length;
    if (score > bestScore) {
      best = l;
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

/** A table's 类/款/项 sums, made once per disclosure for the families that share them. */
function codedSums(table: Table, ctx: CheckContext): RowSum[] {
  return ctx.memo(`coded-row-sums:${table.kind}`, () => codedRowSums(table.rows));
}

function check(table: Table, sums: readonly RowSum[], ctx: CheckContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const columnsOf = new Map<string | undefined, Table['columns']>();
  for (const s of sums) {
    const parent = table.rows[s.parent]!;
    const children = s.children.map((c) => table.rows[c]!);
    let columns = columnsOf.get(parent.block);
    if (!columns) {
      columns = table.columns.filter((c) => (c.block ?? undefined) === parent.block);
      columnsOf.set(parent.block, columns);
    }
    for (const col of columns) {
      const total = ctx.cell(parent, col.id);
      const parts = children.map((c) => ctx.cell(c, col.id));
      if (total.known && total.cents === 0 && allBlank(parts)) continue;
      out.push(
        compareSumAt(
          ctx,
          total,
          parts,
          table.unit,
          () => ({
            table: table.kind,
            ...(table.number ? { tableNumber: table.number } : {}),
            row: rowKey(parent),
            rowName: describeRow(parent),
            column: col.id,
            ...(parent.at?.line ? { line: parent.at.line } : {}),
            ...(parent.at?.page ? { page: parent.at.page } : {}),
          }),
          () => `Σ ${children.map(rowKey).join(' + ')}`,
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
    sums: (t, _s, ctx) => codedSums(t, ctx).filter((s) => s.kind === 'code' || s.kind === 'unit'),
  },
  {
    suffix: 'total-row',
    zh: '合计（总计）行 = 各类（各单位）之和',
    en: 'the total row equals the sum of its top-level rows',
    basis: '表式合计关系',
    applies: hasCodedBlock,
    sums: (t, _s, ctx) => codedSums(t, ctx).filter((s) => s.kind === 'total'),
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
