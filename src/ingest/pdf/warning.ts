// What ingest could not read with certainty, returned beside the Layout (which is plain lines).
// Shaped like a ParseWarning (code, message, at) so that parse can carry it into the Disclosure.

export const INGEST_WARNING_CODES = [
  'page-unreadable', // pdfjs failed on the page: its text is missing from the Layout
  'page-timeout', // the page took longer than the per-page limit: its text is missing
  'page-image-only', // the page has no text layer but paints an image (a scan): it needs OCR
  'page-garbled', // most of the page's text did not decode (unmapped glyphs)
  'time-limit', // the document took longer than its time budget: later pages were not read
  // Workbooks, web pages and Word files (ingest/xlsx, ingest/html, ingest/docx):
  'sheet-hidden', // a hidden worksheet was skipped: a reader of the workbook does not see it
  'formula-uncached', // a formula saved without its result: the cell's value is missing
  'cell-error', // a cell shows a formula error (#REF!, #DIV/0!…), kept as shown
  'number-format-fallback', // a number format we do not render: the number is shown as General
  'content-truncated', // a size cap (sheets, rows, cells, table size) was reached: the rest is missing
  'charset-mismatch', // the declared character set did not decode the page; another one did
  'conversion-message', // the Word converter reported a part it could not read
] as const;
export type IngestWarningCode = (typeof INGEST_WARNING_CODES)[number];

export interface IngestWarning {
  readonly code: IngestWarningCode;
  readonly message: string;
  readonly at?: { readonly page?: number };
}
