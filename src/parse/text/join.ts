// Extracted lines break mid-sentence and mid-word, so running text is rebuilt by joining them:
// indentation dropped, no space between CJK characters, a space kept only between two ASCII
// letters/digits that are not both digits (an English word or code next to another). Two digits
// across a line break are one number the PDF wrapped (seed 000 line 1487 "增长 0.0" + "0%"), so they
// join without a space. A space between digits inside one line is kept as printed: there it may
// separate two figures, and the fact reader treats the number as ending at the space.
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import type { SourceRef } from '../../model/source-ref.js';

export interface JoinedText {
  text: string;
  /** Offset in `text` where each line's piece starts, ascending. */
  starts: number[];
  lines: readonly LayoutLine[];
}

// Letter tests by code (NaN past either end of a text is neither); every joined line asks.
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiAlnum = (c: number): boolean =>
  isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The separator to put between two pieces of text that a line break split. */
export function joinSeparator(left: string, right: string): string {
  return separatorOf(left.charCodeAt(left.length - 1), right.charCodeAt(0));
}

/** joinSeparator by the codes of the letters either side of the break. */
function separatorOf(a: number, b: number): string {
  if (!isAsciiAlnum(a) || !isAsciiAlnum(b)) return '';
  return isDigit(a) && isDigit(b) ? '' : ' ';
}

/** Joins two pieces of a wrapped heading or sentence (see the file comment). */
export function joinPieces(left: string, right: string): string {
  const r = right.trim();
  if (left === '') return r;
  if (r === '') return left;
  return left + joinSeparator(left, r) + r;
}

export function joinLines(lines: readonly LayoutLine[]): JoinedText {
  // The pieces are joined once, into one flat string: the readers walk the text letter by letter
  // and with patterns, which read a string built by += (a rope of every piece) more slowly.
  const pieces: string[] = [];
  let length = 0;
  // The last letter so far, kept apart from the pieces.
  let last = NaN;
  const starts: number[] = [];
  for (const line of lines) {
    const piece = line.text.trim();
    if (piece === '') {
      starts.push(length);
      continue;
    }
    const separator = length === 0 ? '' : separatorOf(last, piece.charCodeAt(0));
    if (separator !== '') {
      pieces.push(separator);
      length += separator.length;
    }
    starts.push(length);
    pieces.push(piece);
    length += piece.length;
    last = piece.charCodeAt(piece.length - 1);
  }
  return { text: pieces.join(''), starts, lines };
}

/** The line (and page) an offset of the joined text came from. */
export function sourceAt(joined: JoinedText, offset: number): SourceRef | undefined {
  const { starts, lines } = joined;
  if (lines.length === 0) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  if (!line) return undefined;
  return line.page === undefined ? { line: line.line } : { line: line.line, page: line.page };
}

/** Display width: a CJK character or full-width mark counts two, ASCII one. */
export function displayWidth(text: string): number {
  // The trimmed text's letters, read in place (trim() would copy every line).
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character (and ≥ U+10000, so wide): count it at its high half.
    if (c < 0x2e80) w += 1;
    else if (!(c >= 0xdc00 && c <= 0xdfff && i > start && isHighSurrogate(text.charCodeAt(i - 1))))
      w += 2;
  }
  return w;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

// Share of lines treated as "body width" lines: the 90th percentile of widths is the text
// column's width (most lines of a paragraph fill it; headings and paragraph ends are shorter).
const FULL_WIDTH_PERCENTILE = 0.9;

/** The width of a full line of the text column, from the lines' width distribution. */
export function columnWidth(lines: readonly LayoutLine[]): number {
  const all = new Int32Array(lines.length);
  let count = 0;
  let max = 0;
  for (const l of lines) {
    const w = displayWidth(l.text);
    if (w > 0) all[count++] = w;
    if (w > max) max = w;
  }
  if (count === 0) return 0;
  const rank = Math.min(count - 1, Math.floor(count * FULL_WIDTH_PERCENTILE));
  // Widths are small integers: counting them finds the rank without sorting.
  if (max <= MAX_COUNTED_WIDTH) return widthAtRank(all.subarray(0, count), max, rank);
  return all.subarray(0, count).sort()[rank] ?? 0;
}

/** Lines wider than this (in no real document) are sorted, not counted. */
const MAX_COUNTED_WIDTH = 4096;

/** The value at `rank` of the sorted widths, by counting each width. */
function widthAtRank(widths: Int32Array, max: number, rank: number): number {
  const counts = new Int32Array(max + 1);
  for (const w of widths) counts[w] = (counts[w] as number) + 1;
  let seen = 0;
  for (let w = 0; w <= max; w++) {
    seen += counts[w] as number;
    if (seen > rank) return w;
  }
  return max;
}
