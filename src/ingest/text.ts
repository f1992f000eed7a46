// Ingest for PDF-extracted text (.txt): decode, reject what is not text, split into lines and
// pages. Pages: these extractions carry no form feeds, but a new page starts with a line indented
// by exactly one space (seed 000 line 158 " 表 2") or follows a printed page number; a form feed
// also starts a page. Page-number lines are dropped: "- 8 -" always (seed 004), a bare number
// only after PAGE_NUMBER_MIN_BLANKS blank lines, because table values also stand alone on a
// line (seed 004 表七 "187.04", "5") but follow a single blank line in these extractions.
import { isUtf8, transcode } from 'node:buffer';
import { createHash } from 'node:crypto';
import { InputError } from '../model/errors.js';
import type { Layout, LayoutLine } from '../model/layout.js';
import { changesLine, isWhitespaceCode, normalizeText } from './normalize.js';

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
  const { text, encoding, needsCheck } = decodeUnchecked(bytes, file);
  if (needsCheck) checkText(text, file, CONTROL.test(text));
  return { text, encoding };
}

/** A decoded text that checkText still has to pass (UTF-8 and GB18030 texts). */
interface UncheckedText extends DecodedText {
  needsCheck: boolean;
}

function decodeUnchecked(bytes: Uint8Array, file: string): UncheckedText {
  if (bytes.length === 0) throw new InputError('empty', `${file}: the file is empty`, { file });
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes),
      encoding: 'utf-16le',
      needsCheck: false,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes),
      encoding: 'utf-16be',
      needsCheck: false,
    };
  if (bytes.includes(0))
    throw new InputError('binary', `${file}: binary data, not text (NUL bytes)`, { file });
  if (isUtf8(bytes)) return { text: decodeUtf8(bytes), encoding: 'utf-8', needsCheck: true };
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('encoding', `${file}: text is neither UTF-8 nor GB18030/GBK`, { file });
  }
  if (!/[\u4e00-\u9fff]/.test(text))
    throw new InputError('encoding', `${file}: text is neither UTF-8 nor GB18030/GBK`, { file });
  return { text, encoding: 'gb18030', needsCheck: true };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// The C0 controls isControl counts (NUL is rejected before decoding): most texts hold none, and
// one native search says so.
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\x01-\x08\x0b\x0e-\x1f]/;

/**
 * Valid UTF-8 (isUtf8 said so) → text, as TextDecoder('utf-8') decodes it (a leading BOM
 * dropped). Node's ICU transcoder into UTF-16 is several times faster than TextDecoder (or a
 * loop in JS) on CJK text, and decoding was the costliest part of reading a text file.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  return transcode(bytes.subarray(start), 'utf8', 'utf16le').toString('utf16le');
}

/** A C0 control character other than tab, LF, FF and CR. */
function isControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
}

/** Rejects binary data and texts of whitespace only; `hasControl`: the text holds a control. */
function checkText(text: string, file: string, hasControl: boolean): void {
  let control = 0;
  if (hasControl)
    for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) control++;
  if (control > text.length * MAX_CONTROL_SHARE)
    throw new InputError('binary', `${file}: binary data, not text`, { file });
  if (!hasNonSpace(text)) throw new InputError('empty', `${file}: the file has no text`, { file });
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
  const { text, encoding, needsCheck } = decodeUnchecked(bytes, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const pager = new Pager();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let hasControl: boolean;
  if (body.includes('\r')) {
    hasControl = CONTROL.test(body);
    body.split(/\r\n|\r|\n/).forEach((line, i) => pager.raw(line, i + 1));
  } else hasControl = walkLines(body, pager);
  // The checks decodeText makes, in its order; nothing above throws.
  if (needsCheck) checkText(text, file, hasControl);
  return {
    source: { file, format: 'text', encoding, sha256, bytes: bytes.length },
    pages: pager.page,
    lines: pager.lines,
  };
}

// What walkLines does at each UTF-16 code unit. Most letters are PLAIN (kept, not whitespace);
// SPECIAL ones send their line through normalizeText: those it can change (changesLine), CONTROL's
// (checkText counts them) and the form feed (a page break).
const PLAIN = 0;
const SPACE = 1;
const NEWLINE = 2;
const SPECIAL = 3;
const LETTER_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++)
  if (changesLine(c) || isControl(c) || c === 0x0c) LETTER_KIND[c] = SPECIAL;
  else if (c === 0x0a) LETTER_KIND[c] = NEWLINE;
  else if (isWhitespaceCode(c)) LETTER_KIND[c] = SPACE;

/**
 * Feeds the lines of a text ending lines with \n only (most extractions) to the pager, in one walk
 * over its letters: it finds the line ends, where each line's text ends (so a trimmed line is
 * sliced once, and a blank one not at all) and the lines normalizeText or the form-feed rule must
 * see; the others are only trimmed. Returns whether the text holds a control letter.
 */
function walkLines(body: string, pager: Pager): boolean {
  let hasControl = false;
  let lineNo = 1;
  let start = 0; // the line's first letter
  let textEnd = 0; // one past its last letter other than whitespace; start while there is none
  let special = false;
  for (let i = 0; i <= body.length; i++) {
    const kind = i < body.length ? (LETTER_KIND[body.charCodeAt(i)] as number) : NEWLINE;
    if (kind === PLAIN) textEnd = i + 1;
    else if (kind === SPECIAL) special = true;
    else if (kind === NEWLINE) {
      if (special) {
        const line = body.slice(start, i);
        hasControl ||= CONTROL.test(line);
        pager.raw(line, lineNo);
      } else if (textEnd === start) pager.blank();
      else pager.add(body.slice(start, textEnd), indentedOnceAt(body, start, i), lineNo);
      lineNo++;
      start = textEnd = i + 1;
      special = false;
    }
  }
  return hasControl;
}

/** Does the line text[start, end) match /^ \S/ (one space, then a letter)? Read in place. */
function indentedOnceAt(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(start) === 0x20 &&
    start + 1 < end &&
    !isWhitespaceCode(text.charCodeAt(start + 1))
  );
}

/** Turns raw lines, in order, into LayoutLines: drops blank lines and page numbers, counts pages. */
class Pager {
  readonly lines: LayoutLine[] = [];
  page = 1;
  private seenText = false;
  private blanks = 0;
  private pageJustBroke = false;

  /** A line of whitespace only, or none. */
  blank(): void {
    this.blanks++;
  }

  /** A raw line, as split from the text. */
  raw(line: string, lineNo: number): void {
    if (line.includes('\f')) {
      // Each form feed starts a page; the text after the last one is the line.
      const parts = line.split('\f');
      this.page += parts.length - 1;
      this.pageJustBroke = true;
      line = parts[parts.length - 1] ?? '';
    }
    const normalized = normalizeText(line);
    // normalizeText drops trailing whitespace: a line of whitespace only comes back empty.
    if (normalized === '') this.blanks++;
    else this.add(normalized, indentedOnceAt(line, 0, line.length), lineNo);
  }

  /** A line's normalised text (never empty); `indentedOnce`: its raw line starts /^ \S/. */
  add(normalized: string, indentedOnce: boolean, lineNo: number): void {
    const isPageNumber =
      mayBePageNumber(normalized) &&
      (DASHED_PAGE_NUMBER.test(normalized) ||
        (this.blanks >= PAGE_NUMBER_MIN_BLANKS && BARE_PAGE_NUMBER.test(normalized)));
    this.blanks = 0;
    if (isPageNumber) {
      if (this.seenText && !this.pageJustBroke) this.page++;
      this.pageJustBroke = true;
      return;
    }
    if (this.seenText && !this.pageJustBroke && indentedOnce) this.page++;
    this.pageJustBroke = false;
    this.seenText = true;
    this.lines.push({ text: normalized, line: lineNo, page: this.page });
  }
}

/** Both page-number patterns start with a space, a digit or a dash: most lines do not. */
function mayBePageNumber(line: string): boolean {
  const c = line.charCodeAt(0);
  // Below '9': the digits, '-', the space and the control characters /\s/ matches.
  return c <= 0x39 || c === 0xff0d || c === 0x2014 || isWhitespaceCode(c);
}
