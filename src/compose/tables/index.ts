// Every table of a profile, pivoted from the line items.
import type { Profile, ProfileTable } from '../../model/profiles/index.js';
import type { Table, TableKind, TableRow } from '../../model/table.js';
import {
  isCapital,
  isFiscal,
  isFund,
  isGeneral,
  type ComposeContext,
  type Line,
} from '../lines.js';
import { carryoverRows, economicClassColumn, unitProjectRows } from './by-unit.js';
import { economicRows, functionRows } from './coded.js';
import { frame, layoutFor, styleOf, type TableStyle } from './frame.js';
import { threePublicRows } from './three-public.js';
import { twoSidedRows } from './two-sided.js';

const shanghaiColumn = (l: Line) => {
  const c = l.info.column2021;
  return c === 'business-income' || c === 'business-operating' ? c : 'unit-other';
};

const basicOrProject = (l: Line) => ['total', l.basic ? 'basic' : 'project'];
const personnelPublicUseProject = (l: Line) => [
  'total',
  l.type === '人员经费' ? 'personnel' : l.type === '公用经费' ? 'public-use' : 'project',
];

function rowsOf(ctx: ComposeContext, pt: ProfileTable, style: TableStyle): TableRow[] {
  const layout = layoutFor(pt);
  const only = (pred: (l: Line) => boolean, cols: (l: Line) => string[]) => (l: Line) =>
    pred(l) ? cols(l) : [];
  const budgetColumns = pt.layout === 'basic-project' ? basicOrProject : personnelPublicUseProject;
  switch (pt.kind) {
    case 'revenue-expenditure': {
      // 上海 单位预算 splits the 支出 side by 人员经费 / 公用经费 / 项目支出 under its total column.
      const root = layout.blocks.find((b) => b.id === 'expenditure')?.columns[0];
      const byType = (l: Line) => [
        root?.id ?? 'amount',
        ...(root?.children?.length ? [personnelPublicUseProject(l)[1] as string] : []),
      ];
      return twoSidedRows(
        ctx,
        layout,
        {
          lines: ctx.lines,
          leafOf: (l) => {
            if (layout.id === 'xinjiang-2025') return l.info.item;
            if (l.info.budget) return l.info.budget;
            // 上海 lists 事业收入, 事业单位经营收入 and 其他收入: any other money is 其他收入.
            if (layout.id.startsWith('shanghai')) return shanghaiColumn(l);
            return l.info.column2021;
          },
        },
        {
          columnsOf: byType,
          classesWithMoneyOnly: style.classesWithMoneyOnly,
        },
      );
    }
    case 'fiscal-revenue-expenditure':
      return twoSidedRows(
        ctx,
        layout,
        { lines: ctx.lines.filter(isFiscal), leafOf: (l) => l.info.budget },
        {
          columnsOf: (l) => (l.info.budget ? ['total', l.info.budget] : []),
          classesWithMoneyOnly: style.classesWithMoneyOnly,
        },
      );
    case 'revenue': {
      const twentyOne = layout.id === 'xinjiang-2021';
      const shanghai = layout.id === 'shanghai';
      return functionRows(ctx, style, (l) => {
        if (twentyOne) return ['total', l.info.budget ?? l.info.column2021];
        // 上海: 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 (other money counts in 其他收入).
        if (shanghai) {
          if (l.info.budget) return ['total', 'fiscal'];
          const c = l.info.column2021;
          return [
            'total',
            c === 'business-income' || c === 'business-operating' ? c : 'unit-other',
          ];
        }
        return l.info.budget ? ['total', 'fiscal', l.info.column] : ['total', l.info.column];
      });
    }
    case 'expenditure':
      return functionRows(ctx, style, basicOrProject);
    case 'general-budget':
      return functionRows(ctx, style, only(isGeneral, basicOrProject));
    case 'general-budget-basic':
      return economicRows(ctx, style, (l) => isGeneral(l) && l.basic);
    case 'general-budget-project':
      return unitProjectRows(
        ctx,
        style,
        only(
          (l) => isGeneral(l) && !l.basic,
          (l) => ['total', economicClassColumn(l) ?? 'e399'],
        ),
      );
    case 'fund-budget':
      return functionRows(ctx, style, only(isFund, budgetColumns));
    case 'capital-budget':
      return functionRows(ctx, style, only(isCapital, budgetColumns));
    case 'three-public':
      return threePublicRows(ctx, layout);
    case 'carryover':
      return carryoverRows(ctx, style);
  }
}

/** The 为空表 statement of a table published empty, in the seeds' words. */
const EMPTY_WHAT: Partial<Record<TableKind, string>> = {
  'fund-budget': '没有使用政府性基金预算拨款安排的支出',
  'capital-budget': '没有使用国有资本经营预算拨款安排的支出',
  carryover: '没有上年结转结余',
  'general-budget-project': '没有使用一般公共预算拨款安排的项目支出',
};

export function emptyStatement(ctx: ComposeContext, pt: ProfileTable): string {
  const what = EMPTY_WHAT[pt.kind] ?? '没有相关收支';
  return `${ctx.department}${ctx.year}年${what}，${pt.title}为空表。`;
}

/** Tables whose rows are printed whatever the figures (fixed item lists, every 类). */
const FIXED_ROWS = new Set<TableKind>([
  'revenue-expenditure',
  'fiscal-revenue-expenditure',
  'three-public',
]);

export function composeTables(ctx: ComposeContext, profile: Profile): Table[] {
  const style = styleOf(profile.id);
  return profile.tables.map((pt) => {
    // Each table rounds to its own unit (上海: tables in 元, the 三公 table in 万元).
    const tctx = pt.unit && pt.unit !== ctx.unit ? { ...ctx, unit: pt.unit } : ctx;
    let rows = rowsOf(tctx, pt, style);
    // Money that rounds to nothing in the printed unit leaves nothing to print: an empty table.
    const figures = rows.some((r) => Object.values(r.values).some((v) => v !== 0));
    if (!figures && !FIXED_ROWS.has(pt.kind)) rows = [];
    const table = frame(tctx, pt, rows);
    if (!figures) table.empty = { statement: emptyStatement(ctx, pt) };
    return table;
  });
}
