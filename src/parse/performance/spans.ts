// Which rows a merged 一级/二级 label covers. A merged cell's text is printed once, and where it
// lands in the extracted text depends on the program that made the PDF:
// - "leading": before the first row it covers (seed 004: 产出指标, 数量指标, then its rows);
// - "trailing": before the last row it covers (seed 000: the rows of 数量指标, then "数量\n指标"
//   just before the last of them; 产出指标 with 时效指标 before the last 产出 row; "20履职效能"
//   before the last of the three rows it spans).
// - "centred": on the middle row of those it covers (上海 万里街道 2023 pp.31–35: 产出指标 on the
//   second of its three rows, the 二级 labels leading), so a label's group reaches back towards
//   the previous label and forward towards the next; where two groups meet is decided by which
//   一级 the rows' 二级 labels belong under, else halfway.
// One program makes all tables of a document, so the convention is chosen per document: the
// one under which the labels explain the rows with the fewest contradictions (rows left without
// a label, labels that cover nothing, a 二级 group crossing a 一级 boundary, a known 二级 under a
// 一级 it does not belong to).
import { fitsUnder, type LabelLevel } from './labels.js';

export type Placement = 'leading' | 'trailing' | 'centred';
/** One placement for both levels, or one per level. */
export type Convention = Placement | { readonly level1: Placement; readonly level2: Placement };

export interface LevelEvent {
  name: string;
  level: LabelLevel;
  /** Index of the row the label is printed before (or inside); rows.length when after all. */
  row: number;
  /** Printed on a line of its own, between the row before and `row`. */
  between?: boolean;
  /** PDF: where it is printed among the rows, in rows (1.5: halfway between rows 1 and 2). */
  middle?: number;
  /** PDF: its baseline. */
  y?: number;
}

export interface Assignment {
  /** Per row, the index into `events` of its label, per level. */
  level1: (number | undefined)[];
  level2: (number | undefined)[];
  cost: number;
}

function assignLevel(
  events: readonly LevelEvent[],
  level: LabelLevel,
  rows: number,
  convention: Placement,
  below?: readonly (number | undefined)[],
  tops?: readonly number[],
): { labels: (number | undefined)[]; cost: number } {
  const labels: (number | undefined)[] = new Array(rows).fill(undefined);
  let cost = 0;
  // The level's own events, by index. (A loop, not map and filter, and no object per event:
  // this runs per table, level and convention tried.)
  const own: number[] = [];
  for (let i = 0; i < events.length; i++)
    if ((events[i] as LevelEvent).level === level) own.push(i);
  if (own.length === 0) return { labels, cost: 0 };
  if (convention === 'centred') return centred(events, own, rows, below ?? [], tops);
  const rowOf = (k: number) => (events[own[k] as number] as LevelEvent).row;
  if (convention === 'leading') {
    for (let k = 0; k < own.length; k++) {
      const row = rowOf(k);
      const end = k + 1 < own.length ? rowOf(k + 1) : rows;
      if (row >= rows) cost++;
      for (let r = row; r < end && r < rows; r++) labels[r] = own[k];
    }
    cost += Math.min(rowOf(0), rows);
  } else {
    let prevEnd = -1;
    for (const i of own) {
      const e = events[i] as LevelEvent;
      const last = Math.min(e.row, rows - 1);
      if (last <= prevEnd || e.row >= rows) cost++;
      for (let r = prevEnd + 1; r <= last; r++) labels[r] = i;
      prevEnd = Math.max(prevEnd, last);
    }
    cost += rows - 1 - prevEnd;
  }
  return { labels, cost };
}

/**
 * Centred labels: each covers its own row and as many rows after it as before it, counted from
 * where the previous group ended; the rows between two labels are split there unless the rows'
 * 二级 labels say otherwise (they belong under one 一级 and not the other). With positions the
 * group is mirrored on the page, not in rows: a row printed on two lines (万里街道 2023 p.34) is
 * twice as tall as the others.
 */
function centred(
  events: readonly LevelEvent[],
  own: readonly number[],
  rows: number,
  below: readonly (number | undefined)[],
  tops?: readonly number[],
): { labels: (number | undefined)[]; cost: number } {
  const labels: (number | undefined)[] = new Array(rows).fill(undefined);
  let cost = 0;
  // A row's misfit under a label: its 二级 is known to belong under another 一级.
  const misfit = (r: number, label: number) => {
    const b = below[r];
    if (b === undefined) return 0;
    return fitsUnder((events[b] as LevelEvent).name, (events[label] as LevelEvent).name) ? 0 : 1;
  };
  const mirror = tops && pageMirror(tops);
  let start = 0;
  own.forEach((i, k) => {
    const e = events[i] as LevelEvent;
    const at = Math.min(e.row, rows - 1);
    if (e.row >= rows || at < start) cost++;
    const nextIndex = own[k + 1];
    let end = rows;
    if (nextIndex !== undefined) {
      // A label on a line of its own sits between two rows, half a row above the one it precedes.
      const middle = e.middle ?? (e.between ? e.row - 0.5 : at);
      const mirrored =
        (e.y !== undefined ? mirror?.(start, e.y) : undefined) ??
        Math.round(2 * middle - start) + 1;
      const nextAt = Math.min((events[nextIndex] as LevelEvent).row, rows - 1);
      end = splitBetween(
        Math.max(at, start),
        nextAt,
        mirrored,
        (r) => misfit(r, i),
        (r) => misfit(r, nextIndex),
      );
    }
    for (let r = start; r < end; r++) labels[r] = i;
    start = Math.max(start, end);
  });
  return { labels, cost };
}

/**
 * For a table's rows, the first row after a group that starts at row `start` and is centred on
 * baseline `y`: its last row is the last that starts above the mirror image of the first row's
 * baseline, give or take a quarter of a row (baselines are rounded in print).
 */
function pageMirror(
  tops: readonly number[],
): ((start: number, y: number) => number | undefined) | undefined {
  if (tops.length < 2) return undefined;
  const gaps = tops.slice(1).map((t, r) => t - (tops[r] as number));
  const slack = 0.25 * ([...gaps].sort((a, b) => a - b)[gaps.length >> 1] as number);
  return (start, y) => {
    const first = tops[start];
    if (first === undefined) return undefined;
    const bottom = 2 * y - first + slack;
    let end = start;
    while (end < tops.length && (tops[end] as number) <= bottom) end++;
    return end;
  };
}

/**
 * The first row of the second group when one label sits at row a and the next at row b: the
 * split with the fewest misfits, nearest the mirrored end of the first group among equals.
 */
function splitBetween(
  a: number,
  b: number,
  mirrored: number,
  first: (r: number) => number,
  second: (r: number) => number,
): number {
  if (b <= a) return a + 1;
  let best = b;
  let bestCost = Infinity;
  for (let t = a + 1; t <= b; t++) {
    let c = 0;
    for (let r = a + 1; r < t; r++) c += first(r);
    for (let r = t; r < b; r++) c += second(r);
    if (c < bestCost || (c === bestCost && Math.abs(t - mirrored) < Math.abs(best - mirrored))) {
      best = t;
      bestCost = c;
    }
  }
  return best;
}

export function assignLabels(
  events: readonly LevelEvent[],
  rows: number,
  convention: Convention,
  tops?: readonly number[],
): Assignment {
  const placement1 = typeof convention === 'string' ? convention : convention.level1;
  const placement2 = typeof convention === 'string' ? convention : convention.level2;
  // A centred 一级 is split by its rows' 二级 labels, so those come first.
  const l2 = assignLevel(events, 2, rows, placement2, undefined, tops);
  const l1 = assignLevel(events, 1, rows, placement1, l2.labels, tops);
  let cost = l1.cost + l2.cost;
  for (let r = 0; r < rows; r++) {
    const a = l1.labels[r];
    const b = l2.labels[r];
    // A 二级 group that continues across a 一级 boundary.
    if (r > 0 && b !== undefined && b === l2.labels[r - 1] && a !== l1.labels[r - 1]) cost++;
    if (a !== undefined && b !== undefined) {
      const name1 = (events[a] as LevelEvent).name;
      const name2 = (events[b] as LevelEvent).name;
      if (!fitsUnder(name2, name1)) cost++;
    }
  }
  return { level1: l1.labels, level2: l2.labels, cost };
}

/** Conventions in order of preference: among equally good ones, the earlier is taken. */
const CONVENTIONS: readonly Convention[] = [
  'leading',
  'trailing',
  { level1: 'centred', level2: 'leading' },
  { level1: 'centred', level2: 'trailing' },
  'centred',
];

type ConventionTable = { events: readonly LevelEvent[]; rows: number; tops?: readonly number[] };

/** The convention that explains all tables best; leading when they are equally good. */
export function chooseConvention(tables: readonly ConventionTable[]): Convention {
  return chooseAssignments(tables).convention;
}

/** chooseConvention, with each table's assignment under it (found while choosing it). */
export function chooseAssignments(tables: readonly ConventionTable[]): {
  convention: Convention;
  assignments: Assignment[];
} {
  let best = CONVENTIONS[0] as Convention;
  let bestCost = Infinity;
  // (Costs are finite: the first convention tried is always kept.)
  let kept: Assignment[] = [];
  for (const convention of CONVENTIONS) {
    let cost = 0;
    const assignments: Assignment[] = [];
    for (const t of tables) {
      const assignment = assignLabels(t.events, t.rows, convention, t.tops);
      assignments.push(assignment);
      cost += assignment.cost;
    }
    if (cost < bestCost) {
      best = convention;
      bestCost = cost;
      kept = assignments;
    }
    // Nothing beats a convention that explains every row.
    if (bestCost === 0) break;
  }
  return { convention: best, assignments: kept };
}
