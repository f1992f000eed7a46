// The row identities of a table, derived from its rows and its spec, never written per table: a
// 类 is the sum of its 款, a 款 of its 项 (or of the projects under it), a 项 of its projects, a
// unit of its 类 (or projects), the total of the units (or 类); an item is the sum of its 其中
// items; the 支出 total of a two-sided table is the sum of its 类. The parser places numbers by
// these identities and the checker checks them, so both read them from here.
import type { CodeLevel, RowKind } from '../table.js';
import type { ItemDef } from './types.js';

/** The fields of a row the structure depends on (a parsed row or a table row). */
export interface RowShape {
  readonly kind: RowKind;
  readonly block?: 'income' | 'expenditure';
  readonly code?: string;
  readonly level?: CodeLevel;
  readonly item?: string;
}

export type RowSumKind = 'total' | 'unit' | 'code' | 'item' | 'expenditure-total';

/** rows[parent] = Σ rows[children], in every column. */
export interface RowSum {
  readonly parent: number;
  readonly children: readonly number[];
  readonly kind: RowSumKind;
}

const LEVEL_RANK = { 类: 1, 款: 2, 项: 3 } as const;

function rank(row: RowShape): number {
  if (row.kind === 'total') return -1;
  if (row.kind === 'unit') return 0;
  if (row.level) return LEVEL_RANK[row.level];
  return 4; // a project without a code sits below everything of its unit
}

/** Rank of a descendant, where a project row under a 项 row of the same code counts below it. */
function rankUnder(parent: RowShape, c: RowShape): number {
  if (c.kind === 'project' && parent.level === '项') return 4;
  return rank(c);
}

function indexes(rows: readonly RowShape[], pred: (r: RowShape) => boolean): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (pred(r)) out.push(i);
  });
  return out;
}

/**
 * Sums of a coded table: each row's children are the following rows one step down in the
 * hierarchy, until the next row at its level or above; a code row's children share its prefix.
 */
export function codedRowSums(rows: readonly RowShape[]): RowSum[] {
  const sums: RowSum[] = [];
  const hasUnits = rows.some((r) => r.kind === 'unit');
  // Each row's rank once: the scans below read a row's rank for every row above it.
  const ranks = rows.map(rank);
  rows.forEach((row, i) => {
    const r = ranks[i] as number;
    if (row.kind === 'total') {
      let children = indexes(rows, (c) => rank(c) === (hasUnits ? 0 : 1) && c.block === row.block);
      if (children.length === 0) children = indexes(rows, (c) => rank(c) === 4);
      if (children.length) sums.push({ parent: i, children, kind: 'total' });
      return;
    }
    const below: number[] = [];
    let next = Infinity;
    for (let j = i + 1; j < rows.length; j++) {
      const c = rows[j] as RowShape;
      if ((ranks[j] as number) <= r || c.kind === 'total') break;
      if (row.code && c.code && !c.code.startsWith(row.code)) break;
      below.push(j);
      next = Math.min(next, rankUnder(row, c));
    }
    if (below.length === 0) return;
    const children = below.filter((j) => rankUnder(row, rows[j] as RowShape) === next);
    sums.push({ parent: i, children, kind: row.kind === 'unit' ? 'unit' : 'code' });
  });
  return sums;
}

/** Item rows: each item equals the sum of its child items that are printed. */
export function itemRowSums(rows: readonly RowShape[], items: readonly ItemDef[]): RowSum[] {
  const sums: RowSum[] = [];
  // Child ids by parent id, made once: the checker calls this for every table of every document.
  const childIds = new Map<string, Set<string>>();
  for (const it of items) {
    if (it.parent === undefined) continue;
    const ids = childIds.get(it.parent);
    if (ids) ids.add(it.id);
    else childIds.set(it.parent, new Set([it.id]));
  }
  if (childIds.size === 0) return sums;
  rows.forEach((row, i) => {
    if (!row.item) return;
    const ids = childIds.get(row.item);
    if (!ids) return;
    const children = indexes(rows, (c) => c.block === row.block && !!c.item && ids.has(c.item));
    if (children.length) sums.push({ parent: i, children, kind: 'item' });
  });
  return sums;
}

/** The 支出 block of a two-sided table: its total is the sum of its 类 rows. */
export function expenditureClassSum(rows: readonly RowShape[]): RowSum[] {
  const total = rows.findIndex((r) => r.block === 'expenditure' && r.kind === 'total');
  if (total < 0) return [];
  const classes = indexes(rows, (r) => r.block === 'expenditure' && r.kind === 'code');
  return classes.length ? [{ parent: total, children: classes, kind: 'expenditure-total' }] : [];
}
