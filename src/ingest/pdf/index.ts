// PDF ingest: the text layer with positions → Layout (see read.ts).
export { pdfLayout, MAX_PDF_PAGES, MAX_PDF_BYTES } from './read.js';
export type { IngestResult, PdfReadOptions } from './read.js';
export { INGEST_WARNING_CODES } from './warning.js';
export type { IngestWarning, IngestWarningCode } from './warning.js';
