// Hints for the document's identity, read from the part headings ("第一部分 2025 年部门概况",
// "第二部分 2021年部门预算公开表"), the 编制部门 lines of the tables and the overview text. These are
// hints: the lead sets `identity`, also using table headers.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import { compact, firstCode, joinTexts } from '../text/prose.js';

export interface IdentityHints {
  department?: string;
  year?: number;
  kind?: '预算' | '决算';
  scope?: '部门' | '单位';
  warnings: ParseWarning[];
}

const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
// "编制部门：新疆…办公厅 单位：万元" (seed 000 line 93); the unit label ends the name.
const PREPARED_BY = /^编制(?:部门|单位)[：:]/;
const UNIT_LABEL = /(?:金额)?单位[：:]/;
// A heading is a line, not a paragraph; longer "headings" are prose and are not read.
const MAX_HEADING_CHARS = 120;
const YEAR = /(?<!\d)((?:19|20)\d{2})年/;
const YEAR_IN_SCOPE = /(?<!\d)((?:19|20)\d{2})年(?:部门|单位)(?:预算|决算)/;
// A 第一部分 heading wraps when it names the department (seed 004 lines 1–3: "…驻乌鲁木齐办" /
// "事处概况"); look at most this many lines on for its end.
const HEADING_WRAP_LINES = 2;
const MIN_YEAR = 1990;
// The letters a part heading (第) and a 编制部门 line (编) start with.
const PART_FIRST = '第'.charCodeAt(0);
const PREPARED_FIRST = '编'.charCodeAt(0);
const MAX_YEAR = 2100;

// The cover of a document without part headings (上海): "上海市普陀区2025年区级部门预算" over
// "预算主管部门：上海市普陀区商务委员会" (单位预算: "区级单位预算", "预算单位：…").
const COVER_TITLE = /((?:19|20)\d{2})年度?(?:区级|市级|县级)?(部门|单位)(预算|决算)$/;
const COVER_DEPARTMENT = /^(?:预算主管部门|主管部门|预算单位|决算单位|单位名称)[：:](.+)$/;
/** The cover is the first lines, before the 目录. */
const COVER_LINES = 6;

interface Cover {
  year?: number;
  scope?: '部门' | '单位';
  kind?: '预算' | '决算';
  department?: string;
}

function readCover(lines: readonly LayoutLine[]): Cover {
  const cover: Cover = {};
  for (const line of lines.slice(0, COVER_LINES)) {
    const key = compact(line.text);
    if (key.length > MAX_HEADING_CHARS) continue;
    const title = COVER_TITLE.exec(key);
    if (title && cover.year === undefined) {
      cover.year = Number(title[1]);
      cover.scope = title[2] as '部门' | '单位';
      cover.kind = title[3] as '预算' | '决算';
    }
    const dept = COVER_DEPARTMENT.exec(key)?.[1];
    if (dept && !cover.department) cover.department = dept;
  }
  return cover;
}

/** The part heading at line i (joined with its wrapped continuation), if the line starts one. */
function partHeadingAt(lines: readonly LayoutLine[], i: number): string | undefined {
  const key = compact((lines[i] as LayoutLine).text);
  if (!PART_HEADING.test(key) || key.length > MAX_HEADING_CHARS) return undefined;
  const parts = [key];
  for (let j = i + 1; j <= i + HEADING_WRAP_LINES && j < lines.length; j++) {
    const joined = parts.join('');
    if (/(概况|公开表|说明|解释|情况)$/.test(joined)) break;
    const next = compact((lines[j] as LayoutLine).text);
    if (PART_HEADING.test(next) || /^[一二三四五六七八九十]+、|^表/.test(next)) break;
    parts.push(next);
  }
  return parts.join('');
}

/**
 * The part headings and the 编制部门 names, in one walk over the lines: only a line starting with
 * 第 can be a part heading, and only one starting with 编 a 编制部门 line (their keys drop
 * whitespace), so the others are not compacted or keyed.
 */
function headingsAndPreparers(
  lines: readonly LayoutLine[],
  firsts: readonly number[] | undefined,
): {
  headings: string[];
  prepared: string[];
} {
  const headings: string[] = [];
  const prepared: string[] = [];
  const known = firsts?.length === lines.length ? firsts : undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as LayoutLine).text;
    const first = known ? (known[i] as number) : firstCode(text);
    if (first === PART_FIRST) {
      const heading = partHeadingAt(lines, i);
      if (heading !== undefined) headings.push(heading);
    } else if (first === PREPARED_FIRST) {
      const name = preparedBy(text);
      if (name) prepared.push(name);
    }
  }
  return { headings, prepared };
}

/** The name after 编制部门：, without the unit label that follows it on the line. */
function preparedBy(text: string): string | undefined {
  const key = matchKey(text);
  const m = PREPARED_BY.exec(key);
  if (!m) return undefined;
  const rest = key.slice(m[0].length);
  const unit = rest.search(UNIT_LABEL);
  return (unit === -1 ? rest : rest.slice(0, unit)) || undefined;
}

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** `firsts`: each of `allLines`' first letter, when segment has read them (Segments.firsts). */
export function parseIdentityHints(
  overviewLines: readonly LayoutLine[],
  allLines: readonly LayoutLine[],
  firsts?: readonly number[],
): IdentityHints {
  const warnings: ParseWarning[] = [];
  const { headings, prepared } = headingsAndPreparers(allLines, firsts);
  const overviewText = compact(joinTexts(overviewLines.map((l) => l.text)));

  const fromHeading = headings
    .map((h) => /^第一部分(?:(?:19|20)\d{2}年度?)?(.*?)(?:部门|单位)?概况$/.exec(h)?.[1])
    .find((d) => !!d);
  const fromText = /预算单位构成看[，,](.{1,80}?)的预算包括/.exec(overviewText)?.[1];
  const cover = readCover(allLines);
  const department = mostFrequent(prepared) ?? fromHeading ?? fromText ?? cover.department;

  const years = headings
    .map((h) => YEAR.exec(h)?.[1])
    .concat(YEAR_IN_SCOPE.exec(overviewText)?.[1])
    .map(Number)
    .filter((y) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR);
  const year = mostFrequent(years) ?? cover.year;

  const headingText = headings.join('|');
  const budget = (headingText.match(/预算/g) ?? []).length;
  const accounts = (headingText.match(/决算/g) ?? []).length;
  const kind = budget > accounts ? '预算' : accounts > budget ? '决算' : cover.kind;
  const scope = /单位(?:预算|决算)/.test(headingText)
    ? '单位'
    : /部门(?:预算|决算|概况)/.test(headingText)
      ? '部门'
      : (cover.scope ?? (prepared.length ? '部门' : undefined));

  const unknown = [
    department ? '' : 'department',
    year ? '' : 'year',
    kind ? '' : 'kind (预算/决算)',
  ].filter(Boolean);
  if (unknown.length)
    warnings.push({
      code: 'identity-unknown',
      message: `identity: ${unknown.join(', ')} not found in the part headings or 编制部门 lines`,
    });
  return {
    ...(department ? { department } : {}),
    ...(year ? { year } : {}),
    ...(kind ? { kind } : {}),
    ...(scope ? { scope } : {}),
    warnings,
  };
}
