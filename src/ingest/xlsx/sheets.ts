// Worksheets (read by exceljs or SheetJS) → one Layout: each visible sheet a page, each visual
// row a line of tokens with column geometry (see ingest/grid.ts); y is the sheet's row number.
import { createHash } from 'node:crypto';
import { InputError } from '../../model/errors.js';
import type { Layout, LayoutLine } from '../../model/layout.js';
import { gridRows, type Grid } from '../grid.js';
import { lineText } from '../pdf/line-text.js';
import type { IngestResult } from '../pdf/index.js';
import type { IngestWarning } from '../pdf/warning.js';
import type { CellIssue } from './cell-text.js';

/** Sheets of a workbook disclosure: ~20 (one per table and text part); far more is not one. */
export const MAX_SHEETS = 200;
/** Rows per sheet: a table of every 项 of the catalog is a few thousand rows. */
export const MAX_SHEET_ROWS = 100_000;
/** Cells read in the whole workbook (bounds the work after loading). */
export const MAX_WORKBOOK_CELLS = 2_000_000;
/** Font size when the cell has none (the spreadsheet default). */
export const DEFAULT_SHEET_FONT_SIZE = 11;
/** Cell issues of one kind listed by address in a warning; the rest are counted. */
const LISTED_CELLS = 10;

export interface SheetGrid extends Grid {
  readonly name: string;
  /** Cells with an issue, by kind: their addresses (A1 style). */
  readonly issues: ReadonlyMap<CellIssue, readonly string[]>;
}

export interface WorkbookRead {
  readonly sheets: readonly SheetGrid[];
  /** Warnings from reading (hidden sheets, caps). */
  readonly warnings: readonly IngestWarning[];
}

const ISSUE_TEXT: Record<CellIssue, string> = {
  'formula-uncached': 'formulas saved without their result (their values are missing)',
  'cell-error': 'cells showing a formula error (kept as shown)',
  'number-format-fallback': 'numbers in a format this reader does not render (shown as General)',
};

/** "A1" style address of a 1-based row and 0-based column. */
export function cellAddress(row: number, col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

function issueWarnings(sheet: SheetGrid, page: number, file: string): IngestWarning[] {
  const out: IngestWarning[] = [];
  for (const [code, cells] of sheet.issues) {
    const listed = cells.slice(0, LISTED_CELLS).join(', ');
    const more = cells.length > LISTED_CELLS ? ` and ${cells.length - LISTED_CELLS} more` : '';
    out.push({
      code,
      message: `${file} sheet "${sheet.name}": ${cells.length} ${ISSUE_TEXT[code]}: ${listed}${more}`,
      at: { page },
    });
  }
  return out;
}

export function workbookLayout(
  read: WorkbookRead,
  bytes: Uint8Array,
  file: string,
  format: 'xlsx' | 'xls',
): IngestResult {
  const lines: LayoutLine[] = [];
  const warnings: IngestWarning[] = [...read.warnings];
  read.sheets.forEach((sheet, i) => {
    const page = i + 1;
    for (const row of gridRows(sheet))
      lines.push({ text: lineText(row.tokens), line: lines.length + 1, page, tokens: row.tokens });
    warnings.push(...issueWarnings(sheet, page, file));
  });
  if (lines.length === 0) {
    const hidden = read.warnings.filter((w) => w.code === 'sheet-hidden').length;
    throw new InputError(
      'empty',
      `${file}: the workbook shows no text${hidden ? ` (${hidden} hidden sheet(s) skipped)` : ''}`,
      { file },
    );
  }
  const layout: Layout = {
    source: {
      file,
      format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    },
    pages: read.sheets.length,
    lines,
  };
  return { layout, warnings };
}
