// Split a disclosure's lines into its parts: 概况, tables, 情况说明, 绩效目标表, 名词解释 and the
// signature. Part headings are not reliable in extracted text (seed 004 lost "第三部分" to a
// single "明"), so each part also has a fallback anchor: the first table marker, the first
// "一、关于…说明" after the tables, the first 绩效目标表 title.
import { matchKey } from '../ingest/normalize.js';
import type { LayoutLine } from '../model/layout.js';
import { segmentByHeadings } from './segment-headed.js';
import { contentsEnd } from './contents.js';
import { isMarkerFirst } from './narrative/headings.js';
import { firstCode, includesCode } from './text/prose.js';

export interface Segments {
  /** 第一部分 部门概况. */
  overview: LayoutLine[];
  /** 第二部分 公开表. */
  tables: LayoutLine[];
  /** 第三部分 情况说明, without the 绩效目标表 inside it. */
  narrative: LayoutLine[];
  /** Each 绩效目标表 (部门整体 / 项目支出), its lines from its title on. */
  performance: LayoutLine[][];
  /** 第四部分 名词解释, without the signature. */
  glossary: LayoutLine[];
  /** Signature: the name and date that close the document. */
  closing: LayoutLine[];
  /** Projects under headings of their own (上海 "…经费情况说明"), each from its heading on. */
  projects?: LayoutLine[][];
  /** The parts were found by their unnumbered headings (segmentByHeadings). */
  byHeadings?: boolean;
  /**
   * Each segmented line's first letter (not whitespace), by its index in the lines: read once
   * here, for the readers that scan all the lines again (parseIdentityHints).
   */
  firsts: readonly number[];
}

const PART_1 = /^第一部分/;
const PART_2 = /^第二部分/;
const PART_3 = /^第三部分/;
const PART_4 = /^第四部分/;
const GLOSSARY = /^(第四部分)?名词解释[：:]?$/;
const TABLE_MARKER = /^表[1一][：:]?$/;
const NARRATIVE_FIRST = /^一、关于.*(说明|说)$|^一、关于/;
const PERFORMANCE_TITLE = /^(部门整体|项目支出|部门整体支出|整体支出)绩效目标表/;
// A heading of the 情况说明 that ends a run of 绩效目标表: （五）其他需说明的事项, 十三、…
const NARRATIVE_HEADING = /^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/;
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const DIGITS = '0123456789';

export function segment(lines: readonly LayoutLine[]): Segments {
  const scan = scanLines(lines);
  const firsts = scan.firsts;

  const body = contentsEnd(lines); // part headings in the 目录 are not the parts
  const part2 = firstOf(
    findLine(scan, PART_2, '第', body),
    findLine(scan, TABLE_MARKER, '表', body),
  );
  if (part2 === -1) {
    // No part numbers and no table numbers: parts by their own headings (上海 预算).
    const headed = segmentByHeadings(lines);
    if (headed) return { ...headed, closing: [], byHeadings: true, firsts };
  }
  const tablesStart = part2 === -1 ? 0 : part2;
  const overviewStart = Math.max(0, findLine(scan, PART_1, '第', body));
  let narrativeStart = findLine(scan, PART_3, '第', tablesStart);
  if (narrativeStart === -1) narrativeStart = findLine(scan, NARRATIVE_FIRST, '一', tablesStart);
  if (narrativeStart === -1) narrativeStart = lines.length;
  let glossaryStart = findLine(scan, PART_4, '第', narrativeStart);
  if (glossaryStart === -1) glossaryStart = findLine(scan, GLOSSARY, '第名', narrativeStart);
  if (glossaryStart === -1) glossaryStart = lines.length;

  // The signature: the trailing date line and the name line just above it.
  let closingStart = lines.length;
  for (let i = lines.length - 1; i >= Math.max(glossaryStart, lines.length - 4); i--) {
    if (matches(scan, SIGNATURE_DATE, DIGITS, i)) {
      closingStart = i > glossaryStart + 1 ? i - 1 : i;
      break;
    }
  }

  const narrative: LayoutLine[] = [];
  const performance: LayoutLine[][] = [];
  let current: LayoutLine[] | undefined;
  for (let i = narrativeStart; i < glossaryStart; i++) {
    const line = lines[i] as LayoutLine;
    if (matches(scan, PERFORMANCE_TITLE, '部项整', i)) {
      current = [line];
      performance.push(current);
    } else if (current && isMarkerFirst(firsts[i] as number) && endsPerformance(scan, i)) {
      current = undefined;
      narrative.push(line);
    } else if (current) {
      current.push(line);
    } else {
      narrative.push(line);
    }
  }

  return {
    overview: lines.slice(overviewStart, part2 === -1 ? overviewStart : tablesStart),
    tables: part2 === -1 ? [] : lines.slice(tablesStart, narrativeStart),
    narrative,
    performance,
    glossary: lines.slice(glossaryStart, closingStart),
    closing: lines.slice(closingStart),
    firsts,
  };
}

// Every pattern segment searches for is anchored and starts with one of a few letters (before
// matchKey's folds: isMarkerFirst takes both brackets): a key can match only if the line's first
// letter (not whitespace) is one the pattern starts with. Each line's first letter is read once,
// in one walk that also lists the lines findLine's patterns can start (ANCHOR_FIRSTS): its searches
// walk that short list, not every line, and key only the lines whose letter fits.
interface Scan {
  lines: readonly LayoutLine[];
  /** Each line's first letter. */
  firsts: number[];
  /** The indexes of the lines starting with one of ANCHOR_FIRSTS, ascending. */
  anchors: number[];
}

/**
 * The letters findLine's patterns start with. Its `starts` are typed from them: a search for
 * another letter cannot be written without adding it here (a line not listed is never searched).
 */
const ANCHOR_LETTERS = ['第', '表', '一', '名'] as const;
type AnchorLetter = (typeof ANCHOR_LETTERS)[number];
const ANCHOR_FIRSTS = ANCHOR_LETTERS.join('');

function scanLines(lines: readonly LayoutLine[]): Scan {
  const firsts = lines.map((l) => firstCode(l.text)); // made at its size, not grown
  const anchors: number[] = [];
  for (let i = 0; i < firsts.length; i++)
    if (includesCode(ANCHOR_FIRSTS, firsts[i] as number)) anchors.push(i);
  return { lines, firsts, anchors };
}

function lineKey(scan: Scan, i: number): string {
  return matchKey((scan.lines[i] as LayoutLine).text);
}

/** Does line `i` match `re`, whose matches start with one of the letters `starts`? */
function matches(scan: Scan, re: RegExp, starts: string, i: number): boolean {
  return includesCode(starts, scan.firsts[i] as number) && re.test(lineKey(scan, i));
}

/** The first line from `from` on that matches (see matches), -1 if none. */
function findLine(
  scan: Scan,
  re: RegExp,
  starts: AnchorLetter | `${AnchorLetter}${AnchorLetter}`,
  from: number,
): number {
  const { anchors } = scan;
  for (let k = firstAtOrAfter(anchors, from); k < anchors.length; k++) {
    const i = anchors[k] as number;
    if (matches(scan, re, starts, i)) return i;
  }
  return -1;
}

/** The position in the ascending `indexes` of the first one ≥ `from` (binary search). */
function firstAtOrAfter(indexes: readonly number[], from: number): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((indexes[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does line `i`, inside a 绩效目标表, head the 情况说明 again (a numbered matter, not a cell)? */
function endsPerformance(scan: Scan, i: number): boolean {
  const key = lineKey(scan, i);
  return NARRATIVE_HEADING.test(key) && !looksLikeTableCell(key);
}

function firstOf(...indexes: number[]): number {
  const found = indexes.filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

// Inside a 绩效目标表 a cell can start like a heading ("（2025年）" does not, but a goal text
// could start with "一、"); a real heading of the 情况说明 is short and names a matter.
function looksLikeTableCell(key: string): boolean {
  return !/(说明|事项|情况)/.test(key) || key.length > 40;
}
