// Where the input has positions (PDF, workbooks, HTML tables), the header says where each column
// is and every printed number says which column it sits in: a cell blank in the text is blank on
// the page. Anchors are the header cells' centres; a number belongs to the nearest anchor. The
// result is evidence for the solver (fixed cells), which still checks it against the arithmetic.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine, LayoutToken } from '../../model/layout.js';
import type { RawRow } from './raw-row.js';
import type { BlockColumns } from './block-columns.js';
import type { FixedCell } from './solver.js';

export interface Anchor {
  /** Column index within the block. */
  readonly column: number;
  readonly x: number;
}

function keyOf(text: string): string {
  return matchKey(text).replace(/[“”"‘’]/g, '');
}

/**
 * Header cells matched to a block's columns in printed order: each column takes the first
 * unused header token (left to right, top to bottom) equal to its label or an alias, and
 * anchors must run left to right. Columns whose label is not printed get no anchor.
 */
export function anchorsOf(header: readonly LayoutLine[], bc: BlockColumns): Anchor[] {
  const tokens: LayoutToken[] = header.flatMap((l) => l.tokens ?? []);
  if (tokens.length === 0) return [];
  const keys = tokens.map((t) => keyOf(t.text));
  const used = new Set<number>();
  const out: Anchor[] = [];
  let lastX = -Infinity;
  const leftmost = (names: ReadonlySet<string>): number => {
    let best = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (used.has(i) || !names.has(keys[i]!)) continue;
      const x = centre(tokens[i]!);
      if (x <= lastX) continue;
      if (best < 0 || x < centre(tokens[best]!)) best = i;
    }
    return best;
  };
  bc.columns.forEach((col, column) => {
    // The label before its aliases: in a two-sided table (上海 单位 财务收支预算总表) an alias of
    // 合计 (预算数) heads the other side's column.
    let best = leftmost(new Set([keyOf(col.label)]));
    if (best < 0) best = leftmost(new Set((col.aliases ?? []).map(keyOf)));
    if (best < 0) return;
    used.add(best);
    lastX = centre(tokens[best]!);
    out.push({ column, x: lastX });
  });
  return out;
}

function centre(t: LayoutToken): number {
  return (t.x0 + t.x1) / 2;
}

/**
 * Fixed cells from the numbers' positions: each number goes to the nearest anchor. A row whose
 * numbers would share a column, or sit out of order, gives nothing (the arithmetic decides it).
 * With every column anchored, a column no number sits under is blank: fixed to 0.
 */
export function positionCells(
  rows: readonly RawRow[],
  rowColumns: readonly BlockColumns[],
  anchors: ReadonlyMap<BlockColumns, readonly Anchor[]>,
): FixedCell[] {
  const out: FixedCell[] = [];
  rows.forEach((row, r) => {
    const x = row.amountX;
    const bc = rowColumns[r];
    const list = bc ? anchors.get(bc) : undefined;
    if (!x || !bc || !list || list.length < 2 || x.length !== row.amounts.length) return;
    const columns = x.map((v) => nearest(list, v));
    for (let i = 1; i < columns.length; i++) if (columns[i]! <= columns[i - 1]!) return;
    columns.forEach((column, i) => out.push({ row: r, column, value: row.amounts[i]! }));
    if (list.length === bc.columns.length) {
      for (const a of list)
        if (!columns.includes(a.column)) out.push({ row: r, column: a.column, value: 0 });
    }
  });
  return out;
}

function nearest(anchors: readonly Anchor[], x: number): number {
  let best = anchors[0]!;
  for (const a of anchors) if (Math.abs(a.x - x) < Math.abs(best.x - x)) best = a;
  return best.column;
}
