// Page furniture and hidden copies.
//
// Page numbers ("- 8 -", "8", "第 8 页", "8/25") are dropped when they stand alone as the first or
// last line of a page inside its top or bottom margin: by position, never by value, because
// table values also stand alone on a line.
//
// Hidden copies: WPS prints a long spreadsheet cell across pages by drawing the whole text on
// each page and clipping it to the page's part (商务委员会2025年部门预算 p3–4, 司法局2026年部门
// 预算 p4–5: page 4 repeats the last ten lines of page 3 above its visible text). The text layer
// keeps clipped text, so the copy at the top of the next page is dropped: the run of lines that
// opens a page and repeats, line for line and at one vertical offset, the run that closes the
// page before. The text is then read once, in order.
import type { PageLine } from './lines.js';

/** Top and bottom margin, as a share of the page height, where page numbers are printed. */
const MARGIN_SHARE = 0.12;
const PAGE_NUMBER = [
  /^[-－—–‒]?\s*\d{1,4}\s*[-－—–‒]?$/,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?$/,
];
/** A repeated run shorter than this many characters may be a coincidence; it is kept. */
const HIDDEN_COPY_MIN_CHARS = 20;
/** Lines repeat "at one offset" when their offsets agree within this many points. */
const OFFSET_TOLERANCE_PT = 1;
/** A page holds far fewer lines of text; longer runs are not searched (bounded time). */
const MAX_COPY_LINES = 200;
/** Copies at (nearly) the same height are running headers, which are printed on every page. */
const MIN_COPY_SHIFT_PT = 12;

function text(line: PageLine): string {
  return line.tokens.map((t) => t.text).join(' ');
}

function isPageNumber(line: PageLine, height: number): boolean {
  const t = text(line).trim();
  if (!PAGE_NUMBER.some((re) => re.test(t))) return false;
  return line.top <= height * MARGIN_SHARE || line.bottom >= height * (1 - MARGIN_SHARE);
}

/** The page's lines without a page number standing alone at its top or bottom. */
export function dropPageNumbers(lines: readonly PageLine[], height: number): PageLine[] {
  const out = [...lines];
  if (out.length > 0 && isPageNumber(out[out.length - 1]!, height)) out.pop();
  if (out.length > 0 && isPageNumber(out[0]!, height)) out.shift();
  return out;
}

function sameLine(a: PageLine, b: PageLine): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  return a.tokens.every((t, i) => {
    const u = b.tokens[i]!;
    return t.text === u.text && Math.abs(t.x0 - u.x0) <= OFFSET_TOLERANCE_PT;
  });
}

/** How many lines at the top of `page` repeat the lines that close `previous` (0 if none). */
export function hiddenCopyLength(previous: readonly PageLine[], page: readonly PageLine[]): number {
  for (let n = Math.min(previous.length, page.length, MAX_COPY_LINES); n > 0; n--) {
    const start = previous.length - n;
    const shift = previous[start]!.top - page[0]!.top;
    if (Math.abs(shift) < MIN_COPY_SHIFT_PT) continue;
    let chars = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const a = previous[start + i]!;
      const b = page[i]!;
      ok = sameLine(a, b) && Math.abs(a.top - b.top - shift) <= OFFSET_TOLERANCE_PT;
      chars += text(b).length;
    }
    if (ok && chars >= HIDDEN_COPY_MIN_CHARS) return n;
  }
  return 0;
}
