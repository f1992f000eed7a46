// How findings name a row: a stable key (code, item id, unit/project) and a readable label.
import type { FindingLocation } from '../../model/finding.js';
import type { Table, TableRow } from '../../model/table.js';

export function rowKey(row: TableRow): string {
  if (row.kind === 'total') return row.block === 'expenditure' ? 'expenditure-total' : 'total';
  if (row.item) return row.item;
  if (row.code && row.project) return `${row.code}/${row.project}`;
  if (row.code) return row.code;
  if (row.project) return `${row.unit ?? ''}/${row.project}`;
  return row.name;
}

export function describeRow(row: TableRow): string {
  // code and name, whichever are printed, joined by a space (no array: this runs per finding).
  const head = row.code ? (row.name ? `${row.code} ${row.name}` : row.code) : row.name || '';
  return row.project && row.project !== row.name ? `${head}（${row.project}）` : head;
}

/** Where a finding about one cell of a table row points (built field by field: no spreads). */
export function rowCellLocation(table: Table, row: TableRow, column: string): FindingLocation {
  const out: FindingLocation = { table: table.kind };
  if (table.number) out.tableNumber = table.number;
  out.row = rowKey(row);
  out.rowName = describeRow(row);
  out.column = column;
  if (row.at?.line) out.line = row.at.line;
  if (row.at?.page) out.page = row.at.page;
  return out;
}
