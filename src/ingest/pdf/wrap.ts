// Wrapped table cells. A cell too narrow for its text wraps onto the next visual line while the
// row's numbers stay on the first ("机关事业单位基本养老保险缴费支" / "出", 万里街道2023年部门预算
// p12; "七、文化旅游体育与传媒支" / "出", 财政局2024年度部门决算 p12). Such a line is kept as its own
// line and marked `continues`: the table parser appends it to the row above instead of reading
// it as a new row. (A cell wrapped around its row's middle — numbers centred on a two-line name —
// is already one line: see lines.ts.)
//
// A line continues the one above when all of these hold:
// - it holds only text tokens (no number), each inside the x-range of a text token of the line
//   above (the cell it wraps from);
// - that cell is full: it reaches the right edge of its column on the page (text wraps only
//   when the next character does not fit), so a short name followed by the next row's name in
//   the same column ("九、卫生健康支出" / "十、节能环保支出") is not taken for a wrap;
// - it sits one text line below (a wrap keeps the font's leading; rows add cell padding);
// - each of its tokens wraps a different cell (sub-headers under one header cell do not);
// - the line above is a table row (cells apart by more than a word gap), or its one cell lies in
//   a column of the page's table rows: it starts where their cells start and crosses none of
//   their inner columns (a side-by-side table with one block empty on that row). Prose lines,
//   which also wrap, are never marked.
import type { LayoutToken } from '../../model/layout.js';
import type { PageLine } from './lines.js';

/** A wrapped line's baseline is at most this many ems below the line it continues. */
const WRAP_MAX_LEADING_EM = 1.35;
/** A full cell ends within this many ems of its column's rightmost text (one CJK character, with slack). */
const FULL_CELL_SLACK_EM = 1.5;
/** Token edges this close (in points) are aligned: same column start, or inside a cell. */
const ALIGN_PT = 1.5;
/** Cells of a table row stand further apart than this (in ems); words and font changes in prose do not. */
const CELL_GAP_EM = 1;

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

function isText(t: LayoutToken): boolean {
  return LETTER.test(t.text);
}

function isNumber(t: LayoutToken): boolean {
  return DIGIT.test(t.text) && !LETTER.test(t.text);
}

function isTableRow(line: PageLine): boolean {
  return line.tokens.some((t, i) => {
    const prev = line.tokens[i - 1];
    return prev !== undefined && t.x0 - prev.x1 >= CELL_GAP_EM * Math.min(t.size, prev.size);
  });
}

/** Indexes (into `lines`) of the lines that continue the line before them, for one page. */
export function findContinuations(lines: readonly PageLine[]): Set<number> {
  const columnEnd = new Map<number, number>();
  const columnStarts: number[] = [];
  const innerStarts: number[] = [];
  for (const line of lines) {
    for (const t of line.tokens) {
      const key = Math.round(t.x0);
      columnEnd.set(key, Math.max(columnEnd.get(key) ?? -Infinity, t.x1));
    }
    if (!isTableRow(line)) continue;
    line.tokens.forEach((t, k) => {
      columnStarts.push(t.x0);
      if (k > 0) innerStarts.push(t.x0);
    });
  }
  const rightEdge = (x0: number): number => {
    let end = -Infinity;
    for (let k = Math.round(x0 - ALIGN_PT); k <= Math.round(x0 + ALIGN_PT); k++)
      end = Math.max(end, columnEnd.get(k) ?? -Infinity);
    return end;
  };

  const out = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!;
    const line = lines[i]!;
    if (line.tokens.length === 0 || !line.tokens.every((t) => isText(t) && !isNumber(t))) continue;
    const size = Math.min(...line.tokens.map((t) => t.size));
    if (line.top - above.bottom > WRAP_MAX_LEADING_EM * size) continue;
    const hosts = line.tokens.map((t) =>
      above.tokens.find((h) => isText(h) && t.x0 >= h.x0 - ALIGN_PT && t.x1 <= h.x1 + ALIGN_PT),
    );
    if (hosts.some((h) => !h || h.x1 < rightEdge(h.x0) - FULL_CELL_SLACK_EM * h.size)) continue;
    if (new Set(hosts).size < hosts.length) continue;
    const inTable =
      isTableRow(above) || columnStarts.some((x) => Math.abs(x - above.tokens[0]!.x0) <= ALIGN_PT);
    if (inTable) out.add(i);
  }
  return out;
}
