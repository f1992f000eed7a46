// Numbered lists in prose: （一）…（十二） (seed 000 主要职能), （1）…（6） running inline (seed 004
// 主要职能), 1、… one per line (seed 000 预算单位), 一、… (名词解释). Items are found in sequence — after
// item k, the next marker numbered k+1 (or a little more, when one was dropped) — so that a
// bracketed word such as 各地（州、市） or a number inside the text is never taken for a marker.
import { fromChineseNumeral } from '../text/numerals.js';

export type NumberingStyle = 'paren-cn' | 'paren-arabic' | 'cn-dun' | 'arabic';

/** A marker may be missing (a dropped line); look this many numbers ahead before giving up. */
const MAX_NUMBER_GAP = 3;
// No list in these documents comes near this; it bounds the work on garbage input.
const MAX_ITEMS = 200;

// One pattern per style for any number; the number is group 1.
const MARKERS: Readonly<Record<NumberingStyle, RegExp>> = {
  'paren-cn': /[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]/g,
  'paren-arabic': /[（(]\s*(\d{1,3})\s*[)）]/g,
  'cn-dun': /(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})\s*、/g,
  arabic: /(?<![\d.．])(\d{1,3})\s*[.．、](?!\d)/g,
};

interface Mark {
  n: number;
  start: number;
  end: number;
}

const ARABIC_DIGITS = /^\d+$/;

/**
 * The first marker of the style at or after `from`, if any: exec over the style's global pattern
 * (matchAll would copy it), so a search can stop at the marker it wants.
 */
function nextMark(style: NumberingStyle, text: string, from: number): Mark | undefined {
  const re = MARKERS[style];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const digits = m[1] ?? '';
    const n = ARABIC_DIGITS.test(digits) ? Number(digits) : fromChineseNumeral(digits);
    if (n !== undefined) return { n, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Every marker of the style in the text, in order (one pass). */
function marks(style: NumberingStyle, text: string): Mark[] {
  const out: Mark[] = [];
  for (let m = nextMark(style, text, 0); m; m = nextMark(style, text, m.end)) out.push(m);
  return out;
}

/** The style whose first item (number 1) comes first in the text. */
export function detectStyle(
  text: string,
  styles: readonly NumberingStyle[] = ['paren-cn', 'paren-arabic', 'cn-dun', 'arabic'],
): NumberingStyle | undefined {
  let best: { style: NumberingStyle; start: number } | undefined;
  for (const style of styles) {
    // Its first marker numbered 1: the search stops there, not at the end of the text.
    let first = nextMark(style, text, 0);
    while (first && first.n !== 1) first = nextMark(style, text, first.end);
    if (first && (!best || first.start < best.start)) best = { style, start: first.start };
  }
  return best?.style;
}

export interface NumberedItem {
  /** The number as an integer (1 for （一）). */
  n: number;
  /** The printed marker, e.g. "（一）", "（1）". */
  marker: string;
  /** The item text, marker removed, trimmed. */
  text: string;
  /** Offset of the marker in the input. */
  start: number;
}

export interface NumberedList {
  /** Text before the first marker. */
  before: string;
  items: NumberedItem[];
  /** Numbers skipped in the sequence (their marker was not found). */
  missing: number[];
}

/**
 * Split text into its numbered items: from item 1, the next item is the first marker after it
 * numbered one to MAX_NUMBER_GAP more (see the file comment).
 */
export function splitNumbered(text: string, style: NumberingStyle): NumberedList {
  const all = marks(style, text);
  const chosen: Mark[] = [];
  const missing: number[] = [];
  for (const m of all) {
    const last = chosen[chosen.length - 1];
    if (!last ? m.n !== 1 : m.n <= last.n || m.n > last.n + MAX_NUMBER_GAP) continue;
    if (last) for (let k = last.n + 1; k < m.n; k++) missing.push(k);
    chosen.push(m);
    if (chosen.length >= MAX_ITEMS) break;
  }
  const first = chosen[0];
  if (!first) return { before: text.trim(), items: [], missing: [] };
  const items = chosen.map((m, i) => ({
    n: m.n,
    marker: text.slice(m.start, m.end).replace(/\s+/g, ''),
    text: text.slice(m.end, chosen[i + 1]?.start ?? text.length).trim(),
    start: m.start,
  }));
  return { before: text.slice(0, first.start).trim(), items, missing };
}
