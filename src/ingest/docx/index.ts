// Word (.docx) → Layout: the zip is checked first (ingest/zip.ts: mammoth inflates every part),
// then mammoth converts the document to HTML (paragraphs, headings, lists, and tables with their
// merged cells as colspan/rowspan), which the HTML path turns into lines and table rows. Images
// are not read (a reader's text is not in them); external files are never fetched. Mammoth drops
// page headers and footers (page furniture, as the PDF ingest does) and does not know hidden
// (w:vanish) text, which therefore is read like visible text.
import { createHash } from 'node:crypto';
import { InputError } from '../../model/errors.js';
import { htmlTextLayout } from '../html/index.js';
import type { IngestResult } from '../pdf/index.js';
import type { IngestWarning } from '../pdf/warning.js';
import { checkZip } from '../zip.js';

/** Disclosure documents in Word are well under 10 MB, images included. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Converter errors listed in the warning; the rest are counted. */
const LISTED_MESSAGES = 5;

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A .docx file's bytes → its Layout, plus what could not be read with certainty. */
export async function docxLayout(bytes: Uint8Array, file: string): Promise<IngestResult> {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes.length > MAX_DOCX_BYTES)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; Word files are limited to ${MAX_DOCX_BYTES} bytes`,
      { file },
    );
  const entries = checkZip(bytes, file);
  if (!entries.some((e) => e.name.replace(/^\//, '') === 'word/document.xml'))
    throw new InputError('unsupported', `${file}: a zip archive, but not a Word (.docx) document`, {
      file,
    });
  const { default: mammoth } = await import('mammoth');
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (e) {
    throw new InputError('unreadable', `${file}: not a readable Word document (${describe(e)})`, {
      file,
    });
  }
  const errors = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  const warnings: IngestWarning[] = errors.length
    ? [
        {
          code: 'conversion-message',
          message: `${file}: ${errors.length} part(s) of the document could not be converted: ${errors.slice(0, LISTED_MESSAGES).join('; ')}`,
        },
      ]
    : [];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return htmlTextLayout(
    result.value,
    { file, format: 'docx', sha256, bytes: bytes.length },
    warnings,
  );
}
