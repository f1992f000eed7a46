// Text items → pieces. pdfjs items are not cells: one item may hold two cells separated by a space
// ("371,514,655.00 一、一般公共服务支出", 商务委员会2025年部门预算 p9), one word may arrive as several
// items (a font change inside "年初预算为1560.05万元"), some producers draw bold text twice. A piece
// is a run of non-space characters with its own x-extent; pieces are joined into tokens later.

/** One pdfjs text item in page coordinates: points from the top-left, y = baseline, downward. */
export interface PageItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  /** Advance along the text direction, in points. */
  readonly width: number;
  /** Font size in points (the item's vertical scale). */
  readonly size: number;
}

export interface Piece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The item had a space before / after this run: never join it to its neighbour there. */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

// Advance of a character in ems, for placing the runs of a split item: CJK and full-width forms
// are square; Latin, digits and punctuation are about half an em in the fonts of these documents
// (SimSun, FangSong, Times); the estimate is scaled to the item's measured width afterwards.
const WIDE_EM = 1;
const NARROW_EM = 0.5;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]/;
const SPACE = /\s/;

/** Two draws of the same text closer than this (in ems) are one glyph run drawn twice (fake bold). */
const DUPLICATE_OFFSET_EM = 0.2;
/** The second draw follows the first closely; only the last few draws of a text are compared. */
const RECENT_DRAWS = 4;

function advance(ch: string): number {
  return WIDE.test(ch) || ch.length > 1 ? WIDE_EM : NARROW_EM;
}

/** Split one item at its spaces into pieces with estimated x-extents. */
export function splitItem(item: PageItem): Piece[] {
  const chars = Array.from(item.str);
  const ems = chars.map(advance);
  const total = ems.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  // Scale the estimate to the measured width; a zero or absurd width falls back to the estimate.
  const measured = item.width > 0 && item.width < total * item.size * 4 ? item.width : 0;
  const unit = measured > 0 ? measured / total : item.size;
  const pieces: Piece[] = [];
  let x = item.x;
  let start = -1;
  let startX = x;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    const isSpace = ch === undefined || SPACE.test(ch);
    if (!isSpace && start < 0) {
      start = i;
      startX = x;
    } else if (isSpace && start >= 0) {
      pieces.push({
        text: chars.slice(start, i).join(''),
        x0: startX,
        x1: x,
        y: item.y,
        size: item.size,
        spaceBefore: start > 0,
        spaceAfter: ch !== undefined,
      });
      start = -1;
    }
    x += (ems[i] ?? 0) * unit;
  }
  return pieces;
}

/** All pieces of a page, with items drawn twice at (almost) the same place kept once. */
export function pagePieces(items: readonly PageItem[]): Piece[] {
  const kept: PageItem[] = [];
  const seen = new Map<string, PageItem[]>();
  for (const item of items) {
    if (item.str.trim() === '' || !(item.size > 0)) continue;
    const same = seen.get(item.str);
    const tol = item.size * DUPLICATE_OFFSET_EM;
    const recent = same?.slice(-RECENT_DRAWS);
    if (recent?.some((o) => Math.abs(o.x - item.x) < tol && Math.abs(o.y - item.y) < tol)) continue;
    if (same) same.push(item);
    else seen.set(item.str, [item]);
    kept.push(item);
  }
  return kept.flatMap(splitItem);
}
