// What ingest could not read with certainty, returned beside the Layout (which is plain lines).
// Shaped like a ParseWarning (code, message, at) so that parse can carry it into the Disclosure.

export const INGEST_WARNING_CODES = [
  'page-unreadable', // pdfjs failed on the page: its text is missing from the Layout
  'page-timeout', // the page took longer than the per-page limit: its text is missing
  'page-image-only', // the page has no text layer but paints an image (a scan): it needs OCR
  'page-garbled', // most of the page's text did not decode (unmapped glyphs)
  'time-limit', // the document took longer than its time budget: later pages were not read
] as const;
export type IngestWarningCode = (typeof INGEST_WARNING_CODES)[number];

export interface IngestWarning {
  readonly code: IngestWarningCode;
  readonly message: string;
  readonly at?: { readonly page?: number };
}
