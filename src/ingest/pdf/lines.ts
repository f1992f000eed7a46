// Pieces → lines of tokens. A line is the pieces whose baselines lie close together, left to
// right; lines run top to bottom. Table cells are not always on one baseline: in
// 财政局2024年度部门决算 (ONLYOFFICE) codes sit at the top of a row, names and numbers in its middle
// (p16: 0.65 em apart), and a name wrapped onto two lines is centred on the row's numbers (p8
// "机关事业单位基本养老保险 / 缴费支出" at ±0.65 em). Baselines are therefore chained with a
// tolerance below one line of text, and pieces stacked in one column of such a line are one cell.
import type { LayoutToken } from '../../model/layout.js';
import type { Piece } from './pieces.js';
import { splitRows, stackCells, STACK_MIN_DY_EM, WIDE_ONLY } from './stacks.js';

/** Baselines closer than this (in ems of the smaller font) are one line; text lines are ≥ 1 em apart. */
const SAME_LINE_EM = 0.7;
/** A chained line never spans more than this many ems from its top baseline to its bottom one. */
const MAX_LINE_SPAN_EM = 1.6;
/** Pieces nearer than this (in ems) with no space between them in the source are one token. */
const JOIN_GAP_EM = 0.1;
/**
 * CJK characters spread to fill a cell ("因 公 出 国 （ 境 ） 费", 财政局2024年度部门决算 p16) stand
 * further apart than glyphs of one word but far closer than two cells: below this (in ems).
 */
const LETTER_SPACING_MAX_EM = 0.6;
/** Cell repair compares pieces pairwise; a line of more pieces than this (no table has) skips it. */
const MAX_REPAIR_PIECES = 1000;

export interface PageLine {
  tokens: LayoutToken[];
  /** Top baseline of the line (points from the page top). */
  top: number;
  /** Bottom baseline of the line. */
  bottom: number;
}

export function buildLines(pieces: readonly Piece[]): PageLine[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let top = 0;
  let last = 0;
  let size = 0;
  for (const p of sorted) {
    const em = Math.min(size, p.size);
    if (
      current.length > 0 &&
      p.y - last <= SAME_LINE_EM * em &&
      p.y - top <= MAX_LINE_SPAN_EM * em
    ) {
      current.push(p);
      last = p.y;
      size = Math.max(size, p.size);
      continue;
    }
    if (current.length) groups.push(current);
    current = [p];
    top = last = p.y;
    size = p.size;
  }
  if (current.length) groups.push(current);
  return groups
    .flatMap((g) => (g.length > MAX_REPAIR_PIECES ? [g] : splitRows(g)))
    .map((g) => {
      const cells = g.length > MAX_REPAIR_PIECES ? g : stackCells(joinLetterSpaced(g));
      const tokens = joinPieces([...cells].sort((a, b) => a.x0 - b.x0));
      return { tokens, top: g[0]!.y, bottom: g[g.length - 1]!.y };
    });
}

/** Join runs of CJK characters spread across a cell into one piece. */
function joinLetterSpaced(line: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of [...line].sort((a, b) => a.x0 - b.x0)) {
    const em = p.size;
    let q: Piece | undefined;
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i]!;
      if (Math.abs(c.y - p.y) < STACK_MIN_DY_EM * em && c.x1 <= p.x0 + JOIN_GAP_EM * em) {
        q = c;
        break;
      }
    }
    if (
      q &&
      p.x0 - q.x1 <= LETTER_SPACING_MAX_EM * em &&
      (Array.from(p.text).length === 1 || Array.from(q.text).length === 1) &&
      WIDE_ONLY.test(p.text) &&
      WIDE_ONLY.test(q.text)
    ) {
      q.text += p.text;
      q.x1 = p.x1;
      q.spaceAfter = p.spaceAfter;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/** Join pieces that touch (no space in the source, gap under JOIN_GAP_EM) into tokens. */
function joinPieces(pieces: Piece[]): LayoutToken[] {
  const tokens: LayoutToken[] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    const last = tokens[tokens.length - 1];
    if (
      last &&
      prev &&
      !prev.spaceAfter &&
      !p.spaceBefore &&
      p.x0 - last.x1 < JOIN_GAP_EM * Math.min(p.size, last.size) &&
      Math.abs(p.y - last.y) < STACK_MIN_DY_EM * p.size
    ) {
      last.text += p.text;
      last.x1 = Math.max(last.x1, p.x1);
      last.size = Math.max(last.size, p.size);
    } else {
      tokens.push({ text: p.text, x0: p.x0, x1: p.x1, y: p.y, size: p.size });
    }
    prev = p;
  }
  return tokens;
}
