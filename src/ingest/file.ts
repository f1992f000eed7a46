// The one entry for bytes from a file: pick the reader by content first, then by name (a file's
// extension often lies: government sites publish HTML tables saved as ".xls", and text exports
// named ".xls"). Every reader caps its input; the cap here comes before anything is read.
import { basename, extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Layout } from '../model/layout.js';
import { docxLayout } from './docx/index.js';
import { htmlLayout, looksLikeHtml } from './html/index.js';
import { MAX_PDF_BYTES, pdfLayout, type IngestResult } from './pdf/index.js';
import { textLayout } from './text.js';
import { xlsLayout, xlsxLayout } from './xlsx/index.js';
import { zipEntries } from './zip.js';

const PDF_MAGIC = '%PDF-';
/** The PDF header may follow some junk; readers look for it in the first KiB. */
const PDF_MAGIC_WINDOW = 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: legacy .xls/.doc, and password-protected XLSX/DOCX. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected Office file keeps its encrypted zip in (UTF-16LE name). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);
/** The largest input any reader takes (PDF's): larger files are refused before any reading. */
export const MAX_INPUT_BYTES = MAX_PDF_BYTES;

export type { IngestResult };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isPdf(bytes: Uint8Array, ext: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_MAGIC_WINDOW));
  return head.includes(PDF_MAGIC) || ext === '.pdf';
}

function checkInputSize(bytes: Uint8Array, file: string): void {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; inputs are limited to ${MAX_INPUT_BYTES} bytes`,
      { file },
    );
}

/** A zip: XLSX or DOCX by the parts it holds, else by its extension. */
function zipLayout(bytes: Uint8Array, file: string, ext: string): Promise<IngestResult> {
  const names = new Set(zipEntries(bytes, file).map((e) => e.name.replace(/^\//, '')));
  if (names.has('xl/workbook.xml') || (ext === '.xlsx' && !names.has('word/document.xml')))
    return xlsxLayout(bytes, file);
  if (names.has('word/document.xml') || ext === '.docx') return docxLayout(bytes, file);
  throw new InputError(
    'unsupported',
    `${file}: a zip archive that is neither an XLSX workbook nor a Word (.docx) document`,
    { file },
  );
}

/** An OLE compound file: an encrypted Office file, a legacy .doc, or a legacy .xls. */
function compoundLayout(bytes: Uint8Array, file: string, ext: string): Promise<IngestResult> {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE))
    throw new InputError(
      'unreadable',
      `${file}: the Office file is encrypted (password protected); save it without a password and try again`,
      { file },
    );
  if (ext === '.doc' || ext === '.wps' || ext === '.ppt')
    throw new InputError(
      'unsupported',
      `${file}: legacy Word/WPS (${ext}) files are not read; save the document as .docx or PDF`,
      { file },
    );
  return xlsLayout(bytes, file);
}

/** Any supported file → its Layout, plus what could not be read with certainty. */
export async function ingestFile(bytes: Uint8Array, path: string): Promise<IngestResult> {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  checkInputSize(bytes, file);
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (isPdf(bytes, ext)) return pdfLayout(bytes, file);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC))
    return zipLayout(bytes, file, ext);
  if (startsWith(bytes, CFB_MAGIC)) return compoundLayout(bytes, file, ext);
  if (ext === '.xlsx' || ext === '.docx')
    throw new InputError(
      'unreadable',
      `${file}: not a zip archive, so not a readable ${ext} file (damaged, or another format renamed)`,
      { file },
    );
  if (looksLikeHtml(bytes) || HTML_EXTENSIONS.has(ext)) return htmlLayout(bytes, file);
  try {
    return { layout: textLayout(bytes, file), warnings: [] };
  } catch (e) {
    if (ext === '.xls' && e instanceof InputError && e.kind === 'binary')
      throw new InputError(
        'unreadable',
        `${file}: not a readable .xls workbook (neither an Excel file, a web page nor text)`,
        { file },
      );
    throw e;
  }
}

/** Formats read synchronously (text). Everything else needs `ingestFile`. */
export function ingestBytes(bytes: Uint8Array, path: string): Layout {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  checkInputSize(bytes, file);
  if (
    isPdf(bytes, ext) ||
    startsWith(bytes, ZIP_MAGIC) ||
    startsWith(bytes, CFB_MAGIC) ||
    looksLikeHtml(bytes) ||
    HTML_EXTENSIONS.has(ext) ||
    ['.xlsx', '.docx', '.xls'].includes(ext)
  )
    throw new InputError('unsupported', `${file}: read asynchronously (ingestFile)`, { file });
  return textLayout(bytes, file);
}
