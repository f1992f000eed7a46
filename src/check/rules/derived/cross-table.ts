// Rules derived from the identities between tables (model/specs/cross-table.ts): the same money
// printed in two tables agrees; a part printed in one does not exceed the whole in another.
import {
  CROSS_TABLE_IDENTITIES,
  specOf,
  type CellRef,
  type CrossTableIdentity,
  type RowShape,
} from '../../../model/specs/index.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table, TableKind } from '../../../model/table.js';
import type { CheckContext, TableGrid } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareAtMost, compareCents, PASS } from '../../sums.js';

/**
 * The rows the identities name in one kind of table, each given a slot: 'total' (not the 支出
 * block's), 'expenditure-total', 类 codes (3 digits, outside the 收入 block) and item ids. Static,
 * made once per catalog, so a document's lookup is one walk of the table filling an array of
 * slots, with no index of every row.
 */
interface KindRefs {
  total?: number;
  expenditureTotal?: number;
  readonly codes: Map<string, number>;
  readonly items: Map<string, number>;
  count: number;
}

const MEMO_ALL = 'cross-table:drafts';

/** A row reference: its slot among its table kind's (see KindRefs). */
type RowRef = number;

/** The slot of a reference in `table`, given on first sight. */
function refSlot(kinds: Map<TableKind, KindRefs>, table: TableKind, ref: string): RowRef {
  let refs = kinds.get(table);
  if (!refs) kinds.set(table, (refs = { codes: new Map(), items: new Map(), count: 0 }));
  if (ref === 'total') return (refs.total ??= refs.count++);
  if (ref === 'expenditure-total') return (refs.expenditureTotal ??= refs.count++);
  const byKey = /^\d{3}$/.test(ref) ? refs.codes : refs.items;
  let slot = byKey.get(ref);
  if (slot === undefined) byKey.set(ref, (slot = refs.count++));
  return slot;
}

/** Per slot, the first row of the table that the reference names (undefined: none). */
function rowsOf(shapes: readonly RowShape[], refs: KindRefs): (number | undefined)[] {
  const rows = new Array<number | undefined>(refs.count);
  for (let k = 0; k < shapes.length; k++) {
    const r = shapes[k]!;
    if (r.kind === 'total')
      firstRow(rows, r.block === 'expenditure' ? refs.expenditureTotal : refs.total, k);
    // References name 类 rows only: 款 and 项 rows need no lookup.
    if (r.code?.length === 3 && r.block !== 'income') firstRow(rows, refs.codes.get(r.code), k);
    if (r.item !== undefined) firstRow(rows, refs.items.get(r.item), k);
  }
  return rows;
}

/** Row `k` in `slot`, unless an earlier row is there (or the row is no reference's). */
function firstRow(rows: (number | undefined)[], slot: number | undefined, k: number): void {
  if (slot !== undefined && rows[slot] === undefined) rows[slot] = k;
}

/** A table as the identities read it: its grid and the rows they name, made once per table. */
interface Sides {
  readonly table: Table;
  readonly grid: TableGrid;
  /** By slot (see KindRefs). */
  readonly rows: readonly (number | undefined)[];
}

/**
 * The cents of the cell a reference names (NaN when unknown); undefined when the table does not
 * have that row or column.
 */
function centsAt(side: Sides, ref: RowRef, column: string): number | undefined {
  const at = side.grid.column.get(column);
  if (at === undefined) return undefined;
  const row = side.rows[ref];
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
  if (c.unless !== undefined && right.rows[c.unless] !== undefined) return [];
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
  kinds: ReadonlyMap<TableKind, KindRefs>,
  d: Disclosure,
  ctx: CheckContext,
): FindingDraft[][] {
  const sides = new Map<TableKind, Sides | undefined>();
  const sideOf = (kind: TableKind): Sides | undefined => {
    if (sides.has(kind)) return sides.get(kind);
    const table = ctx.table(kind);
    let side: Sides | undefined;
    if (table) {
      const grid = ctx.grid(table);
      side = { table, grid, rows: rowsOf(grid.shapes, kinds.get(kind)!) };
    }
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
  const kinds = new Map<TableKind, KindRefs>();
  const compiled: Compiled[] = CROSS_TABLE_IDENTITIES.map((id) => ({
    id,
    leftRef: refSlot(kinds, id.left.table, id.left.row),
    rightRef: refSlot(kinds, id.right.table, id.right.row),
    unless: id.unlessRightRow ? refSlot(kinds, id.right.table, id.unlessRightRow) : undefined,
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
    evaluate: (d, ctx) => ctx.memo(MEMO_ALL, () => evaluateAll(compiled, kinds, d, ctx))[n]!,
  }));
}
