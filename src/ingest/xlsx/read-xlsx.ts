// XLSX → worksheets of cells (exceljs). The zip is checked first (ingest/zip.ts), because exceljs
// inflates every part into memory; exceljs then refuses sheets past the row and cell caps. Visible
// sheets in workbook order; hidden rows and columns (hidden, or zero height/width) are left out
// by the grid; merged ranges become one cell spanning them; formulas show their cached results.
import type { Cell, Row, Worksheet, XlsxReadOptions } from 'exceljs';
import { InputError } from '../../model/errors.js';
import type { GridCell } from '../grid.js';
import type { IngestWarning } from '../pdf/warning.js';
import { checkZip } from '../zip.js';
import { cellText, type CellIssue } from './cell-text.js';
import {
  DEFAULT_SHEET_FONT_SIZE,
  MAX_SHEETS,
  MAX_SHEET_ROWS,
  MAX_WORKBOOK_CELLS,
  cellAddress,
  type SheetGrid,
  type WorkbookRead,
} from './sheets.js';

/** Cells in one row: budget tables have under 30 columns; Excel's own limit is 16,384. */
export const MAX_ROW_CELLS = 2_000;
/** Parts of a sheet that carry nothing a reader sees as text. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'picture', 'drawing'];

interface Span {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

class SheetReader {
  readonly cells: GridCell[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  readonly issues = new Map<CellIssue, string[]>();
  private readonly spans = new Map<string, Span>();
  private readonly values: { cell: Cell; row: number; col: number }[] = [];

  constructor(
    private readonly ws: Worksheet,
    private readonly date1904: boolean,
  ) {}

  /** Reads up to `budget` cells; returns how many it read. */
  read(budget: number): number {
    let count = 0;
    for (let c = 1; c <= this.ws.columnCount; c++) {
      const column = this.ws.getColumn(c);
      if (column.hidden || column.width === 0) this.hiddenCols.add(c - 1);
    }
    this.ws.eachRow({ includeEmpty: false }, (row: Row, r: number) => {
      if (count >= budget) return;
      if (row.hidden || row.height === 0) this.hiddenRows.add(r);
      row.eachCell({ includeEmpty: false }, (cell: Cell, c: number) => {
        if (++count > budget) return;
        this.visit(cell, r, c - 1);
      });
    });
    for (const { cell, row, col } of this.values) this.place(cell, row, col);
    return count;
  }

  private visit(cell: Cell, row: number, col: number): void {
    if (!cell.isMerged || cell.master === cell) {
      this.values.push({ cell, row, col });
      return;
    }
    const m = cell.master;
    const span = this.spans.get(m.address) ?? {
      row: Number(m.row),
      col: Number(m.col) - 1,
      lastRow: Number(m.row),
      lastCol: Number(m.col) - 1,
    };
    span.lastRow = Math.max(span.lastRow, row);
    span.lastCol = Math.max(span.lastCol, col);
    this.spans.set(m.address, span);
  }

  private place(cell: Cell, row: number, col: number): void {
    const { text, issue } = cellText(cell.value, cell.numFmt, this.date1904);
    if (issue) {
      const list = this.issues.get(issue) ?? [];
      list.push(cellAddress(row, col));
      this.issues.set(issue, list);
    }
    if (text === undefined) return;
    const span = this.spans.get(cell.address);
    this.cells.push({
      row,
      col,
      rowSpan: span ? span.lastRow - row + 1 : 1,
      colSpan: span ? span.lastCol - col + 1 : 1,
      text,
      size: cell.font?.size ?? DEFAULT_SHEET_FONT_SIZE,
    });
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookRead> {
  const entries = checkZip(bytes, file);
  if (!entries.some((e) => e.name.replace(/^\//, '') === 'xl/workbook.xml'))
    throw new InputError('unsupported', `${file}: a zip archive, but not an XLSX workbook`, {
      file,
    });
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const options = { ignoreNodes: IGNORED_NODES, maxRows: MAX_SHEET_ROWS, maxCols: MAX_ROW_CELLS };
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it reads a Node Buffer.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(buffer as unknown as ArrayBuffer, options as Partial<XlsxReadOptions>);
  } catch (e) {
    const message = describe(e);
    if (/^Max \w+ count/.test(message))
      throw new InputError(
        'too-large',
        `${file}: a sheet has more than ${MAX_SHEET_ROWS} rows or ${MAX_ROW_CELLS} cells in a row`,
        { file },
      );
    throw new InputError('unreadable', `${file}: not a readable XLSX workbook (${message})`, {
      file,
    });
  }
  const date1904 = Boolean(wb.properties?.date1904);
  const sheets: SheetGrid[] = [];
  const warnings: IngestWarning[] = [];
  let budget = MAX_WORKBOOK_CELLS;
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      warnings.push({
        code: 'sheet-hidden',
        message: `${file}: hidden sheet "${ws.name}" was skipped (a reader of the workbook does not see it)`,
      });
      continue;
    }
    if (sheets.length >= MAX_SHEETS || budget <= 0) {
      warnings.push({
        code: 'content-truncated',
        message: `${file}: sheets from "${ws.name}" on were not read: the workbook is past its limit of ${MAX_SHEETS} sheets or ${MAX_WORKBOOK_CELLS} cells`,
      });
      break;
    }
    const reader = new SheetReader(ws, date1904);
    const read = reader.read(budget);
    budget -= read;
    if (budget < 0)
      warnings.push({
        code: 'content-truncated',
        message: `${file} sheet "${ws.name}": cells past the workbook's limit of ${MAX_WORKBOOK_CELLS} were not read`,
        at: { page: sheets.length + 1 },
      });
    sheets.push({
      name: ws.name,
      cells: reader.cells,
      hiddenRows: reader.hiddenRows,
      hiddenCols: reader.hiddenCols,
      issues: reader.issues,
    });
  }
  return { sheets, warnings };
}
