// The 上海 财政项目支出绩效目标填报表 (万里街道 2023, pp.31–35) prints two goals side by side under
// one heading line, "项目总目标 年度总体目标", with the block's own label ("项目\n绩效\n目标") in a
// cell at their left. Read as lines, the two texts interleave; with token positions they are
// split at the boundary between the two columns. The annual goal is the table's target.
import { matchKey } from '../../ingest/index.js';
import type { LayoutLine, LayoutToken } from '../../model/layout.js';

/** The heading cells of the two goal columns: the left one (lifetime) and the right (annual). */
const LEFT_HEADINGS = new Set(['项目总目标', '项目总体目标']);
const RIGHT_HEADINGS = new Set(['年度总体目标', '年度目标', '年度绩效目标']);
/** The merged cell left of the goals, printed whole or wrapped; never part of a goal. */
const BLOCK_LABEL = /^(项目)?(绩效)?(目标)?$/;

export interface GoalColumns {
  /** Index (in the lines given) of the heading line; the goal lines follow it to the end. */
  heading: number;
  /** The left (项目总目标) and right (年度总体目标) texts, joined. */
  left: string;
  right: string;
}

/**
 * Find the side-by-side heading and split the lines after it. Only lines with token positions
 * (PDF) can be split; text input falls back to the header's reading of labels.
 */
export function splitGoalColumns(lines: readonly LayoutLine[]): GoalColumns | undefined {
  for (let i = 0; i < lines.length; i++) {
    const tokens = (lines[i] as LayoutLine).tokens;
    if (!tokens || tokens.length !== 2) continue;
    const [a, b] = tokens as [LayoutToken, LayoutToken];
    if (!LEFT_HEADINGS.has(matchKey(a.text)) || !RIGHT_HEADINGS.has(matchKey(b.text))) continue;
    return split(lines, i, a);
  }
  return undefined;
}

function split(lines: readonly LayoutLine[], heading: number, leftHead: LayoutToken): GoalColumns {
  const body: LayoutToken[][] = lines.slice(heading + 1).map((line) => {
    const tokens = line.tokens ?? [];
    // The block label is the first cell of its lines.
    return tokens[0] && BLOCK_LABEL.test(matchKey(tokens[0].text)) ? tokens.slice(1) : tokens;
  });
  // A heading is centred on its column, and the column's text starts at its left edge (or, when
  // short, is centred too): the left column ends at the mirror image of its leftmost text about
  // the heading's centre, and no left-column text starts past it.
  const centre = (leftHead.x0 + leftHead.x1) / 2;
  const leftmost = Math.min(...body.flat().map((t) => t.x0));
  const boundary = Number.isFinite(leftmost) ? 2 * centre - leftmost : centre;
  let left = '';
  let right = '';
  for (const tokens of body)
    for (const t of tokens) {
      if (t.x0 < boundary) left += t.text;
      else right += t.text;
    }
  return { heading, left, right };
}
