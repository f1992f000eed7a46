// Two tables printed side by side on one page (决算: 收入 | 支出 of the 收支总表, 人员经费 | 公用经费
// of the 基本支出表). The header repeats its labels over the right half ("项目 决算数 项目 决算数",
// "科目编码 科目名称 决算数 科目编码 …"); the left half ends at the right edge of the header cell
// printed just before the repetition. Numbers are right-aligned under their header and may reach
// past it, but never past the gap before the right half's first (label or code) column, which
// is left-aligned: a token belongs to the right half when it starts right of that edge.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine, LayoutToken } from '../../model/layout.js';

/** The x where the right half begins, from the header lines; undefined without positions. */
export function halvesBoundary(header: readonly LayoutLine[]): number | undefined {
  let edge: number | undefined;
  for (const line of header) {
    const tokens = line.tokens ?? [];
    const keys = tokens.map((t) => matchKey(t.text));
    for (let i = 1; i < tokens.length; i++) {
      if (!keys.slice(0, i).includes(keys[i]!)) continue;
      const before = tokens[i - 1]!;
      edge = edge === undefined ? before.x1 : Math.max(edge, before.x1);
      break;
    }
  }
  return edge;
}

/** One half of a line: its tokens and their text, keeping the line's number and page. */
function halfLine(line: LayoutLine, tokens: readonly LayoutToken[]): LayoutLine | undefined {
  if (tokens.length === 0) return undefined;
  return {
    text: tokens.map((t) => t.text).join(' '),
    line: line.line,
    ...(line.page ? { page: line.page } : {}),
    tokens: [...tokens],
    ...(line.continues ? { continues: true as const } : {}),
  };
}

/** A line cut at the boundary into its left and right halves (either may be absent). */
export function splitHalves(
  line: LayoutLine,
  boundary: number,
): { left?: LayoutLine; right?: LayoutLine } {
  const tokens = line.tokens ?? [];
  const left = halfLine(
    line,
    tokens.filter((t) => t.x0 <= boundary),
  );
  const right = halfLine(
    line,
    tokens.filter((t) => t.x0 > boundary),
  );
  return { ...(left ? { left } : {}), ...(right ? { right } : {}) };
}

// Header cells wrapped inside their cell ("本年收入合" over "计", "国有资本经营预" / "算财政拨" /
// "款") are one label: a token sits under another when its centre lies within the upper token's
// span. Joined labels are added beside the pieces, so a label printed whole still matches first.
const STACK_LINES = 4;

/**
 * Header lines with each stack of wrapped cell pieces also given as one joined token, its text
 * appended to the line's text (after the printed text, so 编制部门 and 单位 read as before).
 */
export function withStackedCells(header: readonly LayoutLine[]): LayoutLine[] {
  if (!header.some((l) => l.tokens?.length)) return [...header];
  const out = header.map((l) => ({ ...l, tokens: [...(l.tokens ?? [])] }));
  header.forEach((line, i) => {
    for (const top of line.tokens ?? []) {
      if (/[：:]/.test(top.text)) continue; // 单位：万元, 编制部门：… are not column headers
      let text = top.text;
      let x0 = top.x0;
      let x1 = top.x1;
      for (let k = i + 1; k < Math.min(header.length, i + STACK_LINES); k++) {
        const under = (header[k]!.tokens ?? []).find((t) => {
          const c = (t.x0 + t.x1) / 2;
          return c >= top.x0 && c <= top.x1;
        });
        if (!under) break;
        text += under.text;
        x0 = Math.min(x0, under.x0);
        x1 = Math.max(x1, under.x1);
      }
      if (text === top.text) continue;
      out[i]!.tokens.push({ ...top, text, x0, x1 });
      out[i]!.text += ` ${text}`;
    }
  });
  return out;
}

const CODE_HEADER_TOKEN = /^(类|款|项)$/;

/**
 * The header's 类 款 项 cells printed on the first data line (决算 收入/支出决算表: "类 款 项 合计
 * 2,946.25 …"): the line without them is the 合计 row.
 */
export function withoutCodeHeaderCells(line: LayoutLine): LayoutLine {
  const tokens = line.tokens;
  if (!tokens || tokens.length < 2 || !CODE_HEADER_TOKEN.test(tokens[0]!.text.trim())) return line;
  let k = 0;
  while (k < tokens.length && CODE_HEADER_TOKEN.test(tokens[k]!.text.trim())) k++;
  if (k === tokens.length) return line;
  return halfLine(line, tokens.slice(k)) ?? line;
}
