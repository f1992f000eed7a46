// How findings name a row: a stable key (code, item id, unit/project) and a readable label.
import type { TableRow } from '../../model/table.js';

export function rowKey(row: TableRow): string {
  if (row.kind === 'total') return row.block === 'expenditure' ? 'expenditure-total' : 'total';
  if (row.item) return row.item;
  if (row.code && row.project) return `${row.code}/${row.project}`;
  if (row.code) return row.code;
  if (row.project) return `${row.unit ?? ''}/${row.project}`;
  return row.name;
}

export function describeRow(row: TableRow): string {
  const head = [row.code, row.name].filter(Boolean).join(' ');
  return row.project && row.project !== row.name ? `${head}（${row.project}）` : head;
}
