// A PDF → Layout: open with pdfjs, read each page under a time limit, rebuild lines, drop page
// furniture and hidden copies, mark wrapped cells. Input errors are thrown as InputError; a page
// that fails or times out is a warning and its text is missing.
import { createHash } from 'node:crypto';
import { InputError } from '../../model/errors.js';
import type { Layout, LayoutLine } from '../../model/layout.js';
import { addCounts, type GlyphCount } from './glyphs.js';
import { hiddenCopyLength } from './furniture.js';
import { lineText } from './line-text.js';
import type { PageLine } from './lines.js';
import { readPage } from './page.js';
import { openPdf, type OpenPdf } from './pdfjs.js';
import type { IngestWarning } from './warning.js';
import { findContinuations } from './wrap.js';

/** Disclosures run to tens of pages; a 500-page file is not one disclosure. */
export const MAX_PDF_PAGES = 500;
/** Disclosures are a few MB; scanned ones rarely pass 50 MB. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
const OPEN_TIMEOUT_MS = 20_000;
const PAGE_TIMEOUT_MS = 10_000;
const DOCUMENT_TIMEOUT_MS = 120_000;
/** Above this share of unmapped glyphs, a page (or the document) has no usable text. */
const GARBLED_SHARE = 0.5;

export interface PdfReadOptions {
  maxPages?: number;
  pageTimeoutMs?: number;
  documentTimeoutMs?: number;
}

export interface IngestResult {
  layout: Layout;
  warnings: IngestWarning[];
}

class Timeout extends Error {}

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as { message: unknown }).message)
    : String(e);
}

/** A complete PDF ends with %%EOF (some writers add a few bytes after it). */
function isCutShort(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes('%%EOF');
}

async function open(bytes: Uint8Array, file: string): Promise<OpenPdf> {
  const opening = openPdf(bytes);
  try {
    return await within(OPEN_TIMEOUT_MS, opening);
  } catch (e) {
    // A document that opens after the limit must still be closed.
    if (e instanceof Timeout) {
      void opening.then((d) => d.close()).catch(() => undefined);
      throw new InputError(
        'unreadable',
        `${file}: the PDF did not open within ${OPEN_TIMEOUT_MS / 1000} s`,
        { file },
      );
    }
    const name = (e as { name?: unknown } | null)?.name;
    if (name === 'PasswordException')
      throw new InputError(
        'unreadable',
        `${file}: the PDF is encrypted (password protected); save it without a password and try again`,
        { file },
      );
    const cut = isCutShort(bytes) ? '; the file looks cut short (no %%EOF at its end)' : '';
    throw new InputError('unreadable', `${file}: not a readable PDF (${describe(e)})${cut}`, {
      file,
    });
  }
}

/** Read a PDF into a Layout of lines with token positions, plus what could not be read. */
export async function pdfLayout(
  bytes: Uint8Array,
  file: string,
  opts: PdfReadOptions = {},
): Promise<IngestResult> {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes.length > MAX_PDF_BYTES)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; PDF inputs are limited to ${MAX_PDF_BYTES} bytes`,
      { file },
    );
  const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
  const pageTimeout = opts.pageTimeoutMs ?? PAGE_TIMEOUT_MS;
  const deadline = Date.now() + (opts.documentTimeoutMs ?? DOCUMENT_TIMEOUT_MS);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const doc = await open(bytes, file);
  const warnings: IngestWarning[] = [];
  const lines: LayoutLine[] = [];
  let glyphs: GlyphCount = { chars: 0, unmapped: 0 };
  let readPages = 0;
  try {
    if (doc.pages > maxPages)
      throw new InputError(
        'too-large',
        `${file}: ${doc.pages} pages; PDF inputs are limited to ${maxPages} pages`,
        { file },
      );
    const textless: number[] = [];
    let previous: PageLine[] = [];
    for (let n = 1; n <= doc.pages; n++) {
      if (Date.now() > deadline) {
        warnings.push({
          code: 'time-limit',
          message: `${file}: pages ${n}–${doc.pages} were not read: the document took longer than its time limit`,
          at: { page: n },
        });
        break;
      }
      let page;
      try {
        page = readPage(await within(pageTimeout, doc.page(n)));
      } catch (e) {
        warnings.push(
          e instanceof Timeout
            ? {
                code: 'page-timeout',
                message: `${file} page ${n}: not read within ${pageTimeout / 1000} s; its text is missing`,
                at: { page: n },
              }
            : {
                code: 'page-unreadable',
                message: `${file} page ${n}: could not be read (${describe(e)}); its text is missing`,
                at: { page: n },
              },
        );
        previous = [];
        continue;
      }
      readPages++;
      glyphs = addCounts(glyphs, page.glyphs);
      if (page.glyphs.chars > 0 && page.glyphs.unmapped > page.glyphs.chars * GARBLED_SHARE)
        warnings.push({
          code: 'page-garbled',
          message: `${file} page ${n}: ${page.glyphs.unmapped} of ${page.glyphs.chars} characters did not decode (unmapped glyphs)`,
          at: { page: n },
        });
      const kept = page.lines.slice(hiddenCopyLength(previous, page.lines));
      if (page.lines.length === 0) textless.push(n);
      const continues = findContinuations(kept);
      kept.forEach((l, i) => lines.push(layoutLine(l, lines.length + 1, n, continues.has(i))));
      previous = page.lines;
    }
    if (doc.pages === 0)
      throw new InputError('unreadable', `${file}: the PDF has no pages`, { file });
    if (readPages === 0) {
      const timedOut = warnings.some((w) => w.code === 'time-limit' || w.code === 'page-timeout');
      throw new InputError(
        'unreadable',
        `${file}: no page of the PDF could be read${timedOut ? ' within its time limit' : ''}`,
        { file },
      );
    }
    if (lines.length === 0)
      throw new InputError(
        'unsupported',
        `${file}: scanned PDF: it needs OCR (no page has a text layer)`,
        { file },
      );
    if (glyphs.unmapped > glyphs.chars * GARBLED_SHARE)
      throw new InputError(
        'encoding',
        `${file}: the PDF's text does not decode: ${glyphs.unmapped} of ${glyphs.chars} characters are unmapped glyphs ((cid:…) or private-use); it needs the original file or OCR`,
        { file },
      );
    for (const n of textless) {
      if (Date.now() > deadline) break;
      const image = await within(pageTimeout, doc.hasImages(n)).catch(() => false);
      if (image)
        warnings.push({
          code: 'page-image-only',
          message: `${file} page ${n}: an image without a text layer (a scan?): its content needs OCR`,
          at: { page: n },
        });
    }
  } finally {
    await doc.close().catch(() => undefined);
  }
  return {
    layout: {
      source: { file, format: 'pdf', sha256, bytes: bytes.length },
      pages: doc.pages,
      lines,
    },
    warnings,
  };
}

const round = (v: number): number => Math.round(v * 100) / 100;

function layoutLine(l: PageLine, line: number, page: number, continues: boolean): LayoutLine {
  const tokens = l.tokens.map((t) => ({
    text: t.text,
    x0: round(t.x0),
    x1: round(t.x1),
    y: round(t.y),
    size: round(t.size),
  }));
  return {
    text: lineText(tokens),
    line,
    page,
    tokens,
    ...(continues ? { continues: true as const } : {}),
  };
}
