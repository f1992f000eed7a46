// Split the body's pieces into rows of cells, one cell per column in order (三级指标, 指标值, …),
// by dynamic programming over (pieces read, column reached): each cell takes 0..MAX_CELL_PIECES
// pieces and scores by cells.ts; between rows a piece may be left over ("stray", a merged cell
// with an unknown name such as 履职效能, or noise). Two passes: the first learns each column's
// printed width from its fragments, the second uses it to tell a wrap from a new cell. The DP
// runs on flat typed arrays; a cell of two pieces or more is only read (its text features) when
// an upper bound on its score can still beat the best step found, which few can.
import type { Slot } from './columns.js';
import {
  cellBasis,
  kindAt,
  addWidthCosts,
  paysForWidths,
  type PassCosts,
  EMPTY,
  NO_CELL,
  isTellingCell,
  NO_WIDTH,
  type CellBasis,
  type Widths,
} from './cells.js';
import type { Piece } from './pieces.js';
import { ROWS_SCRATCH, type Scratch } from './scratch.js';

// A cell wraps onto at most this many lines in the seeds (a value: "＞" "=3300" "升"; a 依据: 3).
const MAX_CELL_PIECES = 8;
/** A piece between rows that reads as a merged label; costlier than any cell misfit nearby. */
const STRAY_LABEL = -5;
/** A piece between rows that reads as nothing. */
const STRAY_OTHER = -8;

export interface Row {
  /** Piece index ranges [from, to) by slot index: from at 2s, to at 2s + 1; -1 for no cell.
   * (One flat array per row: an object and a pair per cell cost more than the rows' reading.) */
  cells: number[];
  first: number;
  last: number;
  /** Columns the input ended before (a cut-short table). */
  missing: Slot[];
}

export interface RowSplit {
  rows: Row[];
  /** Indexes of pieces left between rows. */
  strays: number[];
}

export function splitRows(pieces: readonly Piece[], slots: readonly Slot[]): RowSplit {
  if (slots.length === 0 || pieces.length === 0) return { rows: [], strays: [] };
  // All typed arrays below are views of the scratch buffer, done with when this returns.
  const scratch = ROWS_SCRATCH;
  scratch.reset();
  const basis = cellBasis(pieces, slots, MAX_CELL_PIECES, scratch);
  const strayCost = scratch.int32(pieces.length);
  for (let k = 0; k < pieces.length; k++)
    strayCost[k] = basis.runs.looksLikeLabel(k) ? STRAY_LABEL : STRAY_OTHER;
  // Both passes fill the same DP arrays: the first is read into rows before the second starts.
  const dp = dpArrays(pieces.length, slots.length, scratch);
  const first = run(basis, strayCost, basis.costs, dp);
  const widths = learnWidths(basis, first, scratch);
  // Widths only ever cost. A first reading that pays nothing for them keeps its score while no
  // other scores more, and the second pass (same steps in the same order, so the same ties)
  // would return it unchanged.
  if (!paysForWidths(basis, widths, first.rows)) return first;
  return run(basis, strayCost, addWidthCosts(basis, widths), dp);
}

// (Plain loops, no closures: this runs per row and slot.)
function learnWidths(basis: CellBasis, split: RowSplit, scratch: Scratch): Widths {
  const { slots, wide } = basis;
  const widths = scratch.int32(slots.length, NO_WIDTH);
  // A column is learnt at its first slot and its width copied to any other slot it has.
  const column = slots.map((slot) => slots.indexOf(slot));
  for (const row of split.rows)
    for (let s = 0; s < slots.length; s++) {
      const from = row.cells[2 * s] as number;
      const to = row.cells[2 * s + 1] as number;
      if (from < 0 || !isTellingCell(basis, s, from, to - from)) continue;
      const at = column[s] as number;
      let widest = Math.max(widths[at] as number, 0);
      for (let k = from; k < to; k++) widest = Math.max(widest, wide[k] as number);
      widths[at] = widest;
    }
  for (let s = 0; s < slots.length; s++) widths[s] = widths[column[s] as number] as number;
  return widths;
}

// The best path's step into each DP state, packed in one integer: the piece it came from, and
// the slot of the cell it read, or STRAY (a stray comes from slot 0, a cell from its own slot).
// There are at most 7 slots.
const STRAY = -1;
const SLOT_CODES = 32;
const packStep = (from: number, cellSlot: number) => from * SLOT_CODES + cellSlot + 1;

/**
 * The DP, state (j, t) = pieces [0, j) read and slots[t] next, pulled from the steps into it in
 * the order a forward sweep (piece by piece; within a piece, empty cells in slot order with slot
 * 0 last) would offer them: cells of the slot before, from the earliest piece on, then a stray,
 * then an empty cell; the first of the best wins. The steps offered last are scored first, and a
 * longer cell is only read when its bound (kindBound, the rest exact) can still beat them.
 */
function run(basis: CellBasis, strayCost: Int32Array, costs: PassCosts, dp: DpArrays): RowSplit {
  const { slots, maxLen, oneCell } = basis;
  const { to, from, reachOffset, empty } = costs;
  const n = basis.pieces.length;
  const s = slots.length;
  const { score, back, reach } = dp;
  score.fill(-Infinity);
  back.fill(-1);
  reach.fill(-Infinity);
  const window = new Window(reach, maxLen, s, dp.top.fill(-1));
  for (let j = 0; j <= n; j++) {
    // Slot 0 last: an empty last cell of a row leads to (j, 0).
    for (let u = 1; u <= s; u++) {
      const t = u === s ? 0 : u;
      const p = t === 0 ? s - 1 : t - 1;
      // A cell of slot p from piece i to j scores its kind plus its layout, to[j] - from[i].
      const tail = to[j * s + p] as number;
      // The steps offered last: the one-piece cell, a stray, an empty cell.
      const one =
        j > 0
          ? (score[(j - 1) * s + p] as number) + (oneCell[(j - 1) * s + p] as number)
          : -Infinity;
      const stray =
        t === 0 && j > 0
          ? (score[(j - 1) * s] as number) + (strayCost[j - 1] as number)
          : -Infinity;
      const emptyCost = empty[p] as number;
      const emptied =
        p !== 0 && emptyCost !== NO_CELL ? (score[j * s + p] as number) + emptyCost : -Infinity;
      const bar = one > stray ? (one > emptied ? one : emptied) : stray > emptied ? stray : emptied;
      let best = j === 0 && t === 0 ? 0 : -Infinity;
      let step = -1;
      const highest = window.most(p, j) + tail;
      if (highest >= bar && highest > best) {
        // The cell of the highest bound is read first: its score then rules out most others
        // unread. An earlier start still wins a tie, as in a scan from the earliest.
        const top = window.topOf(p);
        let cellFrom = -1;
        const topKind = kindAt(basis, p, top, j - top);
        if (topKind !== NO_CELL) {
          const value = (score[top * s + p] as number) + (tail - (from[top * s + p] as number));
          if (value + topKind > best) {
            best = value + topKind;
            cellFrom = top;
          }
        }
        for (let i = Math.max(0, j - maxLen); i < j - 1; i++) {
          const most = (reach[i * s + p] as number) + tail;
          if (i === top || most < bar || most < best || (most === best && i > cellFrom)) continue;
          const base = (score[i * s + p] as number) + (tail - (from[i * s + p] as number));
          const kind = kindAt(basis, p, i, j - i);
          if (kind === NO_CELL) continue;
          if (base + kind > best || (base + kind === best && i < cellFrom)) {
            best = base + kind;
            cellFrom = i;
          }
        }
        if (cellFrom >= 0) step = packStep(cellFrom, p);
      }
      if (one > best) {
        best = one;
        step = packStep(j - 1, p);
      }
      if (stray > best) {
        best = stray;
        step = packStep(j - 1, STRAY);
      }
      if (emptied > best) {
        best = emptied;
        step = packStep(j, p);
      }
      score[j * s + t] = best;
      back[j * s + t] = step;
      // (-Infinity where no cell of slots[t] starts at piece j, as where none ends before it.)
      reach[j * s + t] = best + (reachOffset[j * s + t] as number);
    }
    // Slot 0's empty cell is offered after slot 1 was read on (see above): it can only change
    // the step into (j, 1), and, at the end, its score.
    const emptyFirst = (score[j * s] as number) + (empty[0] as number);
    if (s > 1 && empty[0] !== NO_CELL && emptyFirst > (score[j * s + 1] as number)) {
      back[j * s + 1] = packStep(j, 0);
      if (j === n) score[j * s + 1] = emptyFirst;
    }
  }
  let end = 0;
  let best = -Infinity;
  // Input that stops inside a row reads as cut short (at its last printed cell) rather than as
  // a row of blank cells.
  for (let u = 1; u <= s; u++) {
    const slot = u === s ? 0 : u;
    const value = (score[n * s + slot] as number) + (slot === 0 ? 0 : (s - slot) * EMPTY);
    if (value > best) {
      best = value;
      end = slot;
    }
  }
  return backtrack(back, n, end, slots);
}

/** The DP's state, by piece and slot (index j * s + t), as are the costs. */
interface DpArrays {
  score: Float64Array;
  /** The best step into each state (see packStep). */
  back: Int32Array;
  /** reach[i * s + p]: the most a cell of two pieces or more of slots[p] from piece i can
   * score, but for its layout's part that depends on where it ends (see Window). */
  reach: Float64Array;
  /** Window's, per slot. */
  top: Int32Array;
}

function dpArrays(n: number, s: number, scratch: Scratch): DpArrays {
  const size = (n + 1) * s;
  return {
    score: scratch.float64(size),
    back: scratch.int32(size),
    reach: scratch.float64(size),
    top: scratch.int32(s),
  };
}

/**
 * Per slot, the highest reach over the pieces a cell ending at j can start from (a
 * sliding-window maximum). The values mostly grow with i, so the newest is mostly the highest:
 * the window is only searched when its highest drops out.
 */
class Window {
  constructor(
    private readonly reach: Float64Array,
    private readonly maxLen: number,
    private readonly slots: number,
    /** Per slot, the piece of the window's highest value; -1 before any. */
    private readonly top: Int32Array,
  ) {}

  /**
   * The highest value for cells ending at j, which start at j - maxLen … j - 2 (-Infinity before
   * any): takes in j - 2, drops what is before. Asked once per slot and j, in order of j.
   */
  most(p: number, j: number): number {
    if (j < 2) return -Infinity;
    const values = this.reach;
    const s = this.slots;
    const first = Math.max(0, j - this.maxLen);
    let top = this.top[p] as number;
    if (top < 0 || (values[(j - 2) * s + p] as number) >= (values[top * s + p] as number))
      top = j - 2;
    else if (top < first) {
      top = first;
      for (let i = first + 1; i <= j - 2; i++)
        if ((values[i * s + p] as number) > (values[top * s + p] as number)) top = i;
    }
    this.top[p] = top;
    return values[top * s + p] as number;
  }

  /** The piece of the highest value last returned for slot p. */
  topOf(p: number): number {
    return this.top[p] as number;
  }
}

/** Shared by every row that misses no column (never changed). */
const NO_SLOTS: Slot[] = [];

function noCells(slots: number): number[] {
  const cells: number[] = [];
  for (let k = 0; k < 2 * slots; k++) cells.push(-1);
  return cells;
}

function backtrack(back: Int32Array, n: number, end: number, slots: readonly Slot[]): RowSplit {
  const s = slots.length;
  const strays: number[] = [];
  const rows: Row[] = [];
  let current: Row | undefined;
  const missing = end === 0 ? NO_SLOTS : slots.slice(end);
  let i = n;
  let slot = end;
  while (i > 0 || slot !== 0) {
    const step = back[i * s + slot] as number;
    if (step < 0) break;
    const from = Math.floor(step / SLOT_CODES);
    const cellSlot = (step % SLOT_CODES) - 1;
    if (cellSlot === STRAY) strays.push(from);
    else {
      if (!current) {
        current = {
          cells: noCells(s),
          first: from,
          last: i - 1,
          missing: rows.length ? NO_SLOTS : missing,
        };
      }
      if (i > from) {
        current.cells[2 * cellSlot] = from;
        current.cells[2 * cellSlot + 1] = i;
      }
      current.first = Math.min(current.first, from);
      current.last = Math.max(current.last, i - 1);
      if (cellSlot === 0) {
        rows.push(current);
        current = undefined;
      }
    }
    i = from;
    slot = cellSlot === STRAY ? 0 : cellSlot;
  }
  rows.reverse();
  strays.reverse();
  return { rows, strays };
}

/** The joined text of a row's cell of slot index s (-1: a column the table lacks), or
 * undefined when the cell is empty. */
export function cellText(pieces: readonly Piece[], row: Row, s: number): string | undefined {
  const from = s < 0 ? -1 : (row.cells[2 * s] as number);
  if (from < 0) return undefined;
  const to = row.cells[2 * s + 1] as number;
  let text = '';
  for (let k = from; k < to; k++) text += (pieces[k] as Piece).text;
  return text;
}
