// Workbooks → Layout: XLSX with exceljs, legacy .xls with SheetJS in a worker (see read-xls.ts).
// Each visible sheet is a page; each visual row a line of tokens with column geometry.
import { InputError } from '../../model/errors.js';
import type { IngestResult } from '../pdf/index.js';
import { readXls } from './read-xls.js';
import { readXlsx } from './read-xlsx.js';
import { workbookLayout } from './sheets.js';

/** Disclosure workbooks are a few MB (the largest seen, with screenshots, 2.5 MB). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;
/** .xls files are larger than XLSX for the same content (no compression). */
export const MAX_XLS_BYTES = 50 * 1024 * 1024;

function checkSize(bytes: Uint8Array, file: string, max: number): void {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes.length > max)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; workbooks are limited to ${max} bytes`,
      { file },
    );
}

/** An XLSX workbook → its Layout, plus what could not be read with certainty. */
export async function xlsxLayout(bytes: Uint8Array, file: string): Promise<IngestResult> {
  checkSize(bytes, file, MAX_XLSX_BYTES);
  return workbookLayout(await readXlsx(bytes, file), bytes, file, 'xlsx');
}

/** A legacy .xls workbook → its Layout (read in an isolated worker, under time and heap limits). */
export async function xlsLayout(bytes: Uint8Array, file: string): Promise<IngestResult> {
  checkSize(bytes, file, MAX_XLS_BYTES);
  return workbookLayout(await readXls(bytes, file), bytes, file, 'xls');
}

export { formatNumber } from './number-format.js';
export { MAX_SHEETS, MAX_SHEET_ROWS, MAX_WORKBOOK_CELLS } from './sheets.js';
export { MAX_ROW_CELLS } from './read-xlsx.js';
export { XLS_TIMEOUT_MS, XLS_WORKER_HEAP_MB } from './read-xls.js';
