// Web pages → Layout: decode (BOM, declaration, UTF-8 / GB18030), parse (parse5, capped), then
// prose as lines and tables as rows of tokens with column geometry. Nothing on the page runs.
import { createHash } from 'node:crypto';
import { InputError } from '../../model/errors.js';
import type { Layout } from '../../model/layout.js';
import type { IngestResult } from '../pdf/index.js';
import type { IngestWarning } from '../pdf/warning.js';
import { decodeHtml } from './decode.js';
import { htmlLines } from './layout.js';
import { parseHtml } from './parse.js';

/** Disclosure pages are under 2 MB; parsing costs ~40 bytes of memory per byte of markup. */
export const MAX_HTML_BYTES = 10 * 1024 * 1024;

/** HTML already decoded (a page, or the HTML mammoth makes of a Word file) → its Layout. */
export function htmlTextLayout(
  html: string,
  source: Layout['source'],
  warnings: readonly IngestWarning[] = [],
): IngestResult {
  const { file } = source;
  const read = htmlLines(parseHtml(html, file), file);
  if (read.lines.length === 0)
    throw new InputError('empty', `${file}: no visible text (images only, or an empty page)`, {
      file,
    });
  return {
    layout: { source, pages: read.pages, lines: read.lines },
    warnings: [...warnings, ...read.warnings],
  };
}

/** A web page's bytes → its Layout, plus what could not be read with certainty. */
export function htmlLayout(bytes: Uint8Array, file: string): IngestResult {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes.length > MAX_HTML_BYTES)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; web pages are limited to ${MAX_HTML_BYTES} bytes`,
      { file },
    );
  const { text, encoding, warnings } = decodeHtml(bytes, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return htmlTextLayout(
    text,
    { file, format: 'html', encoding, sha256, bytes: bytes.length },
    warnings,
  );
}

/** Does the start of the bytes look like HTML markup (whatever the file's extension)? */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .replace(/\0/g, '')
    .trimStart()
    .toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<table|<meta|<\?xml[^>]*>\s*<(!doctype html|html))/.test(
    head,
  );
}

export { MAX_HTML_DEPTH } from './parse.js';
export { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './table.js';
