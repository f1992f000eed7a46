// Find the tables in the tables part: each starts at its number (表1, 表一：) and/or its title, and
// runs to the next table. Titles are matched against every spec's title aliases; the longest
// match wins (财政拨款收支总体情况表 contains 收支总体情况表).
import { matchKey, quoteFreeKey, withoutQuotes } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { TABLE_SPECS, type TableSpec } from '../../model/specs/index.js';

export interface TableBlock {
  readonly spec: TableSpec;
  /** Printed number (表1, 表一), normalised: no spaces, no colon. */
  readonly number?: string;
  /** The printed title line(s), joined. */
  readonly title: string;
  /** Lines after the title up to the next table. */
  readonly body: readonly LayoutLine[];
  readonly at: LayoutLine;
}

// A well-formed Chinese numeral (五, 十一, 二十三), so that 表五一般公共预算… reads as 表五 + 一般…; a
// final 一 that starts 一般 belongs to the title.
const NUMBER =
  /^表([0-9]+(?:-[0-9]+)?|[一二三四五六七八九]?十(?:[一二三四五六七八九](?<!一(?=般)))?|[二三四五六七八九]|一(?!般))[：:]?/;
// How far (in lines) a table number may stand from its title (seed 004 prints "表一：", then the
// part heading "第二部分 …", then the title).
const NUMBER_TITLE_DISTANCE = 3;

const TITLE_INDEX: readonly { key: string; spec: TableSpec }[] = TABLE_SPECS.flatMap((spec) =>
  spec.titles.map((t) => ({ key: quoteFreeKey(t), spec })),
).sort((a, b) => b.key.length - a.key.length);

/** The spec whose title the line is, if it is a table title (not prose mentioning one). */
export function matchTitle(text: string): TableSpec | undefined {
  return titleOf(matchKey(text));
}

/** matchTitle for a line's matchKey. */
function titleOf(lineKey: string): TableSpec | undefined {
  if (!lineKey.includes('表')) return undefined; // no title without 表 (most lines)
  const key = withoutQuotes(lineKey).replace(NUMBER, '');
  // A title line is short and ends with the title (…情况表); prose mentioning a table does not.
  if (key.length > 40 || !/表$/.test(key)) return undefined;
  return TITLE_INDEX.find((t) => key.endsWith(t.key) || key.includes(t.key))?.spec;
}

export function findTables(lines: readonly LayoutLine[]): TableBlock[] {
  const starts: { index: number; titleIndex: number; spec: TableSpec; number?: string }[] = [];
  let pendingNumber: { index: number; number: string } | undefined;
  lines.forEach((line, i) => {
    // Both a number and a title hold 表, which matchKey keeps: most lines are skipped unkeyed.
    if (!line.text.includes('表')) return;
    const key = matchKey(line.text);
    const num = NUMBER.exec(key);
    if (num) pendingNumber = { index: i, number: `表${num[1]}` };
    const spec = titleOf(key);
    if (!spec) return;
    const numbered =
      pendingNumber && i - pendingNumber.index <= NUMBER_TITLE_DISTANCE ? pendingNumber : undefined;
    starts.push({
      index: numbered ? numbered.index : i,
      titleIndex: i,
      spec,
      ...(numbered ? { number: numbered.number } : {}),
    });
    pendingNumber = undefined;
  });
  const blocks: TableBlock[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const titleLine = lines[s.titleIndex] as LayoutLine;
    const body = lines.slice(s.titleIndex + 1, end).filter((_, j) => !isNumberOnly(lines, s, j));
    // A title followed at once by another title is a line of the 目录 (上海), not a table.
    if (body.length === 0) return;
    blocks.push({
      spec: s.spec,
      ...(s.number ? { number: s.number } : {}),
      title: titleLine.text.trim().replace(NUMBER, '').trim(),
      body,
      at: titleLine,
    });
  });
  return blocks;
}

// The number marker of the next table may sit inside this table's range; drop it.
function isNumberOnly(lines: readonly LayoutLine[], s: { titleIndex: number }, j: number): boolean {
  const line = lines[s.titleIndex + 1 + j];
  return (
    line !== undefined &&
    line.text.includes('表') &&
    /^表([0-9]+|[一二三四五六七八九十]+)[：:]?$/.test(matchKey(line.text))
  );
}
