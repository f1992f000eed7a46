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

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
// A unit is short and has no digits: "%", "平方米", "万元/平方米", "（家/次）".
const MAX_UNIT_LENGTH = 8;
const UNIT = /^[^\d\s]+$/;
/** "无" and dashes stand for "no value" in 上年完成值. */
const NONE = /^(?:[-－—–―]+|无|\/)$/;

/** Strip a leading comparator; undefined when there is none. */
export function splitComparator(
  text: string,
): { comparator: NonNullable<IndicatorValue['comparator']>; rest: string } | undefined {
  for (const [printed, comparator] of COMPARATORS)
    if (text.startsWith(printed)) return { comparator, rest: text.slice(printed.length) };
  return undefined;
}

export function isNoValue(text: string): boolean {
  return NONE.test(text.replace(/\s+/g, ''));
}

/**
 * Read a joined value. `text` keeps the printed words but writes the comparator in one form
 * (≥ for "＞=") and drops layout spaces, so "＞\n=98%" reads as "≥98%".
 */
export function parseIndicatorValue(printed: string): IndicatorValue {
  const compact = printed.replace(/\s+/g, '');
  const cmp = splitComparator(compact);
  const rest = cmp ? cmp.rest : compact;
  const num = NUMBER.exec(rest);
  const unit = num ? rest.slice(num[0].length) : '';
  const unitOk = unit === '' || (unit.length <= MAX_UNIT_LENGTH && UNIT.test(unit));
  const text = `${cmp ? cmp.comparator : ''}${rest}`;
  if (!num || !unitOk) return cmp ? { text, comparator: cmp.comparator } : { text };
  const value: IndicatorValue = { text, number: Number(num[0].replace(/,/g, '')) };
  if (cmp) value.comparator = cmp.comparator;
  if (unit) value.unit = unit;
  return value;
}

/** How a printed cell reads as a value: 2 = comparator and number, 1 = number, 0 = other. */
export function valueStrength(text: string): 0 | 1 | 2 {
  const v = parseIndicatorValue(text);
  if (v.number === undefined) return 0;
  return v.comparator ? 2 : 1;
}

/** Printed width in half-width units: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Width of the first unbreakable word: an ASCII run, or one wide character. */
export function firstWordWidth(text: string): number {
  const ascii = /^[\x21-\x7e]+/.exec(text);
  if (ascii) return ascii[0].length;
  const first = [...text][0];
  return first ? displayWidth(first) : 0;
}
