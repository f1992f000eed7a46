// The one entry for bytes from a file: pick the reader by content and name. New formats (PDF,
// HTML, XLSX, DOCX) plug in here.
import { basename, extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Layout } from '../model/layout.js';
import { textLayout } from './text.js';

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function ingestBytes(bytes: Uint8Array, path: string): Layout {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith(PDF_MAGIC) || ext === '.pdf')
    throw new InputError(
      'unsupported',
      `${file}: PDF input is not read yet; extract its text first (pdftotext -raw ${file}) and parse the .txt`,
      { file },
    );
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b) || ['.xlsx', '.docx', '.xls'].includes(ext))
    throw new InputError('unsupported', `${file}: workbooks and Word files are not read yet`, {
      file,
    });
  return textLayout(bytes, file);
}
