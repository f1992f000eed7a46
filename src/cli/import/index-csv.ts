// index.csv: one row per document, UTF-8 with a byte-order mark (without it Excel reads the file
// as the local ANSI code page and the Chinese is garbled), CRLF line ends and RFC 4180 quoting.
import { formatAmount } from '../../model/money.js';
import type { IndexRow } from './index-row.js';

const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'file',
  'output',
  'department',
  'kind',
  'year',
  'total',
  'unit',
  'errors',
  'warnings',
  'parse_warnings',
  'status',
  'reason_kind',
  'reason',
  'format',
  'pages',
  'seconds',
] as const;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

function text(v: string | null): string {
  if (v === null) return '';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function num(v: number | null): string {
  return v === null ? '' : String(v);
}

function cells(r: IndexRow): string[] {
  return [
    text(r.file),
    text(r.output),
    text(r.department),
    text(r.kind),
    num(r.year),
    r.total === null ? '' : formatAmount(r.total, { grouping: false }),
    text(r.unit),
    num(r.errors),
    num(r.warnings),
    num(r.parseWarnings),
    text(r.status),
    text(r.reason?.kind ?? null),
    text(r.reason?.message ?? null),
    text(r.format),
    num(r.pages),
    r.seconds.toFixed(3),
  ];
}

export function indexCsv(rows: readonly IndexRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => cells(r).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
