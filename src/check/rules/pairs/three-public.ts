// The "三公" table against the 经济分类 lines that carry the same money. A 三公 item covers its
// 基本支出 and 项目支出 alike, so the 基本支出表's 款 (30217 公务接待费) is a lower bound of it, and
// that 款 plus the 项目支出表's class column (302) an upper bound: both directions are certain.
import { matchKey } from '../../../ingest/index.js';
import { fromCents, toCents, type Cents } from '../../../model/money.js';
import type { ThreePublicItem } from '../../../model/narrative.js';
import type { Table, TableRow } from '../../../model/table.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { GridColumn } from '../../grid-column.js';
import { codeCents, codeIndex } from './pair.js';

export type BoundedItem = Exclude<ThreePublicItem, 'total' | 'vehicle'>;

/** The 基本支出表 款 of each item, and the 项目支出表 columns that may hold the rest. */
export const ITEM_LINES: Readonly<
  Record<BoundedItem, { economic: readonly string[]; projectColumns: readonly string[] }>
> = {
  reception: { economic: ['30217'], projectColumns: ['e302'] },
  'vehicle-operation': { economic: ['30231'], projectColumns: ['e302'] },
  outbound: { economic: ['30212'], projectColumns: ['e302'] },
  // 公务用车购置 is 31013 under 资本性支出, or 30913 under 资本性支出（基本建设）.
  'vehicle-purchase': { economic: ['31013', '30913'], projectColumns: ['e309', 'e310'] },
};

// A 三公 cell against the sum of two printed cells: ⌊3/2⌋ cents of rounding.
const ROUNDING_SLACK = 1;

/**
 * The 三公 column that holds 一般公共预算 money: its 一般公共预算 column, or its total when the title
 * says the table is of the 一般公共预算 (新疆 2021). With `superset`, any total will do (a 财政拨款
 * total contains the 一般公共预算 part).
 */
export function threePublicColumn(t: Table, superset: boolean): string | undefined {
  if (t.columns.some((c) => c.id === 'general')) return 'general';
  if (!t.columns.some((c) => c.id === 'total')) return undefined;
  return superset || matchKey(t.title).includes('一般公共预算') ? 'total' : undefined;
}

export function threePublicRow(t: Table, item: ThreePublicItem): TableRow | undefined {
  return t.rows.find((r) => r.item === item || (item === 'total' && r.kind === 'total'));
}

/** Σ of the 基本支出表 rows with these codes; undefined when a cell is unknown or a code repeats. */
function economicSum(
  ctx: CheckContext,
  basic: Table,
  codes: readonly string[],
): { cents: Cents; present: boolean } | undefined {
  let cents = 0;
  let present = false;
  const index = codeIndex(ctx, basic);
  const cells = new GridColumn(ctx, basic, 'total');
  for (const code of codes) {
    const v = codeCents(index, cells, code);
    if (v === undefined) continue;
    if (Number.isNaN(v)) return undefined;
    cents += v;
    present = true;
  }
  return { cents, present };
}

/** Whether the 基本支出表 lists 款 lines (so an absent 款 means nothing budgeted). */
function itemisesSections(ctx: CheckContext, basic: Table): boolean {
  return codeIndex(ctx, basic).lengths.has(5);
}

/**
 * The range a row's columns can add up to: the placed values, plus at most every unplaced number
 * that may sit in one of them. Amounts are not negative in these tables.
 */
export function columnRange(row: TableRow, columns: readonly string[]): [Cents, Cents] {
  let lo = 0;
  for (const c of columns) {
    const v = row.values[c];
    if (v !== undefined) lo += toCents(v);
  }
  let hi = lo;
  for (const u of row.unplaced ?? [])
    if (u.candidates.some((c) => columns.includes(c))) hi += toCents(u.value);
  return [lo, hi];
}

/** The 项目支出 part that may hold an item: a range, open above when it cannot be read. */
function projectRange(ctx: CheckContext, columns: readonly string[]): [Cents, Cents] {
  const pt = ctx.table('general-budget-project');
  const total = pt?.rows.find((r) => r.kind === 'total');
  if (pt && total) {
    if (pt.columns.some((c) => columns.includes(c.id))) return columnRange(total, columns);
    const all = ctx.cell(total, 'total');
    return all.known ? [0, all.cents] : [0, Infinity];
  }
  // No 项目支出表: the 一般公共预算支出表 tells whether there is any 项目支出 at all.
  const gbTotal = ctx.rowAt('general-budget', 'total');
  const project = gbTotal ? ctx.cell(gbTotal, 'project') : undefined;
  return project?.known && project.cents === 0 ? [0, 0] : [0, Infinity];
}

function finding(
  outcome: FindingDraft['outcome'],
  t: Table,
  row: TableRow,
  column: string,
  note: string,
  actual?: Cents,
  bound?: Cents,
): FindingDraft {
  return {
    outcome,
    location: {
      table: 'three-public',
      ...(t.number ? { tableNumber: t.number } : {}),
      row: row.item ?? 'total',
      rowName: row.name,
      column,
    },
    ...(actual === undefined ? {} : { actual: fromCents(actual) }),
    ...(bound === undefined || actual === undefined
      ? {}
      : { expected: fromCents(bound), difference: fromCents(actual - bound) }),
    unit: t.unit,
    note,
  };
}

type RuleRow = Omit<Rule, 'evaluate' | 'category' | 'severity'>;

/** 三公 item ≥ its 基本支出表 款 (the 基本支出 part of the same money). */
export function coversRule(row: RuleRow, item: BoundedItem): Rule {
  const codes = ITEM_LINES[item].economic;
  return {
    ...row,
    category: 'cross-table',
    severity: 'warning',
    evaluate: (_d, ctx) => {
      const t = ctx.table('three-public');
      const basic = ctx.table('general-budget-basic');
      if (!t || !basic || t.unit !== basic.unit) return [];
      const col = threePublicColumn(t, true);
      const r = threePublicRow(t, item);
      if (!col || !r) return [];
      const note = `≥ ${basic.number ?? '基本支出表'} ${codes.join('+')}`;
      const cell = ctx.cell(r, col);
      const econ = economicSum(ctx, basic, codes);
      if (!cell.known || !econ) return [finding('insufficient_data', t, r, col, note)];
      // Lines not itemised: no lower bound to test.
      if (!econ.present && !itemisesSections(ctx, basic)) return [];
      if (cell.cents === 0 && econ.cents === 0) return [];
      // round(基本 + 项目) ≥ round(基本): rounding cannot make the 三公 figure the smaller.
      const outcome = cell.cents >= econ.cents ? 'pass' : 'fail';
      if (outcome === 'pass' && !ctx.keepPasses) return [PASS];
      return [finding(outcome, t, r, col, note, cell.cents, econ.cents)];
    },
  };
}

/** 三公 item (一般公共预算) ≤ its 基本支出表 款 + the 项目支出表's class column. */
export function withinRule(row: RuleRow, item: BoundedItem): Rule {
  const { economic, projectColumns } = ITEM_LINES[item];
  const classes = [...new Set(economic.map((c) => c.slice(0, 3)))];
  return {
    ...row,
    category: 'cross-table',
    severity: 'warning',
    evaluate: (_d, ctx) => {
      const t = ctx.table('three-public');
      const basic = ctx.table('general-budget-basic');
      if (!t || !basic || t.unit !== basic.unit) return [];
      const col = threePublicColumn(t, false);
      const r = threePublicRow(t, item);
      if (!col || !r) return [];
      const cell = ctx.cell(r, col);
      if (cell.known && cell.cents === 0) return [];
      // Where the 基本支出表 does not list 款 lines, its class line bounds the item.
      const lines = itemisesSections(ctx, basic) ? economic : classes;
      const note = `≤ ${basic.number ?? '基本支出表'} ${lines.join('+')} + 项目支出 ${projectColumns.join('+')}`;
      const econ = economicSum(ctx, basic, lines);
      if (!cell.known || !econ) return [finding('insufficient_data', t, r, col, note)];
      const [lo, hi] = projectRange(ctx, projectColumns);
      const bound = hi === Infinity ? undefined : econ.cents + hi;
      if (cell.cents <= econ.cents + lo + ROUNDING_SLACK)
        return [
          ctx.keepPasses ? finding('pass', t, r, col, note, cell.cents, econ.cents + lo) : PASS,
        ];
      if (bound !== undefined && cell.cents > bound + ROUNDING_SLACK)
        return [finding('fail', t, r, col, note, cell.cents, bound)];
      // Not placed for certain: say between which bounds the 项目支出 part lies.
      const range = `项目支出在 ${fromCents(lo)} 与 ${bound === undefined ? '未知' : fromCents(hi)} 之间`;
      return [finding('insufficient_data', t, r, col, `${note}；${range}`, cell.cents)];
    },
  };
}
