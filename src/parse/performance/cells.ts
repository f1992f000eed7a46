// How well a run of pieces reads as one cell of a given column: its kind (cell-kinds.ts) plus
// what its layout costs. Wrapped fragments are checked against the column's width: a fragment is
// only followed by another of the same cell when the next word would not have fitted on its line
// (the printer wraps only then).
//
// The row reader scores every run of up to `maxLen` pieces in every column, twice (without and
// with the learnt widths), so everything that does not depend on the widths is computed once per
// table here (CellBasis), and what does becomes per-column prefix sums (cellScores): a score is
// then a few array reads instead of a string join and a dozen regexes.
import type { Slot } from './columns.js';
import { features, fragmentScore, isUnitAfterNumber, kindScore, STRONG } from './cell-kinds.js';
import { displayWidth, firstWordWidth } from './value.js';
import type { Piece } from './pieces.js';

/** Nothing printed in a cell: allowed (a lost or blank cell) but never preferred. */
export const EMPTY = -3;
/** Cells on one line are separated by spaces; a cell rarely holds one. */
const SPACE_INSIDE = -2;
/** A merged label printed between two fragments of one cell. */
const LABEL_INSIDE = -4;
/** A fragment followed by another although the next word would have fitted on its line. */
const NOT_WRAPPED = -3;
/** A fragment of a wrapped cell wider than its column ever prints: it belongs to another cell. */
const TOO_WIDE = -3;
// Digits and letters print narrower or wider than half a CJK character depending on the font, so
// a fragment holding them gets one half-width unit of slack; CJK-only fragments get none.
const WIDTH_SLACK = 1;
/** A row starts a line (or follows a label printed before it on that line). */
const ROW_MID_LINE = -2;
/** A row never starts inside a printed word ("20履职效能": the words are a merged cell). */
const ROW_INSIDE_WORD = -6;

export type Widths = Partial<Record<Slot, number>>;

export function joinCell(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

/** What the scores of a table's cells need, computed once for both passes of the row reader. */
export interface CellBasis {
  readonly pieces: readonly Piece[];
  readonly slots: readonly Slot[];
  readonly maxLen: number;
  /** Per slot index: kind score of pieces[from, from + len) at from * (maxLen + 1) + len. */
  readonly kind: readonly Float64Array[];
  /** Per slot index: cost of joining piece k to piece k - 1, apart from the wrap width check. */
  readonly join: readonly Float64Array[];
  readonly wide: Int32Array;
  readonly firstWord: Int32Array;
  readonly slack: Int32Array;
  /** Cost of a row (its name cell) starting at piece k. */
  readonly rowStart: Float64Array;
}

export function cellBasis(
  pieces: readonly Piece[],
  slots: readonly Slot[],
  maxLen: number,
): CellBasis {
  const n = pieces.length;
  const stride = maxLen + 1;
  const kind = slots.map(() => new Float64Array(n * stride));
  // Each text's features once for all columns; the same text (a lone "8", "历史标准") recurs.
  const seen = new Map<string, number[]>();
  for (let from = 0; from < n; from++) {
    let text = '';
    for (let len = 1; len <= maxLen && from + len <= n; len++) {
      text += (pieces[from + len - 1] as Piece).text;
      let scores = seen.get(text);
      if (!scores) {
        const f = features(text);
        scores = slots.map((slot) => kindScore(slot, f));
        seen.set(text, scores);
      }
      for (let s = 0; s < slots.length; s++)
        (kind[s] as Float64Array)[from * stride + len] = scores[s] as number;
    }
  }
  const join = slots.map((slot) => {
    const costs = new Float64Array(n);
    for (let k = 1; k < n; k++)
      costs[k] = joinCost(slot, pieces[k - 1] as Piece, pieces[k] as Piece);
    return costs;
  });
  const rowStart = new Float64Array(n);
  pieces.forEach((p, k) => {
    if (p.join !== 'line' && !p.afterLabel)
      rowStart[k] = p.join === 'glued' ? ROW_INSIDE_WORD : ROW_MID_LINE;
  });
  return {
    pieces,
    slots,
    maxLen,
    kind,
    join,
    wide: Int32Array.from(pieces, (p) => displayWidth(p.text)),
    firstWord: Int32Array.from(pieces, (p) => firstWordWidth(p.text)),
    slack: Int32Array.from(pieces, (p) => (/[\x21-\x7e]/.test(p.text) ? WIDTH_SLACK : 0)),
    rowStart,
  };
}

/** What joining `piece` to `prev` inside one cell of `slot` costs, whatever the column's width. */
function joinCost(slot: Slot, prev: Piece, piece: Piece): number {
  let score = 0;
  if (piece.afterLabel) score += LABEL_INSIDE;
  if (piece.join === 'space' && !isUnitAfterNumber(slot, prev.text, piece.text))
    score += SPACE_INSIDE;
  if (piece.join !== 'glued') score += fragmentScore(slot, piece.text);
  return score;
}

/**
 * Score of pieces[from, from + len) as one cell of slots[s] (len ≤ maxLen, from + len ≤ pieces;
 * -Infinity when impossible), under the given column widths.
 */
export type CellScores = (s: number, from: number, len: number) => number;

export function cellScores(basis: CellBasis, widths?: Widths): CellScores {
  const { pieces, slots, kind, wide, firstWord, slack, rowStart } = basis;
  const n = pieces.length;
  const stride = basis.maxLen + 1;
  // Prefix sums over pieces: joins[s][k] = join costs of pieces 1..k; tooWide[s][k] = pieces
  // before k wider than the column.
  const joins: Float64Array[] = [];
  const tooWide: Int32Array[] = [];
  slots.forEach((slot, s) => {
    const width = widths?.[slot];
    const cost = basis.join[s] as Float64Array;
    const j = new Float64Array(n);
    const t = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      let c = k > 0 ? (cost[k] as number) : 0;
      if (k > 0 && width !== undefined && (pieces[k] as Piece).join === 'line')
        if ((wide[k - 1] as number) + (firstWord[k] as number) <= width) c += NOT_WRAPPED;
      j[k] = (k > 0 ? (j[k - 1] as number) : 0) + c;
      const over = width !== undefined && (wide[k] as number) > width + (slack[k] as number);
      t[k + 1] = (t[k] as number) + (over ? 1 : 0);
    }
    joins.push(j);
    tooWide.push(t);
  });
  const isName = slots.map((slot) => slot === 'name');
  return (s, from, len) => {
    if (len === 0) return isName[s] ? -Infinity : EMPTY;
    const k = (kind[s] as Float64Array)[from * stride + len] as number;
    if (k === -Infinity) return -Infinity;
    const last = from + len - 1;
    const j = joins[s] as Float64Array;
    const t = tooWide[s] as Int32Array;
    let score = k + (j[last] as number) - (j[from] as number);
    if (len > 1) score += ((t[last + 1] as number) - (t[from] as number)) * TOO_WIDE;
    if (isName[s]) score += rowStart[from] as number;
    return score;
  };
}

/** Does this cell tell its column's printed width with certainty? */
export function isTellingCell(basis: CellBasis, s: number, from: number, len: number): boolean {
  const slot = basis.slots[s] as Slot;
  if (slot === 'name') return true;
  const k =
    len <= basis.maxLen
      ? ((basis.kind[s] as Float64Array)[from * (basis.maxLen + 1) + len] as number)
      : kindScore(slot, features(joinCell(basis.pieces.slice(from, from + len))));
  return k >= STRONG - 1;
}
