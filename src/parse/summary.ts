// The key figures, computed from the tables (never from the narrative): 收支总计 from 收支总体,
// 基本/项目 from 支出总体, 人员/公用经费 from the 基本支出 table, 三公 from its table, 支出 by 类.
import { toCents, fromCents, type Amount, type AmountUnit } from '../model/money.js';
import type { Summary } from '../model/summary.js';
import type { Table, TableKind, TableRow } from '../model/table.js';

function table(tables: readonly Table[], kind: TableKind): Table | undefined {
  return tables.find((t) => t.kind === kind);
}

/** A cell of a certain row: its value, 0 when blank, null when it cannot be known. */
function cell(row: TableRow | undefined, column: string): Amount | null {
  if (!row) return null;
  const v = row.values[column];
  if (v !== undefined) return v;
  return row.unplaced?.length ? null : 0;
}

function totalRow(t: Table | undefined, block?: 'income' | 'expenditure'): TableRow | undefined {
  return t?.rows.find((r) => r.kind === 'total' && r.block === block);
}

/** A figure in another unit than the summary's, converted exactly (元 → 万元 keeps 0.01 only
 * when exact; otherwise the figure is not comparable and is left out). */
function inUnit(value: Amount | null, from: AmountUnit, to: AmountUnit): Amount | null {
  if (value === null || from === to) return value;
  const cents = toCents(value);
  if (from === '万元' && to === '元') return fromCents(cents * 10_000);
  return cents % 10_000 === 0 ? fromCents(cents / 10_000) : null;
}

export function computeSummary(tables: readonly Table[], unit: AmountUnit): Summary {
  const re = table(tables, 'revenue-expenditure');
  const exp = table(tables, 'expenditure');
  const basic = table(tables, 'general-budget-basic');
  const three = table(tables, 'three-public');
  const fiscal = table(tables, 'fiscal-revenue-expenditure');
  const conv = (t: Table | undefined, v: Amount | null) => (t ? inUnit(v, t.unit, unit) : null);

  const reTotal =
    cell(totalRow(re, 'income'), 'amount') ?? cell(totalRow(re, 'expenditure'), 'amount');
  const general =
    re?.rows.find((r) => r.block === 'income' && r.item === 'general') ??
    fiscal?.rows.find((r) => r.block === 'income' && r.item === 'general');
  const generalTable = re?.rows.some((r) => r.item === 'general') ? re : fiscal;

  const threeUnit = three?.unit ?? unit;
  // 决算 三公 prints 预算数 | 决算数 per item: the summary gives what was spent.
  const threeColumn = three?.columns.some((c) => c.id === 'final') ? 'final' : 'total';
  const item = (id: string) => {
    const row = three?.rows.find((r) => r.item === id);
    return three ? cell(row, threeColumn) : null;
  };

  const byFunctionClass: Record<string, Amount> = {};
  const classRows = exp
    ? exp.rows.filter((r) => r.kind === 'code' && r.level === '类')
    : (re?.rows.filter((r) => r.block === 'expenditure' && r.kind === 'code') ?? []);
  const classTable = exp ?? re;
  for (const row of classRows) {
    const v = conv(classTable, cell(row, exp ? 'total' : 'amount'));
    if (v !== null && v !== 0 && row.code) byFunctionClass[row.code] = v;
  }

  return {
    unit,
    total: conv(re, reTotal) ?? conv(exp, cell(totalRow(exp), 'total')),
    basic: conv(exp, cell(totalRow(exp), 'basic')),
    project: conv(exp, cell(totalRow(exp), 'project')),
    personnel: conv(basic, cell(totalRow(basic), 'personnel')),
    publicUse: conv(basic, cell(totalRow(basic), 'public-use')),
    generalBudget: conv(generalTable, cell(general, 'amount')),
    threePublic: {
      unit: threeUnit,
      total: item('total'),
      outbound: item('outbound'),
      vehiclePurchase: item('vehicle-purchase'),
      vehicleOperation: item('vehicle-operation'),
      reception: item('reception'),
    },
    byFunctionClass,
  };
}
