// Split the body's pieces into rows of cells, one cell per column in order (三级指标, 指标值, …),
// by dynamic programming over (pieces read, column reached): each cell takes 0..MAX_CELL_PIECES
// pieces and scores by cells.ts; between rows a piece may be left over ("stray", a merged cell
// with an unknown name such as 履职效能, or noise). Two passes: the first learns each column's
// printed width from its fragments, the second uses it to tell a wrap from a new cell.
import type { Slot } from './columns.js';
import { cellScorer, EMPTY, isTellingCell, joinCell, type Widths } from './cells.js';
import { looksLikeLabel } from './labels.js';
import type { Piece } from './pieces.js';
import { displayWidth } from './value.js';

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

interface Step {
  from: number;
  slot: number;
  /** -1 for a stray. */
  cellSlot: number;
}

export function splitRows(pieces: readonly Piece[], slots: readonly Slot[]): RowSplit {
  if (slots.length === 0 || pieces.length === 0) return { rows: [], strays: [] };
  const first = run(pieces, slots, undefined);
  return run(pieces, slots, learnWidths(pieces, slots, first));
}

function learnWidths(pieces: readonly Piece[], slots: readonly Slot[], split: RowSplit): Widths {
  const widths: Widths = {};
  for (const row of split.rows)
    for (const slot of slots) {
      const range = row.cells[slot];
      if (!range || !isTellingCell(slot, pieces.slice(range[0], range[1]))) continue;
      for (let k = range[0]; k < range[1]; k++)
        widths[slot] = Math.max(widths[slot] ?? 0, displayWidth((pieces[k] as Piece).text));
    }
  return widths;
}

function run(pieces: readonly Piece[], slots: readonly Slot[], widths?: Widths): RowSplit {
  const n = pieces.length;
  const s = slots.length;
  const score = new Float64Array((n + 1) * s).fill(-Infinity);
  const back: (Step | undefined)[] = new Array((n + 1) * s);
  const at = (i: number, slot: number) => i * s + slot;
  const cellScores = cellScorer(pieces, widths);
  score[at(0, 0)] = 0;
  const relax = (to: number, value: number, step: Step) => {
    if (value > (score[to] as number)) {
      score[to] = value;
      back[to] = step;
    }
  };
  for (let i = 0; i <= n; i++) {
    // Slot 0 last: an empty final cell of a row leads to (i, 0).
    for (const slot of [...range(1, s), 0]) {
      const here = score[at(i, slot)] as number;
      if (here === -Infinity) continue;
      if (slot === 0 && i < n) {
        const stray = looksLikeLabel((pieces[i] as Piece).text) ? STRAY_LABEL : STRAY_OTHER;
        relax(at(i + 1, 0), here + stray, { from: i, slot: 0, cellSlot: -1 });
      }
      const cells = cellScores(slots[slot] as Slot, i, MAX_CELL_PIECES);
      cells.forEach((cell, len) => {
        if (cell === -Infinity) return;
        relax(at(i + len, (slot + 1) % s), here + cell, { from: i, slot, cellSlot: slot });
      });
    }
  }
  let end = 0;
  let best = -Infinity;
  // Input that stops inside a row reads as cut short (at its last printed cell) rather than as
  // a row of blank cells.
  for (const slot of [...range(1, s), 0]) {
    const value = (score[at(n, slot)] as number) + (slot === 0 ? 0 : (s - slot) * EMPTY);
    if (value > best) {
      best = value;
      end = slot;
    }
  }
  return backtrack(back, n, end, slots);
}

function backtrack(
  back: readonly (Step | undefined)[],
  n: number,
  end: number,
  slots: readonly Slot[],
): RowSplit {
  const s = slots.length;
  const strays: number[] = [];
  const rows: Row[] = [];
  let current: Row | undefined;
  const missing = end === 0 ? [] : slots.slice(end);
  let i = n;
  let slot = end;
  while (i > 0 || slot !== 0) {
    const step = back[i * s + slot];
    if (!step) break;
    if (step.cellSlot === -1) strays.push(step.from);
    else {
      const column = slots[step.cellSlot] as Slot;
      if (!current) {
        current = { cells: {}, first: step.from, last: i - 1, missing: rows.length ? [] : missing };
      }
      if (i > step.from) current.cells[column] = [step.from, i];
      current.first = Math.min(current.first, step.from);
      current.last = Math.max(current.last, i - 1);
      if (step.cellSlot === 0) {
        rows.push(current);
        current = undefined;
      }
    }
    i = step.from;
    slot = step.slot;
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
