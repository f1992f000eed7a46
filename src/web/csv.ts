// CSV as RFC 4180 with a UTF-8 BOM (so spreadsheet programs read the Chinese text), one record per
// line. Fields that could be read as formulas by a spreadsheet are prefixed with a quote.
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const text = FORMULA_START.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(field).join(',') + '\r\n';
}

export const CSV_BOM = '\uFEFF';
