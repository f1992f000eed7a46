// Two-sided tables (收支总体, 财政拨款收支总体): 收入 items on the left, 支出 by every 功能分类 类 of the
// year on the right, printed side by side — so rows alternate 收入/支出 as the parser reads them,
// and the two totals close the table.
import { lookupCode } from '../../model/catalog/index.js';
import { fromCents } from '../../model/money.js';
import type { ItemDef, TableLayout } from '../../model/specs/index.js';
import type { TableRow } from '../../model/table.js';
import { roundFen } from '../amounts.js';
import type { ComposeContext, Line } from '../lines.js';
import { Cells, type ColumnsOf } from './cells.js';

/** 上海 收支总表 收入 labels (numbered as printed). */
const SHANGHAI: Readonly<Record<string, string>> = {
  fiscal: '一、财政拨款收入',
  general: '1.一般公共预算',
  fund: '2.政府性基金预算',
  capital: '3.国有资本经营预算',
  'business-income': '二、事业收入',
  'business-operating': '三、事业单位经营收入',
  'unit-other': '四、其他收入',
};

/** Printed labels that differ from the spec's (numbering, 其中), by layout id and item id. */
const PRINTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'xinjiang-2025': {
    current: '一、本年收入',
    general: '1.一般公共预算拨款',
    'general-own': '其中：一般财力',
    fund: '2.政府性基金预算拨款',
    'fund-own': '其中：政府性基金收入',
    capital: '3.国有资本经营预算拨款',
    'capital-own': '其中：国有资本经营收入',
    'special-account': '4.财政专户核拨',
    'unit-funds': '5.单位资金',
    'business-income': '其中：事业收入',
    carryover: '二、上年结转结余',
    'carryover-fiscal': '1.财政拨款结转',
    'carryover-general': '其中：一般公共预算拨款',
    'carryover-nonfiscal': '2.非财政拨款结转结余',
    'carryover-special': '其中：财政专户核拨',
  },
  'by-budget': { fiscal: '一、财政拨款（补助）' },
  ...Object.fromEntries(['shanghai', 'shanghai-unit'].map((id) => [id, SHANGHAI])),
};

/** 功能分类 类 codes of the year, in code order (the 支出 side lists them all). */
const CLASSES_BY_YEAR = new Map<number, readonly string[]>();

function catalogClasses(year: number): readonly string[] {
  let list = CLASSES_BY_YEAR.get(year);
  if (!list) {
    const out: string[] = [];
    for (let c = 201; c <= 299; c++) {
      const e = lookupCode('function', String(c), year);
      if (e && e.retiredAfter === undefined) out.push(e.code);
    }
    CLASSES_BY_YEAR.set(year, (list = out));
  }
  return list;
}

function classCodes(ctx: ComposeContext): string[] {
  const codes = new Set<string>(catalogClasses(ctx.year));
  for (const l of ctx.lines) codes.add(l.functionCode.slice(0, 3));
  return [...codes].sort();
}

/** 分 of each item: a line counts in its leaf item and every item above it. */
function itemFen(
  items: readonly ItemDef[],
  lines: readonly Line[],
  leafOf: (l: Line) => string | undefined,
): Map<string, number> {
  const parent = new Map(items.map((i) => [i.id, i.parent]));
  const fen = new Map<string, number>(items.map((i) => [i.id, 0]));
  for (const l of lines) {
    let id = leafOf(l);
    if (!id || !parent.has(id)) continue;
    while (id) {
      fen.set(id, (fen.get(id) ?? 0) + l.fen);
      id = parent.get(id);
    }
  }
  return fen;
}

export function twoSidedRows(
  ctx: ComposeContext,
  layout: TableLayout,
  income: { lines: readonly Line[]; leafOf: (l: Line) => string | undefined },
  expenditure: { columnsOf: ColumnsOf; classesWithMoneyOnly?: boolean },
): TableRow[] {
  const items = layout.blocks.find((b) => b.id === 'income')?.items ?? [];
  const labels = PRINTED[layout.id] ?? {};
  const fen = itemFen(items, income.lines, income.leafOf);
  const itemRow = (it: ItemDef): TableRow => {
    const cents = roundFen(fen.get(it.id) ?? 0, ctx.unit);
    return {
      kind: it.id === 'total' ? 'total' : 'item',
      block: 'income',
      name: labels[it.id] ?? it.label,
      item: it.id,
      values: cents === 0 ? {} : { amount: fromCents(cents) },
    };
  };
  const left = items.filter((i) => i.id !== 'total').map(itemRow);

  const cells = new Cells();
  for (const l of ctx.lines) {
    const cols = expenditure.columnsOf(l);
    if (cols.length === 0) continue;
    cells.add(l.functionCode.slice(0, 3), cols, l.fen);
    cells.add('#total', cols, l.fen);
  }
  const codes = expenditure.classesWithMoneyOnly
    ? classCodes(ctx).filter((c) => Object.keys(cells.values(c, ctx.unit)).length > 0)
    : classCodes(ctx);
  const right: TableRow[] = codes.map((code) => ({
    kind: 'code',
    block: 'expenditure',
    code,
    level: '类',
    name: ctx.codeName('function', code),
    values: cells.values(code, ctx.unit),
  }));

  const rows: TableRow[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i]) rows.push(left[i] as TableRow);
    if (right[i]) rows.push(right[i] as TableRow);
  }
  const totalItem = items.find((i) => i.id === 'total');
  if (totalItem) rows.push(itemRow(totalItem));
  rows.push({
    kind: 'total',
    block: 'expenditure',
    name: '支出总计',
    values: cells.values('#total', ctx.unit),
  });
  return rows;
}
