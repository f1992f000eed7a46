// The function_totals rows of one disclosure: its function table's 合计 column at 类 and 款 level,
// summed per code in integer cents (a code printed twice counts twice, as aggregate always did).
import { sumCents } from '../model/money.js';
import type { FactRow } from './rows.js';
import type { FunctionTotalsTable } from './schema.js';

export type FunctionTotalRow = Omit<FunctionTotalsTable, 'disclosure_id' | 'department_id'>;

export function functionTotalRows(
  facts: readonly FactRow[],
  functionTable: string | null,
  place: { year: number | null; kind: string },
): FunctionTotalRow[] {
  if (!functionTable) return [];
  const byCode = new Map<string, { first: FactRow; cents: number[] }>();
  for (const f of facts) {
    if (f.table_kind !== functionTable || f.col !== 'total' || !f.row_code) continue;
    if (f.row_level !== '类' && f.row_level !== '款') continue;
    const e = byCode.get(f.row_code);
    if (e) e.cents.push(f.amount_cents);
    else byCode.set(f.row_code, { first: f, cents: [f.amount_cents] });
  }
  return [...byCode].map(([code, { first, cents }]) => ({
    year: place.year,
    kind: place.kind,
    region: null,
    row_code: code,
    row_level: first.row_level!,
    row_name: first.row_name,
    unit: first.unit,
    amount_cents: sumCents(cents),
  }));
}
