// Rules derived from the identities between tables (model/specs/cross-table.ts): the same money
// printed in two tables agrees; a part printed in one does not exceed the whole in another.
import {
  CROSS_TABLE_IDENTITIES,
  specOf,
  type CellRef,
  type CrossTableIdentity,
} from '../../../model/specs/index.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table, TableKind } from '../../../model/table.js';
import type { CheckContext, TableGrid } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareAtMost, compareCents, PASS } from '../../sums.js';

/** A table's rows as references name them (the first of each), by index; made once per table. */
interface RefIndex {
  total?: number;
  expenditureTotal?: number;
  /** 类 codes (3 digits), outside the 收入 block. */
  readonly codes: Map<string, number>;
  readonly items: Map<string, number>;
}

/**
 * Which row a reference names, the first in the table: 'total' (not the 支出 block's),
 * 'expenditure-total', a 类 code (outside the 收入 block), or an item id.
 */
type RowRef =
  | { readonly kind: 'total' | 'expenditure-total' }
  | { readonly kind: 'code' | 'item'; readonly key: string };

function rowRef(ref: string): RowRef {
  if (ref === 'total' || ref === 'expenditure-total') return { kind: ref };
  return { kind: /^\d{3}$/.test(ref) ? 'code' : 'item', key: ref };
}

const MEMO_KEYS = new Map<string, string>();
const MEMO_ALL = 'cross-table:drafts';

function refIndex(table: Table, ctx: CheckContext): RefIndex {
  let key = MEMO_KEYS.get(table.kind);
  if (!key) MEMO_KEYS.set(table.kind, (key = `cross-ref-index:${table.kind}`));
  return ctx.memo(key, () => {
    const index: RefIndex = { codes: new Map(), items: new Map() };
    ctx.grid(table).shapes.forEach((r, i) => {
      if (r.kind === 'total') {
        if (r.block === 'expenditure') index.expenditureTotal ??= i;
        else index.total ??= i;
      }
      // References name 类 rows only (rowRef): 款 and 项 rows need no entry.
      if (r.code?.length === 3 && r.block !== 'income' && !index.codes.has(r.code))
        index.codes.set(r.code, i);
      if (r.item !== undefined && !index.items.has(r.item)) index.items.set(r.item, i);
    });
    return index;
  });
}

function rowAt(index: RefIndex, ref: RowRef): number | undefined {
  switch (ref.kind) {
    case 'total':
      return index.total;
    case 'expenditure-total':
      return index.expenditureTotal;
    case 'code':
      return index.codes.get(ref.key);
    case 'item':
      return index.items.get(ref.key);
  }
}

/** A table as the identities read it: its grid and its rows by reference, made once per table. */
interface Sides {
  readonly table: Table;
  readonly grid: TableGrid;
  readonly refs: RefIndex;
}

/**
 * The cents of the cell a reference names (NaN when unknown); undefined when the table does not
 * have that row or column.
 */
function centsAt(side: Sides, ref: RowRef, column: string): number | undefined {
  const at = side.grid.column.get(column);
  if (at === undefined) return undefined;
  const row = rowAt(side.refs, ref);
  return row === undefined ? undefined : side.grid.values[row * side.grid.width + at];
}

function label(ref: CellRef): string {
  return `${specOf(ref.table).name}[${ref.row}].${ref.column}`;
}

/** An identity with its row references parsed once per catalog. */
interface Compiled {
  readonly id: CrossTableIdentity;
  readonly leftRef: RowRef;
  readonly rightRef: RowRef;
  readonly unless?: RowRef | undefined;
}

/** One identity on a disclosure, its tables already looked up. */
function evaluateOne(
  c: Compiled,
  d: Disclosure,
  left: Sides,
  right: Sides,
  ctx: CheckContext,
): FindingDraft[] {
  const { id } = c;
  if (id.kind && d.identity.kind !== id.kind) {
    // A 决算 report lists the budget identities it sets aside; a budget's report is not
    // cluttered with the 决算 ones.
    if (d.identity.kind !== '决算') return [];
    const location = { table: id.left.table, row: id.left.row, column: id.left.column };
    return [{ outcome: 'not_applicable', location, note: `仅适用于${id.kind}` }];
  }
  if (c.unless && rowAt(right.refs, c.unless) !== undefined) return [];
  const ca = centsAt(left, c.leftRef, id.left.column);
  const cb = centsAt(right, c.rightRef, id.right.column);
  if (ca === undefined || cb === undefined) return [];
  const lt = left.table;
  const rt = right.table;
  // NaN: the cell may hold a number the parse could not place.
  const known = !Number.isNaN(ca) && !Number.isNaN(cb);
  // A pass nobody keeps needs no location (see CheckContext.keepPasses).
  if (!ctx.keepPasses && known && lt.unit === rt.unit) {
    const pass = id.relation === 'le' ? ca <= cb : ca === cb;
    if (pass) return ca === 0 && cb === 0 && id.relation !== 'le' ? [] : [PASS];
  }
  const location = {
    table: id.left.table,
    ...(lt.number ? { tableNumber: lt.number } : {}),
    row: id.left.row,
    column: id.left.column,
  };
  const note = `${rt.number ?? id.right.table} ${id.right.row} ${id.right.column}`;
  if (!known) return [{ outcome: 'insufficient_data', location, unit: lt.unit, note }];
  if (lt.unit !== rt.unit) return [];
  if (id.relation === 'le') return [compareAtMost(ca, cb, 0, lt.unit, location, `≤ ${note}`)];
  if (ca === 0 && cb === 0) return [];
  return [compareCents(ca, cb, 1, lt.unit, location, note)];
}

/**
 * Every identity on a disclosure, on the first of their rules to run: each table's grid and
 * reference index looked up once, not twice per identity. One draft list per identity, in order.
 */
function evaluateAll(
  compiled: readonly Compiled[],
  d: Disclosure,
  ctx: CheckContext,
): FindingDraft[][] {
  const sides = new Map<TableKind, Sides | undefined>();
  const sideOf = (kind: TableKind): Sides | undefined => {
    if (sides.has(kind)) return sides.get(kind);
    const table = ctx.table(kind);
    const side = table && { table, grid: ctx.grid(table), refs: refIndex(table, ctx) };
    sides.set(kind, side);
    return side;
  };
  return compiled.map((c) => {
    const left = sideOf(c.id.left.table);
    const right = sideOf(c.id.right.table);
    return left && right ? evaluateOne(c, d, left, right, ctx) : [];
  });
}

export function crossTableRules(): Rule[] {
  const compiled: Compiled[] = CROSS_TABLE_IDENTITIES.map((id) => ({
    id,
    leftRef: rowRef(id.left.row),
    rightRef: rowRef(id.right.row),
    unless: id.unlessRightRow ? rowRef(id.unlessRightRow) : undefined,
  }));
  return compiled.map(({ id }, n): Rule => ({
    id: `cross:${id.name}`,
    category: 'cross-table',
    severity: 'error',
    zh: `${label(id.left)} ${id.relation === 'le' ? '≤' : '='} ${label(id.right)}`,
    en: `${id.left.table} ${id.left.row} ${id.left.column} ${id.relation === 'le' ? '≤' : '='} ${id.right.table} ${id.right.row} ${id.right.column}`,
    basis:
      id.relation === 'le'
        ? '部分不大于整体（同一笔资金在两张表中）'
        : '同一笔资金在两张表中的数额应一致（表间勾稽关系）',
    evaluate: (d, ctx) => ctx.memo(MEMO_ALL, () => evaluateAll(compiled, d, ctx))[n]!,
  }));
}
