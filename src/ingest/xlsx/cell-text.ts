// One cell's value → the text a reader sees in it. Formulas are never evaluated: their cached
// result (saved by the spreadsheet program) is shown; a formula saved without one has no text and
// is reported. Errors (#REF!, #DIV/0!) are shown as printed and reported.
import { formatNumber } from './number-format.js';

export type CellIssue = 'formula-uncached' | 'cell-error' | 'number-format-fallback';

export interface CellText {
  /** Undefined for an empty cell (or a formula without a saved result). */
  readonly text: string | undefined;
  readonly issue?: CellIssue;
}

/** Excel's day count for a JS Date (exceljs turns date-formatted numbers into Dates). */
function serialOf(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richText(v: unknown): string | undefined {
  if (!isObject(v) || !Array.isArray(v.richText)) return undefined;
  return v.richText.map((r: unknown) => (isObject(r) ? String(r.text ?? '') : '')).join('');
}

/**
 * The displayed text of a cell value as exceljs gives it (number, string, boolean, Date, rich
 * text, hyperlink, formula with result, shared formula, error), in the cell's number format.
 */
export function cellText(
  value: unknown,
  numFmt: string | undefined,
  date1904: boolean,
  depth = 0,
): CellText {
  if (value === null || value === undefined) return { text: undefined };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    const f = formatNumber(value, numFmt, { date1904 });
    return f.fallback ? { text: f.text, issue: 'number-format-fallback' } : { text: f.text };
  }
  if (value instanceof Date) {
    const serial = serialOf(value, date1904);
    if (Number.isNaN(serial)) return { text: undefined };
    return cellText(serial, numFmt ?? 'yyyy-mm-dd', date1904, depth + 1);
  }
  if (!isObject(value) || depth > 2) return { text: undefined };
  const rich = richText(value);
  if (rich !== undefined) return { text: rich };
  if (typeof value.error === 'string') return { text: value.error, issue: 'cell-error' };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined || value.result === null)
      return { text: undefined, issue: 'formula-uncached' };
    return cellText(value.result, numFmt, date1904, depth + 1);
  }
  if ('hyperlink' in value || 'text' in value) {
    const text = richText(value.text) ?? (typeof value.text === 'string' ? value.text : undefined);
    return { text };
  }
  return { text: undefined };
}
