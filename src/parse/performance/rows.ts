// Split the body's pieces into rows of cells, one cell per column in order (三级指标, 指标值, …),
// by dynamic programming over (pieces read, column reached): each cell takes 0..MAX_CELL_PIECES
// pieces and scores by cells.ts; between rows a piece may be left over ("stray", a merged cell
// with an unknown name such as 履职效能, or noise). Two passes: the first learns each column's
// printed width from its fragments, the second uses it to tell a wrap from a new cell. The DP
// runs on flat typed arrays: it visits pieces × columns × MAX_CELL_PIECES transitions per pass.
import type { Slot } from './columns.js';
import {
  cellBasis,
  passCosts,
  EMPTY,
  NO_CELL,
  TOO_WIDE,
  isTellingCell,
  type CellBasis,
  type PassCosts,
  type Widths,
  widthCost,
} from './cells.js';
import { looksLikeLabel } from './labels.js';
import type { Piece } from './pieces.js';

// A cell wraps onto at most this many lines in the seeds (a value: "＞" "=3300" "升"; a 依据: 3).
const MAX_CELL_PIECES = 8;
/** A piece between rows that reads as a merged label; costlier than any cell misfit nearby. */
const STRAY_LABEL = -5;
/** A piece between rows that reads as nothing. */
const STRAY_OTHER = -8;

export interface Row {
  /** Piece index ranges [from, to) per column. */
  cells: Partial<Record<Slot, readonly [number, number]>>;
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
  const basis = cellBasis(pieces, slots, MAX_CELL_PIECES);
  const strayCost = pieces.map((p) => (looksLikeLabel(p.text) ? STRAY_LABEL : STRAY_OTHER));
  const first = run(basis, strayCost, passCosts(basis, undefined));
  const costs = passCosts(basis, learnWidths(basis, first));
  // Widths only ever cost. A first reading that pays nothing for them keeps its score while no
  // other scores more, and the second pass (same steps in the same order, so the same ties)
  // would return it unchanged.
  if (!paysForWidths(first, costs)) return first;
  return run(basis, strayCost, costs);
}

function paysForWidths(split: RowSplit, costs: PassCosts): boolean {
  const { slots } = costs.basis;
  return split.rows.some((row) =>
    slots.some((slot, s) => {
      const range = row.cells[slot];
      return range !== undefined && widthCost(costs, s, range[0], range[1] - range[0]) !== 0;
    }),
  );
}

function learnWidths(basis: CellBasis, split: RowSplit): Widths {
  const widths: Widths = {};
  for (const row of split.rows)
    basis.slots.forEach((slot, s) => {
      const range = row.cells[slot];
      if (!range || !isTellingCell(basis, s, range[0], range[1] - range[0])) return;
      for (let k = range[0]; k < range[1]; k++)
        widths[slot] = Math.max(widths[slot] ?? 0, basis.wide[k] as number);
    });
  return widths;
}

// The best path's step into each DP state, packed in one integer: the piece it came from, and
// the slot of the cell it read, or STRAY (a stray comes from slot 0, a cell from its own slot).
// There are at most 7 slots.
const STRAY = -1;
const SLOT_CODES = 32;
const packStep = (from: number, cellSlot: number) => from * SLOT_CODES + cellSlot + 1;

function run(basis: CellBasis, strayCost: readonly number[], costs: PassCosts): RowSplit {
  const { slots, maxLen, codes, kinds, rowStart } = basis;
  const { joins, tooWide } = costs;
  const n = basis.pieces.length;
  const s = slots.length;
  const size = (n + 1) * s;
  const score = new Float64Array(size).fill(-Infinity);
  const back = new Int32Array(size).fill(-1);
  // Slot 0 last: an empty final cell of a row leads to (i, 0).
  const order = [...range(1, s), 0];
  const here = new Float64Array(s);
  const stride = maxLen + 1;
  score[0] = 0;
  for (let i = 0; i <= n; i++) {
    // Empty cells stay at piece i, so they go first, in slot order; each slot's score is read
    // when its turn comes. Every other step from i reaches a state of its own, except a stray,
    // which reaches (i + 1, 0) as the last column's one-piece cell does, and comes after it.
    for (const slot of order) {
      const value = score[i * s + slot] as number;
      here[slot] = value;
      const empty = costs.empty[slot] as number;
      const to = i * s + ((slot + 1) % s);
      if (value !== -Infinity && empty !== NO_CELL && value + empty > (score[to] as number)) {
        score[to] = value + empty;
        back[to] = packStep(i, slot);
      }
    }
    // Each cell pieces[i, i + len) of each slot (len ≤ maxLen): its kind, what joining its
    // fragments costs, its fragments wider than the column, and, for a name, where the row
    // starts (see PassCosts in cells.ts); a kind of NO_CELL says it can be no such cell.
    const longest = Math.min(maxLen, n - i);
    const runs = i * stride;
    for (let slot = 0; slot < s; slot++) {
      const from = here[slot] as number;
      if (from === -Infinity) continue;
      const next = (slot + 1) % s;
      const start = costs.isName[slot] && i < n ? (rowStart[i] as number) : 0;
      const joinBase = slot * n;
      const joinsFrom = joins[joinBase + i] as number;
      const wideBase = slot * (n + 1);
      const wideFrom = tooWide[wideBase + i] as number;
      const step = packStep(i, slot);
      const kindOf = kinds[slot] as Int32Array;
      for (let len = 1; len <= longest; len++) {
        const kind = kindOf[codes[runs + len] as number] as number;
        if (kind === NO_CELL) continue;
        const last = i + len - 1;
        const joined = (joins[joinBase + last] as number) - joinsFrom;
        const wider = len > 1 ? (tooWide[wideBase + last + 1] as number) - wideFrom : 0;
        const c = kind + joined + wider * TOO_WIDE + start;
        const to = (i + len) * s + next;
        if (from + c > (score[to] as number)) {
          score[to] = from + c;
          back[to] = step;
        }
      }
    }
    const to = (i + 1) * s;
    const stray = (here[0] as number) + (strayCost[i] as number);
    if (i < n && here[0] !== -Infinity && stray > (score[to] as number)) {
      score[to] = stray;
      back[to] = packStep(i, STRAY);
    }
  }
  let end = 0;
  let best = -Infinity;
  // Input that stops inside a row reads as cut short (at its last printed cell) rather than as
  // a row of blank cells.
  for (const slot of order) {
    const value = (score[n * s + slot] as number) + (slot === 0 ? 0 : (s - slot) * EMPTY);
    if (value > best) {
      best = value;
      end = slot;
    }
  }
  return backtrack(back, n, end, slots);
}

function backtrack(back: Int32Array, n: number, end: number, slots: readonly Slot[]): RowSplit {
  const s = slots.length;
  const strays: number[] = [];
  const rows: Row[] = [];
  let current: Row | undefined;
  const missing = end === 0 ? [] : slots.slice(end);
  let i = n;
  let slot = end;
  while (i > 0 || slot !== 0) {
    const step = back[i * s + slot] as number;
    if (step < 0) break;
    const from = Math.floor(step / SLOT_CODES);
    const cellSlot = (step % SLOT_CODES) - 1;
    if (cellSlot === STRAY) strays.push(from);
    else {
      const column = slots[cellSlot] as Slot;
      if (!current) {
        current = { cells: {}, first: from, last: i - 1, missing: rows.length ? [] : missing };
      }
      if (i > from) current.cells[column] = [from, i];
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

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** The joined text of a row's cell, or undefined when the cell is empty. */
export function cellText(pieces: readonly Piece[], row: Row, slot: Slot): string | undefined {
  const r = row.cells[slot];
  if (!r) return undefined;
  let text = '';
  for (let k = r[0]; k < r[1]; k++) text += (pieces[k] as Piece).text;
  return text;
}
