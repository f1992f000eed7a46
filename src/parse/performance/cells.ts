// How well a run of pieces reads as one cell of a given column: its kind (cell-kinds.ts) plus
// what its layout costs. Wrapped fragments are checked against the column's width: a fragment is
// only followed by another of the same cell when the next word would not have fitted on its line
// (the printer wraps only then).
//
// The row reader may score any run of up to `maxLen` pieces in any column, twice (without and
// with the learnt widths), so everything that does not depend on the widths is computed once per
// table here (CellBasis; a run's text features when first asked for), and what does becomes
// per-column prefix sums (PassCosts): a score is then a few array reads instead of a string join
// and a dozen regexes. Upper bounds on the kind let the reader skip most runs unread.
import {
  fragmentScore,
  isUnitAfterNumber,
  joinClass,
  kindBound,
  kindScore,
  STRONG,
} from './cell-kinds.js';
import type { Slot } from './columns.js';
import type { Piece } from './pieces.js';
import { decodeFeatures, START_ANY } from './feature-codes.js';
import type { Scratch } from './scratch.js';
import { features, RunCodes } from './text-features.js';
import {
  firstWordWidth,
  isHighSurrogate,
  isLowSurrogate,
  isPrintableAscii,
  WIDE,
} from './value.js';

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

/** Each slot's learnt printed width by slot index (slots of one column alike), NO_WIDTH where
 * none was learnt. (Not an object by column name: read and written per row and slot.) */
export type Widths = Int32Array;
export const NO_WIDTH = -1;
/** A cell that cannot be (scores are small integers, so tables hold them as Int32). */
export const NO_CELL = -(2 ** 30);

// A kind score depends only on the column and the feature code (codes are below 2^13), so each
// column's scores are kept in a table by code, filled as codes turn up. Scores are small integers
// (kindScore's constants, -8 … 4), so a table holds bytes (8 KB per column, which stay cached),
// with NO_CELL and "not yet scored" as two values no score takes.
const CODES = 1 << 13;
const UNSCORED = 127;
const KEPT_NO_CELL = -128;
const KINDS = new Map<Slot, Int8Array>();

function kindsOf(slot: Slot): Int8Array {
  let table = KINDS.get(slot);
  if (!table) KINDS.set(slot, (table = new Int8Array(CODES).fill(UNSCORED)));
  return table;
}

function joinCell(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

/** What the scores of a table's cells need, computed once for both passes of the row reader. */
export interface CellBasis {
  readonly pieces: readonly Piece[];
  readonly slots: readonly Slot[];
  readonly maxLen: number;
  /** Feature codes of runs, read as asked for. */
  readonly runs: RunCodes;
  /** Kind score by feature code, per slot (see kindAt). */
  readonly kinds: readonly Int8Array[];
  /** oneCell[k * slots + s]: the score of piece k alone as a cell of slots[s] (its kind and,
   * for a name, where the row starts); -Infinity when it can be no such cell. (By piece, as the
   * row reader reads it: one piece's slots side by side.) */
  readonly oneCell: Float64Array;
  /** The first pass's costs (no widths), filled in the same walk over the pieces; the second
   * pass's once the first is done (addWidthCosts). */
  readonly costs: PassCosts;
  readonly wide: Int32Array;
  /** 1 where a piece starts a line (its join is 'line'), else 0: read per slot in each pass. */
  readonly lineStart: Int32Array;
  readonly firstWord: Int32Array;
  readonly slack: Int32Array;
}

/** The kind score of pieces[from, from + len) as a cell of slots[s]; NO_CELL when it can be none. */
export function kindAt(basis: CellBasis, s: number, from: number, len: number): number {
  return kindOfCode(basis.kinds, basis.slots, s, basis.runs.code(from, len));
}

function kindOfCode(
  kinds: readonly Int8Array[],
  slots: readonly Slot[],
  s: number,
  code: number,
): number {
  const table = kinds[s] as Int8Array;
  const kept = table[code] as number;
  if (kept !== UNSCORED) return kept === KEPT_NO_CELL ? NO_CELL : kept;
  const kind = Math.max(kindScore(slots[s] as Slot, decodeFeatures(code)), NO_CELL);
  if (kind === NO_CELL) table[code] = KEPT_NO_CELL;
  // (A score a byte cannot hold is not kept: scored again when asked.)
  else if (Number.isInteger(kind) && kind > KEPT_NO_CELL && kind < UNSCORED) table[code] = kind;
  return kind;
}

export function cellBasis(
  pieces: readonly Piece[],
  slots: readonly Slot[],
  maxLen: number,
  scratch: Scratch,
): CellBasis {
  const n = pieces.length;
  const count = slots.length;
  const runs = new RunCodes(pieces, maxLen, scratch);
  const kinds = slots.map(kindsOf);
  const oneCell = scratch.float64(count * n);
  const costs = noCosts(n, slots, scratch);
  const { to, from, reachOffset } = costs;
  const lineStart = scratch.int32(n);
  const widths = { wide: scratch.int32(n), firstWord: scratch.int32(n), slack: scratch.int32(n) };
  // Per slot: the bound of a run by what its first pieces can start (see longStarts), and the
  // first slot whose joins score alike (its joins are copied, not scored again).
  const boundsBy = slots.map(boundsOf);
  const joinsLike = slots.map((slot) => slots.findIndex((o) => joinClass(o) === joinClass(slot)));
  const nameSlot = slots.indexOf('name');
  // One walk over the pieces fills every per-piece array.
  for (let k = 0; k < n; k++) {
    const piece = pieces[k] as Piece;
    measure(widths, k, piece.text, runs.isAllCjk(k));
    lineStart[k] = piece.join === 'line' ? 1 : 0;
    const rowStart = rowStartCost(piece);
    const starts = runs.longStarts(k);
    const code = runs.code(k, 1);
    // Joining a piece to the one before: what it is as a later fragment, a unit after a number.
    const comparator = runs.startsWithComparator(k);
    const unitAfter = k > 0 && isUnitAfterNumber((pieces[k - 1] as Piece).text, piece.text);
    for (let s = 0; s < count; s++) {
      const at = k * count + s;
      const kind = kindOfCode(kinds, slots, s, code);
      const start = s === nameSlot ? rowStart : 0;
      oneCell[at] = kind === NO_CELL ? -Infinity : kind + start;
      // The joins of pieces 1..k in this slot: to[at] holds those of pieces 1..k - 1.
      const like = joinsLike[s] as number;
      const joins =
        k === 0
          ? 0
          : like === s
            ? (to[at] as number) + joinCost(slots[s] as Slot, piece, code, comparator, unitAfter)
            : (to[at + count + like - s] as number);
      to[at + count] = joins;
      from[at] = joins - start;
      const bound = (boundsBy[s] as readonly number[])[starts] as number;
      if (bound !== NO_CELL) reachOffset[at] = bound - (joins - start);
    }
  }
  return { pieces, slots, maxLen, runs, kinds, oneCell, costs, lineStart, ...widths };
}

/** A slot's kindBound by START_* bits (index), as a table cell (NO_CELL for none); per slot, kept. */
const BOUNDS = new Map<Slot, readonly number[]>();
function boundsOf(slot: Slot): readonly number[] {
  let bounds = BOUNDS.get(slot);
  if (!bounds) {
    const all: number[] = [];
    for (let starts = 0; starts <= START_ANY; starts++)
      all.push(Math.max(kindBound(slot, starts), NO_CELL));
    BOUNDS.set(slot, (bounds = all));
  }
  return bounds;
}

/** A piece's printed width, its first word's, and its slack (see WIDTH_SLACK). */
function measure(
  into: { wide: Int32Array; firstWord: Int32Array; slack: Int32Array },
  k: number,
  text: string,
  allCjk: boolean,
): void {
  if (allCjk) {
    // (Most pieces: no letter walk. Ideographs print wide and are each a word.)
    into.wide[k] = 2 * text.length;
    into.firstWord[k] = 2;
    into.slack[k] = 0;
    return;
  }
  // displayWidth and hasAscii in one walk over the letters.
  let wide = 0;
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    wide += c >= WIDE ? 2 : 1;
    if (isPrintableAscii(c)) ascii = true;
    // A surrogate pair is one (wide) character.
    else if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  into.wide[k] = wide;
  into.firstWord[k] = firstWordWidth(text);
  into.slack[k] = ascii ? WIDTH_SLACK : 0;
}

/** What joining `piece` to the one before it in one cell of `slot` costs, whatever the width
 * (alike for the slots of one joinClass). */
function joinCost(
  slot: Slot,
  piece: Piece,
  code: number,
  comparator: boolean,
  unitAfterNumber: boolean,
): number {
  let score = 0;
  if (piece.afterLabel) score += LABEL_INSIDE;
  // "＞=3 次": a value's unit may be printed apart from its number.
  const unitApart = (slot === 'value' || slot === 'lastYear') && unitAfterNumber;
  if (piece.join === 'space' && !unitApart) score += SPACE_INSIDE;
  if (piece.join !== 'glued') score += fragmentScore(slot, code, comparator, piece.text.length);
  return score;
}

/** What a row (its name cell) starting at this piece costs. */
function rowStartCost(piece: Piece): number {
  if (piece.join === 'line' || piece.afterLabel) return 0;
  return piece.join === 'glued' ? ROW_INSIDE_WORD : ROW_MID_LINE;
}

/**
 * The costs of one pass of the row reader under the given column widths, by piece and slot
 * (index k * slots + s), folded so that the DP reads one number where it would sum four: a cell
 * of slots[s] from piece i to j costs to[j] - from[i] for its layout (its pieces' joins, those
 * wider than the column, for a name where the row starts); a cell from piece k may score at most
 * the score before it plus reachOffset[k] (its kind's bound; -Infinity for none).
 */
export interface PassCosts {
  readonly to: Int32Array;
  readonly from: Int32Array;
  readonly reachOffset: Float64Array;
  readonly empty: Int32Array;
}

/** Arrays for a pass's costs, to be filled (reachOffset -Infinity: no cell from any piece). */
function noCosts(n: number, slots: readonly Slot[], scratch: Scratch): PassCosts {
  const size = (n + 1) * slots.length;
  const empty = scratch.int32(slots.length);
  for (let t = 0; t < slots.length; t++) empty[t] = slots[t] === 'name' ? NO_CELL : EMPTY;
  return {
    to: scratch.int32(size),
    from: scratch.int32(size),
    reachOffset: scratch.float64(size, -Infinity),
    empty,
  };
}

/**
 * Turn the first pass's costs (the basis') into those of a pass under these widths, in place
 * (the first pass is done with them): in each slot with a width, the wraps that need not have
 * happened and the pieces wider than the column are added.
 */
export function addWidthCosts(basis: CellBasis, widths: Widths): PassCosts {
  const { pieces, slots, costs } = basis;
  const { to, from, reachOffset } = costs;
  const n = pieces.length;
  const count = slots.length;
  for (let s = 0; s < count; s++) {
    const width = widths[s] as number;
    if (width === NO_WIDTH) continue;
    // Prefix sums over pieces: needless wraps up to k, pieces wider than the column before k.
    let wraps = 0;
    let tooWide = 0;
    for (let k = 0; k < n; k++) {
      if (needlessWrap(basis, k, width)) wraps++;
      const at = k * count + s;
      const added = wraps * NOT_WRAPPED + tooWide * TOO_WIDE;
      from[at] = (from[at] as number) + added;
      // (-Infinity stays so.)
      reachOffset[at] = (reachOffset[at] as number) - added;
      if (tooWideAt(basis, k, width)) tooWide++;
      to[at + count] = (to[at + count] as number) + wraps * NOT_WRAPPED + tooWide * TOO_WIDE;
    }
  }
  return costs;
}

/** Piece k starts a line although its first word would have fitted after the piece before. */
function needlessWrap(basis: CellBasis, k: number, width: number): boolean {
  const { wide, lineStart, firstWord } = basis;
  return k > 0 && lineStart[k] === 1 && (wide[k - 1] as number) + (firstWord[k] as number) <= width;
}

/** Piece k is wider than a column of this width prints. */
function tooWideAt(basis: CellBasis, k: number, width: number): boolean {
  return (basis.wide[k] as number) > width + (basis.slack[k] as number);
}

/**
 * Would any cell of these rows pay for the widths in a second pass?
 * Read from the widths directly, without a pass's prefix sums: a cell of two pieces or more
 * pays when a later piece wraps needlessly or any piece is too wide.
 */
export function paysForWidths(
  basis: CellBasis,
  widths: Widths,
  rows: readonly { readonly cells: readonly number[] }[],
): boolean {
  const { slots } = basis;
  for (const row of rows)
    for (let s = 0; s < slots.length; s++) {
      // (Cells by slot index, as Row keeps them.)
      const from = row.cells[2 * s] as number;
      const to = row.cells[2 * s + 1] as number;
      const width = widths[s] as number;
      if (from < 0 || width === NO_WIDTH || to - from < 2) continue;
      for (let k = from; k < to; k++)
        if ((k > from && needlessWrap(basis, k, width)) || tooWideAt(basis, k, width)) return true;
    }
  return false;
}

/** Does this cell tell its column's printed width with certainty? */
export function isTellingCell(basis: CellBasis, s: number, from: number, len: number): boolean {
  const slot = basis.slots[s] as Slot;
  if (slot === 'name') return true;
  const kind =
    len <= basis.maxLen
      ? kindAt(basis, s, from, len)
      : kindScore(slot, features(joinCell(basis.pieces.slice(from, from + len))));
  return kind >= STRONG - 1;
}
