export { ingestBytes, ingestFile } from './file.js';
export type { IngestResult } from './file.js';
export { textLayout, decodeText, MAX_TEXT_BYTES } from './text.js';
export { normalizeText, matchKey } from './normalize.js';
export { pdfLayout, MAX_PDF_PAGES, MAX_PDF_BYTES, INGEST_WARNING_CODES } from './pdf/index.js';
export type { IngestWarning, IngestWarningCode, PdfReadOptions } from './pdf/index.js';
export { MAX_INPUT_BYTES } from './file.js';
export { xlsxLayout, xlsLayout, MAX_XLSX_BYTES, MAX_XLS_BYTES } from './xlsx/index.js';
export { htmlLayout, MAX_HTML_BYTES } from './html/index.js';
export { docxLayout, MAX_DOCX_BYTES } from './docx/index.js';
export {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_BYTES,
  MAX_ZIP_TOTAL_BYTES,
  MAX_ZIP_XML_BYTES,
} from './zip.js';
export { COLUMN_WIDTH, COLUMN_GAP } from './grid.js';
