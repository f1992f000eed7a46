// The one entry for bytes from a file: pick the reader by content and name. New formats (HTML,
// XLSX, DOCX) plug in here.
import { basename, extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Layout } from '../model/layout.js';
import { pdfLayout, type IngestResult } from './pdf/index.js';
import { textLayout } from './text.js';

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The PDF header may follow some junk; readers look for it in the first KiB. */
const PDF_MAGIC_WINDOW = 1024;

export type { IngestResult };

function isPdf(bytes: Uint8Array, ext: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_MAGIC_WINDOW));
  return head.includes(PDF_MAGIC) || ext === '.pdf';
}

/** Any supported file → its Layout, plus what could not be read with certainty. */
export async function ingestFile(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const file = basename(path);
  if (isPdf(bytes, extname(file).toLowerCase())) return pdfLayout(bytes, file);
  return { layout: ingestBytes(bytes, path), warnings: [] };
}

/** Formats read synchronously (text). PDF needs `ingestFile`. */
export function ingestBytes(bytes: Uint8Array, path: string): Layout {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  if (isPdf(bytes, ext))
    throw new InputError('unsupported', `${file}: PDF is read asynchronously (ingestFile)`, {
      file,
    });
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b) || ['.xlsx', '.docx', '.xls'].includes(ext))
    throw new InputError('unsupported', `${file}: workbooks and Word files are not read yet`, {
      file,
    });
  return textLayout(bytes, file);
}
