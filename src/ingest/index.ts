export { ingestBytes, ingestFile } from './file.js';
export type { IngestResult } from './file.js';
export { textLayout, decodeText, MAX_TEXT_BYTES } from './text.js';
export { normalizeText, matchKey } from './normalize.js';
export { pdfLayout, MAX_PDF_PAGES, MAX_PDF_BYTES, INGEST_WARNING_CODES } from './pdf/index.js';
export type { IngestWarning, IngestWarningCode, PdfReadOptions } from './pdf/index.js';
