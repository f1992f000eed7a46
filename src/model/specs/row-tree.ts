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

function rank(row: RowShape): number {
  if (row.kind === 'total') return -1;
  if (row.kind === 'unit') return 0;
  // Compared, not looked up by key in a table: a printed level is a string the parser made, and
  // a keyed lookup by such a string is far slower than three short comparisons.
  switch (row.level) {
    case '类':
      return 1;
    case '款':
      return 2;
    case '项':
      return 3;
  }
  return 4; // a project without a code sits below everything of its unit
}

/**
 * Rank of a descendant (`rankOfC` is rank(c)), where a project row under a 项 row of the same
 * code counts below it.
 */
function rankUnder(parent: RowShape, c: RowShape, rankOfC: number): number {
  if (c.kind === 'project' && parent.level === '项') return 4;
  return rankOfC;
}

function indexes(rows: readonly RowShape[], pred: (r: RowShape, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (pred(rows[i] as RowShape, i)) out.push(i);
  return out;
}

/**
 * Sums of a coded table: each row's children are the following rows one step down in the
 * hierarchy, until the next row at its level or above; a code row's children share its prefix.
 */
export function codedRowSums(rows: readonly RowShape[]): RowSum[] {
  const sums: RowSum[] = [];
  // Each row's rank once (the scans below read a row's rank for every row above it), and whether
  // any row is a unit (rank 0), in one walk.
  const ranks = new Array<number>(rows.length);
  let hasUnits = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rank(rows[i] as RowShape);
    ranks[i] = r;
    if (r === 0) hasUnits = true;
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RowShape;
    const r = ranks[i] as number;
    if (row.kind === 'total') {
      const top = hasUnits ? 0 : 1;
      let children = indexes(rows, (c, j) => ranks[j] === top && c.block === row.block);
      if (children.length === 0) children = indexes(rows, (_c, j) => ranks[j] === 4);
      if (children.length) sums.push({ parent: i, children, kind: 'total' });
      continue;
    }
    // The rows below it run to the next row at its rank or above (or a total, or a code outside
    // its prefix); its children are those of them at the nearest rank down, gathered in the same
    // walk (a nearer rank found further down starts the list over).
    const code = row.code;
    let next = Infinity;
    let children: number[] | undefined;
    for (let j = i + 1; j < rows.length; j++) {
      const c = rows[j] as RowShape;
      if ((ranks[j] as number) <= r || c.kind === 'total') break;
      if (code && c.code && !c.code.startsWith(code)) break;
      const under = rankUnder(row, c, ranks[j] as number);
      if (under < next) {
        next = under;
        children = [j];
      } else if (under === next) children!.push(j);
    }
    if (children) sums.push({ parent: i, children, kind: row.kind === 'unit' ? 'unit' : 'code' });
  }
  return sums;
}

// Child ids by parent id of an item list, made once per list: the checker asks for every table
// of every document, with the specs' static lists.
const childIdsOfItems = new WeakMap<readonly ItemDef[], Map<string, Set<string>>>();

function childIdsOf(items: readonly ItemDef[]): Map<string, Set<string>> {
  let childIds = childIdsOfItems.get(items);
  if (!childIds) {
    childIds = new Map();
    for (const it of items) {
      if (it.parent === undefined) continue;
      const ids = childIds.get(it.parent);
      if (ids) ids.add(it.id);
      else childIds.set(it.parent, new Set([it.id]));
    }
    childIdsOfItems.set(items, childIds);
  }
  return childIds;
}

/**
 * Item rows: each item equals the sum of its child items that are printed. `itemRows`, the
 * indexes of the rows with an item, when the caller has them already.
 */
export function itemRowSums(
  rows: readonly RowShape[],
  items: readonly ItemDef[],
  itemRows?: readonly number[],
): RowSum[] {
  const sums: RowSum[] = [];
  const childIds = childIdsOf(items);
  if (childIds.size === 0) return sums;
  // The item rows, once: each parent looks for its children among them only.
  itemRows ??= indexes(rows, (r) => !!r.item);
  for (const i of itemRows) {
    const row = rows[i] as RowShape;
    const ids = childIds.get(row.item as string);
    if (!ids) continue;
    const children: number[] = [];
    for (const j of itemRows) {
      const c = rows[j] as RowShape;
      if (c.block === row.block && ids.has(c.item as string)) children.push(j);
    }
    if (children.length) sums.push({ parent: i, children, kind: 'item' });
  }
  return sums;
}

/** The 支出 block of a two-sided table: its total is the sum of its 类 rows. */
export function expenditureClassSum(rows: readonly RowShape[]): RowSum[] {
  const total = rows.findIndex((r) => r.block === 'expenditure' && r.kind === 'total');
  if (total < 0) return [];
  const classes = indexes(rows, (r) => r.block === 'expenditure' && r.kind === 'code');
  return classes.length ? [{ parent: total, children: classes, kind: 'expenditure-total' }] : [];
}
