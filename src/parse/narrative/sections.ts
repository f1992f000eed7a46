// Splits the 情况说明's lines into numbered sections (一、…), subsections (（一）… and title-like
// numbered items 1.…) and their body lines. Headings are accepted in sequence — a number must
// exceed the last one at its level by at most MAX_NUMBER_GAP — so that "一、" starting a line of a
// list inside a paragraph is not taken for a heading.
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import {
  endsLikeHeading,
  endsSentence,
  headingStart,
  itemLooksLikeTitle,
  shortHeadingEnd,
  tailLike,
  type HeadingLevel,
  type HeadingStart,
} from './headings.js';
import { columnWidth, displayWidth, joinPieces } from '../text/join.js';

export interface RawSection {
  level: HeadingLevel;
  number: string;
  title: string;
  /** Number of the enclosing section, for subsections. */
  parent?: string;
  /** The heading's lines (a wrapped heading spans several). */
  heading: LayoutLine[];
  /** Body lines, in reading order; a subsection's lines are not repeated in its parent. */
  lines: LayoutLine[];
}

/** A heading may be missing (a dropped line): accept a number this far past the last one. */
const MAX_NUMBER_GAP = 3;
/** A heading wraps over at most this many lines (seed 000 一、: two; 004: two). */
const MAX_HEADING_LINES = 4;
/**
 * How far past a heading to look for its displaced tail. Seed 000 line 1481: "十一、 关于…办公厅
 * 2025" is followed by seven lines of section 十's body and only then "年上年结转结余预" "算情况
 * 说明" (lines 1497–1499); a page of text is the most such a displacement has been seen to span.
 */
const TAIL_SEARCH_LINES = 40;
/** A title line at least this share of the column width was wrapped, not ended. */
const FULL_LINE_RATIO = 0.85;
// The part heading that opens the 情况说明 (seed 000 line 1021 "第三部分 2025年部门预算情况说明").
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
// Unnumbered part headings (上海 "2025年部门预算编制说明", "其他相关情况说明"): with `partHeadings`
// each opens a top-level section numbered "" and the numbering of the sections starts again.
const UNNUMBERED_PART = /(编制说明|情况说明)$/;
const PART_MAX_CHARS = 40;
const SENTENCE = /[，。；：,;:]/;

export interface SplitOptions {
  /** Take unnumbered "…说明" lines as part headings (documents segmented by their headings). */
  partHeadings?: boolean;
}

function isUnnumberedPart(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (
    t.length <= PART_MAX_CHARS &&
    UNNUMBERED_PART.test(t) &&
    !SENTENCE.test(t) &&
    headingStart(text) === undefined
  );
}

interface TitleRead {
  title: string;
  heading: LayoutLine[];
  /** Index of the first line after the heading (and after its displaced tail). */
  next: number;
  /** Body lines that sat between a heading and its displaced tail. */
  displaced: LayoutLine[];
  /** Body text printed on the heading's own line after its title. */
  inlineBody?: LayoutLine;
}

export function splitSections(
  lines: readonly LayoutLine[],
  warnings: ParseWarning[],
  opts: SplitOptions = {},
): RawSection[] {
  return splitSectionsAndRest(lines, warnings, opts).sections;
}

/**
 * splitSections, and the lines that fell in no section (those before the first one), in order:
 * every other line is a heading or body line of exactly one section.
 */
export function splitSectionsAndRest(
  lines: readonly LayoutLine[],
  warnings: ParseWarning[],
  opts: SplitOptions = {},
): { sections: RawSection[]; outside: LayoutLine[] } {
  const sections: RawSection[] = [];
  const st: SplitState = {
    lastSection: 0,
    lastSub: 0,
    lastItem: 0,
    hasParenSub: false,
    orphan: [],
  };
  // Measured on first need: only a subsection title followed by a tail-like line asks.
  const column = new ColumnWidth(lines);

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as LayoutLine;
    if (opts.partHeadings && isUnnumberedPart(line.text)) {
      st.top = {
        level: 'section',
        number: '',
        title: line.text.trim(),
        heading: [line],
        lines: [],
      };
      sections.push(st.top);
      st.inner = undefined;
      st.lastSection = st.lastSub = st.lastItem = 0;
      st.hasParenSub = false;
      i++;
      continue;
    }
    const h = headingStart(line.text);
    const level = h ? acceptedLevel(st, h) : undefined;
    if (!h || !level) {
      addBody(st, line);
      i++;
      continue;
    }
    const read = readTitle(lines, i, h, column);
    for (const d of read.displaced) addBody(st, d);
    const section: RawSection = {
      level,
      number: h.number,
      title: read.title,
      heading: read.heading,
      lines: read.inlineBody ? [read.inlineBody] : [],
    };
    if (level === 'section') {
      if (h.value > st.lastSection + 1) warnGap(warnings, st.lastSection, h.value, line);
      st.lastSection = h.value;
      st.lastSub = 0;
      st.lastItem = 0;
      st.hasParenSub = false;
      st.top = section;
      st.inner = undefined;
    } else {
      section.parent = st.top?.number;
      if (level === 'subsection') {
        st.lastSub = h.value;
        st.hasParenSub = true;
      } else {
        st.lastItem = h.value;
      }
      st.inner = section;
    }
    sections.push(section);
    i = read.next;
  }
  warnOrphans(warnings, st.orphan, sections.length === 0);
  return { sections, outside: st.orphan };
}

/** Where splitSectionsAndRest stands: the open section and subsection, the last numbers. */
interface SplitState {
  top?: RawSection;
  inner?: RawSection;
  lastSection: number;
  lastSub: number;
  lastItem: number;
  hasParenSub: boolean;
  /** Body lines before the first section. */
  orphan: LayoutLine[];
}

/** A body line goes to the open subsection, else the open section, else before the sections. */
function addBody(st: SplitState, line: LayoutLine): void {
  const open = st.inner ?? st.top;
  if (open) open.lines.push(line);
  else st.orphan.push(line);
}

function acceptedLevel(st: SplitState, h: HeadingStart): HeadingLevel | undefined {
  if (h.level === 'section') {
    return h.value > st.lastSection && h.value <= st.lastSection + MAX_NUMBER_GAP
      ? 'section'
      : undefined;
  }
  if (!st.top) return undefined;
  if (h.level === 'subsection') {
    return h.value > st.lastSub && h.value <= st.lastSub + MAX_NUMBER_GAP
      ? 'subsection'
      : undefined;
  }
  // Numbered items are list entries inside a （一） subsection (seed 000 五（三）1、…13、);
  // directly under a section they are subsections when they read like titles (seed 004 七 1.项目名称).
  return !st.hasParenSub && h.value === st.lastItem + 1 && itemLooksLikeTitle(h.rest)
    ? 'item'
    : undefined;
}

/** The width a title line must reach to count as wrapped (FULL_LINE_RATIO of the column). */
class ColumnWidth {
  private width: number | undefined;

  constructor(private readonly lines: readonly LayoutLine[]) {}

  full(): number {
    return (this.width ??= columnWidth(this.lines) * FULL_LINE_RATIO);
  }
}

function readTitle(
  lines: readonly LayoutLine[],
  i: number,
  h: HeadingStart,
  column: ColumnWidth,
): TitleRead {
  const first = lines[i] as LayoutLine;
  const heading = [first];
  // "（一）机关运行经费。2021年…": the title ends at the first full stop, the rest is body.
  const stop = h.level === 'item' ? -1 : h.rest.indexOf('。');
  if (stop >= 0) {
    const rest = h.rest.slice(stop + 1).trim();
    const title = h.rest.slice(0, stop).trim();
    const inlineBody = rest === '' ? undefined : { ...first, text: rest };
    return { title, heading, next: i + 1, displaced: [], ...(inlineBody ? { inlineBody } : {}) };
  }
  let title = h.rest;
  let j = i + 1;
  while (
    j < lines.length &&
    heading.length < MAX_HEADING_LINES &&
    titleGoesOn(h.level, title, heading, lines[j] as LayoutLine, column)
  ) {
    title = joinPieces(title, (lines[j] as LayoutLine).text);
    heading.push(lines[j] as LayoutLine);
    j++;
  }
  if (h.level !== 'section' || endsLikeHeading(title)) {
    return { title, heading, next: j, displaced: [] };
  }
  const tail = findDisplacedTail(lines, j);
  if (!tail) return { title, heading, next: j, displaced: [] };
  for (let k = tail.from; k <= tail.to; k++) {
    title = joinPieces(title, (lines[k] as LayoutLine).text);
    heading.push(lines[k] as LayoutLine);
  }
  return { title, heading, next: tail.to + 1, displaced: lines.slice(j, tail.from) };
}

/** Does `next` continue the title read so far (`title`, over the lines `heading`)? */
function titleGoesOn(
  level: HeadingLevel,
  title: string,
  heading: readonly LayoutLine[],
  next: LayoutLine,
  column: ColumnWidth,
): boolean {
  if (!tailLike(next.text)) return false;
  if (level === 'section') return !endsLikeHeading(title) || shortHeadingEnd(next.text);
  // A subsection title continues only when its last line filled the column.
  return displayWidth((heading[heading.length - 1] as LayoutLine).text) >= column.full();
}

/**
 * A heading that does not end like one (seed 000 line 1481 "十一、 关于…办公厅 2025") may have
 * its tail a few lines on, after text of the previous section that the extraction put between.
 * The tail is a run of heading-like lines ending like a heading, starting a paragraph (the line
 * before it ends a sentence); the lines between belong to the section before the heading.
 */
function findDisplacedTail(
  lines: readonly LayoutLine[],
  from: number,
): { from: number; to: number } | undefined {
  const end = Math.min(lines.length, from + TAIL_SEARCH_LINES);
  for (let k = from; k < end; k++) {
    const text = (lines[k] as LayoutLine).text;
    if (headingStart(text)?.level === 'section') return undefined;
    if (!tailLike(text) || !endsLikeHeading(text)) continue;
    let t = k;
    while (
      t - 1 >= from &&
      k - t + 1 < MAX_HEADING_LINES &&
      tailLike((lines[t - 1] as LayoutLine).text)
    ) {
      t--;
    }
    if (t > from && endsSentence((lines[t - 1] as LayoutLine).text)) return { from: t, to: k };
  }
  return undefined;
}

function warnGap(warnings: ParseWarning[], last: number, found: number, line: LayoutLine): void {
  warnings.push({
    code: 'section-missing',
    message: `情况说明: section number ${found} follows ${last}; the sections between are missing`,
    at: at(line),
  });
}

function warnOrphans(warnings: ParseWarning[], orphan: LayoutLine[], noSections: boolean): void {
  const unplaced = orphan.filter((l) => !PART_HEADING.test(l.text.trim()));
  const first = unplaced[0];
  if (!first) return;
  if (noSections) {
    warnings.push({
      code: 'section-missing',
      message: `情况说明: no numbered section (一、…) was found in ${unplaced.length} lines`,
      at: at(first),
    });
    return;
  }
  for (const l of unplaced) {
    warnings.push({
      code: 'text-unplaced',
      message: `情况说明: text before the first numbered section: "${l.text.trim().slice(0, 40)}"`,
      at: at(l),
    });
  }
}

function at(line: LayoutLine): { line: number; page?: number } {
  return line.page === undefined ? { line: line.line } : { line: line.line, page: line.page };
}
