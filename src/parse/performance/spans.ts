// Which rows a merged 一级/二级 label covers. A merged cell's text is printed once, and where it
// lands in the extracted text depends on the program that made the PDF:
// - "leading": before the first row it covers (seed 004: 产出指标, 数量指标, then its rows);
// - "trailing": before the last row it covers (seed 000: the rows of 数量指标, then "数量\n指标"
//   just before the last of them; 产出指标 with 时效指标 before the last 产出 row; "20履职效能"
//   before the last of the three rows it spans).
// One program makes all tables of a document, so the convention is chosen per document: the
// one under which the labels explain the rows with the fewest contradictions (rows left without
// a label, labels that cover nothing, a 二级 group crossing a 一级 boundary, a known 二级 under a
// 一级 it does not belong to).
import { fitsUnder, type LabelLevel } from './labels.js';

export type Convention = 'leading' | 'trailing';

export interface LevelEvent {
  name: string;
  level: LabelLevel;
  /** Index of the row the label is printed before (or inside); rows.length when after all. */
  row: number;
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
  convention: Convention,
): { labels: (number | undefined)[]; cost: number } {
  const labels: (number | undefined)[] = new Array(rows).fill(undefined);
  let cost = 0;
  const own = events.map((e, i) => ({ e, i })).filter(({ e }) => e.level === level);
  if (own.length === 0) return { labels, cost: 0 };
  if (convention === 'leading') {
    own.forEach(({ e, i }, k) => {
      const end = own[k + 1]?.e.row ?? rows;
      if (e.row >= rows) cost++;
      for (let r = e.row; r < end && r < rows; r++) labels[r] = i;
    });
    cost += Math.min(own[0]?.e.row ?? 0, rows);
  } else {
    let prevEnd = -1;
    for (const { e, i } of own) {
      const last = Math.min(e.row, rows - 1);
      if (last <= prevEnd || e.row >= rows) cost++;
      for (let r = prevEnd + 1; r <= last; r++) labels[r] = i;
      prevEnd = Math.max(prevEnd, last);
    }
    cost += rows - 1 - prevEnd;
  }
  return { labels, cost };
}

export function assignLabels(
  events: readonly LevelEvent[],
  rows: number,
  convention: Convention,
): Assignment {
  const l1 = assignLevel(events, 1, rows, convention);
  const l2 = assignLevel(events, 2, rows, convention);
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

/** The convention that explains all tables best; leading when they are equally good. */
export function chooseConvention(
  tables: readonly { events: readonly LevelEvent[]; rows: number }[],
): Convention {
  let leading = 0;
  let trailing = 0;
  for (const t of tables) {
    leading += assignLabels(t.events, t.rows, 'leading').cost;
    trailing += assignLabels(t.events, t.rows, 'trailing').cost;
  }
  return trailing < leading ? 'trailing' : 'leading';
}
