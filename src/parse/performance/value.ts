// An indicator value (指标值 / 上年完成值) as printed: comparator + number + unit ("＞=98%",
// "≤0.017万元/平方米"), number + unit ("9.3吨"), or words ("有效保障", "2021年12月"). Cells wrap
// inside narrow columns ("＞" / "=98%", "=3220" / "0平方" / "米"), so callers join the fragments
// first; spaces inside a value ("＞=3 次") are layout, not content.
import type { IndicatorValue } from '../../model/performance.js';

// Two-character forms first: "＞=" is how these tables type ≥.
const COMPARATORS: readonly (readonly [string, NonNullable<IndicatorValue['comparator']>])[] = [
  ['＞＝', '≥'],
  ['＞=', '≥'],
  ['>=', '≥'],
  ['>＝', '≥'],
  ['＜＝', '≤'],
  ['＜=', '≤'],
  ['<=', '≤'],
  ['<＝', '≤'],
  ['≥', '≥'],
  ['≧', '≥'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['＝', '='],
  ['=', '='],
  ['＞', '>'],
  ['>', '>'],
  ['＜', '<'],
  ['<', '<'],
];

/** The comparators by their first letter's code, in COMPARATORS' order (longer forms first). */
const BY_FIRST = new Map<number, (typeof COMPARATORS)[number][]>();
for (const entry of COMPARATORS) {
  const first = entry[0].charCodeAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}
/** 1 at the codes of the comparators' first letters (one table read: a quick no for most texts). */
const COMPARATOR_FIRST_CODE = new Uint8Array(0x10000);
for (const first of BY_FIRST.keys()) COMPARATOR_FIRST_CODE[first] = 1;
// Sticky: read at a position (after the comparator), with no slice and no match array.
const NUMBER = /[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
// A unit is short and has no digits: "%", "平方米", "万元/平方米", "（家/次）".
export const MAX_UNIT_LENGTH = 8;
const UNIT = /[^\d\s]+$/y;
/**
 * In a text that reads as a number, the first digit comes after at most this many characters
 * (comparator and sign), and the last digit is the number's: only its unit follows.
 */
export const MAX_NUMBER_LEAD = Math.max(...COMPARATORS.map(([printed]) => printed.length)) + 1;
/** "无" and dashes stand for "no value" in 上年完成值. */
const NONE = /^(?:[-－—–―]+|无|\/)$/;

/** The comparator a text starts with, as printed and as read; undefined when none. */
function comparatorOf(text: string): (typeof COMPARATORS)[number] | undefined {
  const first = text.charCodeAt(0);
  if (COMPARATOR_FIRST_CODE[first] !== 1) return undefined;
  for (const entry of BY_FIRST.get(first) ?? []) if (text.startsWith(entry[0])) return entry;
  return undefined;
}

/** Does the text start with a comparator? */
export function startsWithComparator(text: string): boolean {
  return comparatorOf(text) !== undefined;
}

/** 1 at the codes of the letters a number may start with: a comparator's, a sign, a digit. */
const NUMBER_FIRST = COMPARATOR_FIRST_CODE.slice();
for (const c of '0123456789+-') NUMBER_FIRST[c.charCodeAt(0)] = 1;

/** Can a value's number be read from a text starting so: a comparator, a sign or a digit? */
export function mayStartNumber(text: string): boolean {
  return NUMBER_FIRST[text.charCodeAt(0)] === 1;
}

export function isNoValue(text: string): boolean {
  return isCompactNoValue(text.replace(/\s+/g, ''));
}

/** isNoValue of a text without spaces (a piece): no copy without them first. */
export function isCompactNoValue(compact: string): boolean {
  return NONE.test(compact);
}

/**
 * Where the number of a compact value ends when it starts at `from` (after the comparator) and
 * only a unit follows it; -1 when the text does not read as a number.
 */
function numberEnd(compact: string, from: number): number {
  NUMBER.lastIndex = from;
  if (!NUMBER.test(compact)) return -1;
  const end = NUMBER.lastIndex;
  const unit = compact.length - end;
  if (unit === 0) return end;
  if (unit > MAX_UNIT_LENGTH) return -1;
  UNIT.lastIndex = end;
  return UNIT.test(compact) ? end : -1;
}

/**
 * Read a joined value. `text` is as printed without layout spaces ("＞\n=98%" reads "＞=98%");
 * `comparator` is the normalised form (≥).
 */
export function parseIndicatorValue(printed: string): IndicatorValue {
  return parseCompactValue(printed.replace(/\s+/g, ''));
}

/** parseIndicatorValue of a text without spaces (a cell's joined pieces): no copy first. */
export function parseCompactValue(compact: string): IndicatorValue {
  const cmp = comparatorOf(compact);
  const from = cmp ? cmp[0].length : 0;
  const end = numberEnd(compact, from);
  const text = compact;
  if (end < 0) return cmp ? { text, comparator: cmp[1] } : { text };
  const value: IndicatorValue = {
    text,
    number: Number(withoutCommas(compact.slice(from, end))),
  };
  if (cmp) value.comparator = cmp[1];
  if (end < compact.length) value.unit = compact.slice(end);
  return value;
}

/** The number's digits without its thousands separators (most numbers have none). */
function withoutCommas(number: string): string {
  return number.includes(',') ? number.replace(/,/g, '') : number;
}

/**
 * How a text without spaces reads as a value, as parseIndicatorValue reads it but without
 * building the value: strength 2 = comparator and number, 1 = number, 0 = other; and whether a
 * unit follows the number.
 */
export function valueShape(compact: string): { strength: 0 | 1 | 2; unit: boolean } {
  const cmp = comparatorOf(compact);
  const end = numberEnd(compact, cmp ? cmp[0].length : 0);
  if (end < 0) return { strength: 0, unit: false };
  return cmp ? { strength: 2, unit: end < compact.length } : { strength: 1, unit: false };
}

// Letter loops instead of iterators and patterns: the row reader measures every piece.
export const WIDE = 0x2e80;
export const isPrintableAscii = (c: number) => c >= 0x21 && c <= 0x7e;
export const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Printed width in half-width units: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    w += c >= WIDE ? 2 : 1;
    // A surrogate pair is one (wide) character.
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return w;
}

/** Width of the first unbreakable word: an ASCII run, or one wide character. */
export function firstWordWidth(text: string): number {
  let ascii = 0;
  while (ascii < text.length && isPrintableAscii(text.charCodeAt(ascii))) ascii++;
  if (ascii > 0) return ascii;
  return text.length === 0 ? 0 : text.charCodeAt(0) >= WIDE ? 2 : 1;
}
