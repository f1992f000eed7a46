// The bulk CSV of table facts: one flat table, one line per cell, RFC 4180 quoting.
import { toCents, formatCents } from '../../model/money.js';
import type { ExportRow } from '../store.js';

/** Columns of the flat export, in order. amount_yuan is the amount in 元, exactly. */
export const EXPORT_COLUMNS = [
  'department',
  'region',
  'level',
  'year',
  'kind',
  'disclosure_id',
  'version',
  'table_kind',
  'table_number',
  'row_code',
  'row_level',
  'row_name',
  'budget_unit',
  'project',
  'column',
  'amount',
  'unit',
  'amount_yuan',
] as const;

function quote(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV line (with \r\n) of the given cells; null and undefined are empty. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map((c) => (c === null || c === undefined ? '' : quote(String(c)))).join(',')}\r\n`;
}

/** The cells of one export row, aligned with EXPORT_COLUMNS. Amounts as plain decimals. */
export function exportCells(r: ExportRow): (string | number | null)[] {
  const cents = toCents(r.amount);
  const yuanCents = r.unit === '万元' ? cents * 10000 : cents;
  return [
    r.department,
    r.region,
    r.level,
    r.year,
    r.kind,
    r.disclosureId,
    r.version,
    r.tableKind,
    r.tableNumber,
    r.rowCode,
    r.rowLevel,
    r.rowName,
    r.budgetUnit,
    r.project,
    r.column,
    formatCents(cents, { grouping: false }),
    r.unit,
    formatCents(yuanCents, { grouping: false }),
  ];
}

/** The whole CSV (header first), line by line. */
export async function* exportCsv(rows: AsyncIterable<ExportRow>): AsyncIterable<string> {
  yield csvLine(EXPORT_COLUMNS);
  for await (const r of rows) yield csvLine(exportCells(r));
}
