// What a heading line of the 情况说明 looks like: 一、… (section), （一）/(一) … (subsection),
// 1、/1./1． … (a numbered item, a subsection only when it reads like a title).
import { matchKey } from '../../ingest/normalize.js';
import { displayWidth } from '../text/join.js';
import { firstCode } from '../text/prose.js';
import { fromChineseNumeral } from '../text/numerals.js';

export type HeadingLevel = 'section' | 'subsection' | 'item';

export interface HeadingStart {
  level: HeadingLevel;
  /** As the model writes it: 十二, （三）, 1. */
  number: string;
  value: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const SECTION = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const SUBSECTION = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/;
// "1.26万元" at a line start is an amount, not item 1: the marker must not be followed by a digit.
const ITEM = /^(\d{1,2})\s*[、.．](?!\d)\s*/;

// The letters a section or subsection marker starts with (an item's is a digit): most lines start
// otherwise and are not trimmed or matched. A table by code: every line's first letter is tested.
const MARKER_FIRST = new Uint8Array(0x10000);
for (const c of '（(一二三四五六七八九十') MARKER_FIRST[c.charCodeAt(0)] = 1;

/** Can a section or subsection marker start with this UTF-16 code unit (NaN: no)? */
export function isMarkerFirst(code: number): boolean {
  return MARKER_FIRST[code] === 1;
}

function mayStartHeading(text: string): boolean {
  const c = firstCode(text);
  return (c >= 0x30 && c <= 0x39) || isMarkerFirst(c);
}

export function headingStart(text: string): HeadingStart | undefined {
  if (!mayStartHeading(text)) return undefined;
  const t = text.trim();
  let m = SECTION.exec(t);
  if (m) {
    const value = fromChineseNumeral(m[1] ?? '');
    if (value !== undefined) {
      return { level: 'section', number: m[1] ?? '', value, rest: t.slice(m[0].length) };
    }
  }
  m = SUBSECTION.exec(t);
  if (m) {
    const value = fromChineseNumeral(m[1] ?? '');
    if (value !== undefined) {
      return { level: 'subsection', number: `（${m[1]}）`, value, rest: t.slice(m[0].length) };
    }
  }
  m = ITEM.exec(t);
  if (m) {
    const value = Number(m[1]);
    if (value > 0)
      return { level: 'item', number: String(value), value, rest: t.slice(m[0].length) };
  }
  return undefined;
}

// Headings of the 情况说明 name a matter and end with one of these words (关于…情况说明,
// 其他重要事项的情况说明, 一般公共预算当年拨款规模变化情况, 其他需说明的事项).
const HEADING_END = /(说明|情况|事项|概况)$/;

export function endsLikeHeading(title: string): boolean {
  return HEADING_END.test(matchKey(title));
}

// Sentence punctuation and figures never occur in the wrapped tail of a heading.
const SENTENCE_MARK = /[。，；,;：:！？]/;
const FIGURE = /\d\s*(万元|元|%|％)/;

/** Could this line be (part of) the wrapped tail of a heading? */
export function tailLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !SENTENCE_MARK.test(t) && !FIGURE.test(t) && !headingStart(t);
}

// A wrapped heading's last piece ("明", "况的总体说明"); a longer line ending in 情况 is body text.
const SHORT_TAIL_WIDTH = 16;

/** A short tail that completes a heading even though the heading already ends like one. */
export function shortHeadingEnd(text: string): boolean {
  return tailLike(text) && endsLikeHeading(text) && displayWidth(text) <= SHORT_TAIL_WIDTH;
}

/** Does the line end a sentence or a paragraph lead-in? */
export function endsSentence(text: string): boolean {
  return /[。；;！？!?：:]\s*$/.test(text);
}

// A numbered item reads like a subsection title ("1.项目名称：业务运转经费项目", "1.机关运行经费
// 情况") when its line holds a label with a value or a matter, and no sentence or figure.
const LABEL_VALUE = /^[^：:]{1,12}[：:]\S/;
const ITEM_SENTENCE_MARK = /[。，；,;]/;

export function itemLooksLikeTitle(rest: string): boolean {
  if (rest === '' || ITEM_SENTENCE_MARK.test(rest) || FIGURE.test(rest)) return false;
  return LABEL_VALUE.test(rest) || endsLikeHeading(rest);
}
