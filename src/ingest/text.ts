// Ingest for PDF-extracted text (.txt): decode, reject what is not text, split into lines and
// pages. Pages: these extractions carry no form feeds, but a new page starts with a line indented
// by exactly one space (seed 000 line 158 " 表 2") or follows a printed page number; a form feed
// also starts a page. Page-number lines are dropped: "- 8 -" always (seed 004), a bare number
// only after PAGE_NUMBER_MIN_BLANKS blank lines, because table values also stand alone on a
// line (seed 004 表七 "187.04", "5") but follow a single blank line in these extractions.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { InputError } from '../model/errors.js';
import type { Layout, LayoutLine } from '../model/layout.js';
import { isWhitespaceCode, normalizeText } from './normalize.js';

/** Above this, a text file is not a single disclosure (the largest seen is under 100 KB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

const PAGE_NUMBER_MIN_BLANKS = 2;
const DASHED_PAGE_NUMBER = /^\s*[-－—]\s*\d{1,4}\s*[-－—]\s*$/;
const BARE_PAGE_NUMBER = /^\s*\d{1,3}\s*$/;

// Share of C0 control characters (other than tab/CR/LF/FF) above which bytes are not text.
const MAX_CONTROL_SHARE = 0.01;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (bytes.includes(0))
    throw new InputError('binary', `${file}: binary data, not text (NUL bytes)`, { file });
  if (isUtf8(bytes)) return { text: decodeUtf8Checked(bytes, file), encoding: 'utf-8' };
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('encoding', `${file}: text is neither UTF-8 nor GB18030/GBK`, { file });
  }
  if (!/[\u4e00-\u9fff]/.test(text))
    throw new InputError('encoding', `${file}: text is neither UTF-8 nor GB18030/GBK`, { file });
  return { text: checkText(text, file), encoding: 'gb18030' };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Valid UTF-8 (isUtf8 said so) → text, as TextDecoder('utf-8') decodes it (a leading BOM
 * dropped), checked as checkText checks it. V8 decodes CJK text at about 4 ns a byte; this loop
 * into UTF-16 code units takes half that, and decoding was the costliest part of reading a text
 * file. Control characters are single bytes in UTF-8: they are counted here, not in a second
 * pass over the text.
 */
function decodeUtf8Checked(bytes: Uint8Array, file: string): string {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  if (!LITTLE_ENDIAN)
    return checkText(new TextDecoder('utf-8').decode(bytes.subarray(start)), file);
  const units = new Uint16Array(bytes.length - start);
  let o = 0;
  let control = 0;
  for (let i = start; i < bytes.length;) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      if (c < 0x20 && isControl(c)) control++;
      units[o++] = c;
      i++;
    } else if (c < 0xe0) {
      units[o++] = ((c & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      units[o++] =
        ((c & 0x0f) << 12) |
        (((bytes[i + 1] as number) & 0x3f) << 6) |
        ((bytes[i + 2] as number) & 0x3f);
      i += 3;
    } else {
      const cp =
        (((c & 0x07) << 18) |
          (((bytes[i + 1] as number) & 0x3f) << 12) |
          (((bytes[i + 2] as number) & 0x3f) << 6) |
          ((bytes[i + 3] as number) & 0x3f)) -
        0x10000;
      units[o++] = 0xd800 + (cp >> 10);
      units[o++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
  }
  return checkCounted(Buffer.from(units.buffer, 0, o * 2).toString('utf16le'), control, file);
}

/** A C0 control character other than tab, LF, FF and CR. */
function isControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
}

function checkText(text: string, file: string): string {
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) control++;
  return checkCounted(text, control, file);
}

function checkCounted(text: string, control: number, file: string): string {
  if (control > text.length * MAX_CONTROL_SHARE)
    throw new InputError('binary', `${file}: binary data, not text`, { file });
  if (!hasNonSpace(text)) throw new InputError('empty', `${file}: the file has no text`, { file });
  return text;
}

/** /^ \S/: one space, then a letter. */
function startsIndentedOnce(line: string): boolean {
  return line.charCodeAt(0) === 0x20 && line.length > 1 && !isWhitespaceCode(line.charCodeAt(1));
}

/** text.trim() !== '' without copying the text. */
function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Layout of a PDF-extracted text: one LayoutLine per non-blank line, with page numbers. */
export function textLayout(bytes: Uint8Array, file: string): Layout {
  if (bytes.length > MAX_TEXT_BYTES)
    throw new InputError(
      'too-large',
      `${file}: ${bytes.length} bytes; text inputs are limited to ${MAX_TEXT_BYTES} bytes`,
      { file },
    );
  const { text, encoding } = decodeText(bytes, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lines: LayoutLine[] = [];
  let page = 1;
  let seenText = false;
  let blanks = 0;
  let pageJustBroke = false;
  const body = text.replace(/^\uFEFF/, '');
  // Most extractions end lines with \n only: a plain split is much cheaper than the regex.
  const raw = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const formFeeds = body.includes('\f');
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] as string;
    if (line === '') {
      blanks++;
      continue;
    }
    if (formFeeds && line.includes('\f')) {
      const parts = line.split('\f');
      page += parts.length - 1;
      line = parts[parts.length - 1] ?? '';
      pageJustBroke = true;
    }
    // normalizeText drops trailing whitespace: a line of whitespace only comes back empty.
    const normalized = normalizeText(line);
    if (normalized === '') {
      blanks++;
      continue;
    }
    const isPageNumber =
      DASHED_PAGE_NUMBER.test(normalized) ||
      (blanks >= PAGE_NUMBER_MIN_BLANKS && BARE_PAGE_NUMBER.test(normalized));
    blanks = 0;
    if (isPageNumber) {
      if (seenText && !pageJustBroke) page++;
      pageJustBroke = true;
      continue;
    }
    if (seenText && !pageJustBroke && startsIndentedOnce(line)) page++;
    pageJustBroke = false;
    seenText = true;
    lines.push({ text: normalized, line: i + 1, page });
  }
  return {
    source: { file, format: 'text', encoding, sha256, bytes: bytes.length },
    pages: page,
    lines,
  };
}
