// The two parts of 第一部分 部门概况: 主要职能 and 机构设置及人员情况, each under a 一、/二、 heading.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';

export interface OverviewParts {
  heading: LayoutLine[];
  functions?: { heading: LayoutLine; body: LayoutLine[] };
  structure?: { heading: LayoutLine; body: LayoutLine[] };
}

// A part heading is short: "一、 主要职能", "二、机构设置及人员情况" (seed 000, 004); some templates say
// 部门职责 / 主要职责 or split 机构设置 and 人员情况 into two headings.
const HEADING_MAX_CHARS = 20;
const NUMBERED = /^[一二三四五六七八九十]+、/;
// 上海 prints them unnumbered, naming the department: "上海市普陀区商务委员会主要职能", "…机构设置".
const UNNUMBERED_HEADING = /(主要职能|主要职责|部门职能|部门职责|机构设置)$/;
const UNNUMBERED_MAX_CHARS = 40;
const SENTENCE = /[，。；：,;:]/;
const FUNCTIONS = /职能|职责/;
const STRUCTURE = /机构设置|人员情况|人员构成|单位构成/;

export function overviewParts(lines: readonly LayoutLine[]): OverviewParts {
  const parts: OverviewParts = { heading: [] };
  let current: LayoutLine[] = parts.heading;
  for (const line of lines) {
    const key = matchKey(line.text);
    const heading =
      (NUMBERED.test(key) && key.length <= HEADING_MAX_CHARS) ||
      (UNNUMBERED_HEADING.test(key) && key.length <= UNNUMBERED_MAX_CHARS && !SENTENCE.test(key));
    if (heading && FUNCTIONS.test(key) && !parts.functions) {
      parts.functions = { heading: line, body: [] };
      current = parts.functions.body;
    } else if (heading && STRUCTURE.test(key) && !parts.structure) {
      parts.structure = { heading: line, body: [] };
      current = parts.structure.body;
    } else if (heading && STRUCTURE.test(key) && parts.structure) {
      // 机构设置 and 人员情况 under two headings: one body, heading kept as text.
      current = parts.structure.body;
      current.push(line);
    } else {
      current.push(line);
    }
  }
  return parts;
}
