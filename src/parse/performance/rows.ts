// Split the body's pieces into rows of cells, one cell per column in order (三级指标, 指标值, …),
// by dynamic programming over (pieces read, column reached): each cell takes 0..MAX_CELL_PIECES
// pieces and scores by cells.ts; between rows a piece may be left over ("stray", a merged cell
// with an unknown name such as 履职效能, or noise). Two passes: the first learns each column's
// printed width from its fragments, the second uses it to tell a wrap from a new cell. The DP
// runs on flat typed arrays: it visits pieces × columns × MAX_CELL_PIECES transitions per pass.
import type { Slot } from './columns.js';
import {
  cellBasis,
  cellScores,
  EMPTY,
  isTellingCell,
  joinCell,
  type CellBasis,
  type Widths,
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
  const strayCost = Float64Array.from(pieces, (p) =>
    looksLikeLabel(p.text) ? STRAY_LABEL : STRAY_OTHER,
  );
  const first = run(basis, strayCost, undefined);
  return run(basis, strayCost, learnWidths(basis, first));
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

/** The best path's steps, per DP state: where it came from and which cell it read (-1: a stray). */
interface Back {
  from: Int32Array;
  slot: Int32Array;
  cell: Int32Array;
}

function run(basis: CellBasis, strayCost: Float64Array, widths?: Widths): RowSplit {
  const { slots, maxLen } = basis;
  const n = basis.pieces.length;
  const s = slots.length;
  const size = (n + 1) * s;
  const score = new Float64Array(size).fill(-Infinity);
  const back: Back = {
    from: new Int32Array(size).fill(-1),
    slot: new Int32Array(size),
    cell: new Int32Array(size),
  };
  const cell = cellScores(basis, widths);
  // Slot 0 last: an empty final cell of a row leads to (i, 0).
  const order = [...range(1, s), 0];
  score[0] = 0;
  const relax = (to: number, value: number, from: number, slot: number, cellSlot: number) => {
    if (value > (score[to] as number)) {
      score[to] = value;
      back.from[to] = from;
      back.slot[to] = slot;
      back.cell[to] = cellSlot;
    }
  };
  for (let i = 0; i <= n; i++) {
    for (const slot of order) {
      const here = score[i * s + slot] as number;
      if (here === -Infinity) continue;
      if (slot === 0 && i < n) relax((i + 1) * s, here + (strayCost[i] as number), i, 0, -1);
      const next = (slot + 1) % s;
      const longest = Math.min(maxLen, n - i);
      for (let len = 0; len <= longest; len++) {
        const c = cell(slot, i, len);
        if (c !== -Infinity) relax((i + len) * s + next, here + c, i, slot, slot);
      }
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

function backtrack(back: Back, n: number, end: number, slots: readonly Slot[]): RowSplit {
  const s = slots.length;
  const strays: number[] = [];
  const rows: Row[] = [];
  let current: Row | undefined;
  const missing = end === 0 ? [] : slots.slice(end);
  let i = n;
  let slot = end;
  while (i > 0 || slot !== 0) {
    const at = i * s + slot;
    const from = back.from[at] as number;
    if (from < 0) break;
    const cellSlot = back.cell[at] as number;
    if (cellSlot === -1) strays.push(from);
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
    slot = back.slot[at] as number;
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
  return r ? joinCell(pieces.slice(r[0], r[1])) : undefined;
}
