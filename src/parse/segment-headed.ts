// Parts of a document that numbers neither its parts nor its tables (上海: no 第一部分, no 表1). Each
// part starts at an unnumbered heading line of its own — "…主要职能", "…机构设置", "名词解释",
// "2025年部门预算编制说明", "其他相关情况说明", "…经费情况说明", "财政项目支出绩效目标填报表" — and the
// tables at the first table title. The 目录 lists the same words, but numbered ("一、部门主要职能",
// "1. 2025年部门财务收支预算总表"), so it starts nothing.
import { matchKey } from '../ingest/normalize.js';
import type { LayoutLine } from '../model/layout.js';
import { matchTitle } from './tables/recognize.js';

export type HeadedPart = 'overview' | 'glossary' | 'narrative' | 'project' | 'performance';

export interface HeadedSegments {
  overview: LayoutLine[];
  tables: LayoutLine[];
  /** The 编制说明 and 其他相关情况说明, in order, each from its heading line on. */
  narrative: LayoutLine[];
  /** Each "…经费情况说明" of one project, from its heading line on. */
  projects: LayoutLine[][];
  performance: LayoutLine[][];
  glossary: LayoutLine[];
}

// A heading is a short line of its own: no sentence punctuation, no list number.
const HEADING_MAX_CHARS = 40;
const NUMBERED = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/;
const SENTENCE = /[，。；：,;:]/;
// First match wins: a project's heading ends 经费情况说明, the others 编制说明 / 情况说明.
const HEADINGS: readonly [RegExp, HeadedPart][] = [
  [/(主要职能|主要职责|部门职能|部门职责|机构设置)$/, 'overview'],
  [/^名词解释$/, 'glossary'],
  [/经费情况说明$/, 'project'],
  [/(预算编制说明|决算编制说明|其他相关情况说明)$/, 'narrative'],
  [/^(财政)?(项目支出|部门整体支出|整体支出)绩效目标(填报)?表$/, 'performance'],
];

type Mark = { index: number; part: HeadedPart | 'tables' };

/** The heading kind a line is, if it is one. */
function headingOf(text: string): Mark['part'] | undefined {
  const key = matchKey(text);
  if (key.length > HEADING_MAX_CHARS || NUMBERED.test(key) || SENTENCE.test(key)) return undefined;
  if (matchTitle(text)) return 'tables';
  return HEADINGS.find(([re]) => re.test(key))?.[1];
}

/** The parts by their headings; undefined when the document has no table title at all. */
export function segmentByHeadings(lines: readonly LayoutLine[]): HeadedSegments | undefined {
  const marks: Mark[] = [];
  for (let i = 0; i < lines.length; i++) {
    const part = headingOf((lines[i] as LayoutLine).text);
    if (!part) continue;
    // Consecutive table titles are one part: the tables.
    if (part === 'tables' && marks.at(-1)?.part === 'tables') continue;
    marks.push({ index: i, part });
  }
  if (!marks.some((m) => m.part === 'tables')) return undefined;
  const out: HeadedSegments = {
    overview: [],
    tables: [],
    narrative: [],
    projects: [],
    performance: [],
    glossary: [],
  };
  marks.forEach((m, k) => {
    const range = lines.slice(m.index, marks[k + 1]?.index ?? lines.length);
    if (m.part === 'project') out.projects.push(range);
    else if (m.part === 'performance') out.performance.push(range);
    else out[m.part].push(...range);
  });
  return out;
}
