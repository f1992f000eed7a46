// Cells another table fixes. When a table's own arithmetic leaves a number's column open (收入总体's
// total row: is 14,216.81 the 一般公共预算 column or a transfer column?), the same money printed in
// another table (收支总体: 一般财力 14,216.81, 上级转移支付 blank) decides it.
import { toCents, type Cents } from '../../model/money.js';
import { CROSS_TABLE_IDENTITIES, type CellRef } from '../../model/specs/index.js';
import type { Table } from '../../model/table.js';
import type { PreparedTable } from './read-table.js';
import type { RawRow } from './raw-row.js';
import type { FixedCell } from './solver.js';

type RefRow = { kind: string; block?: string; code?: string; item?: string };

// References are the specs' (a fixed set): each one's test is made once.
const REF_TESTS = new Map<string, (row: RefRow) => boolean>();

/** A test for the rows a cell reference names. */
function refTest(ref: string): (row: RefRow) => boolean {
  let test = REF_TESTS.get(ref);
  if (!test) REF_TESTS.set(ref, (test = makeRefTest(ref)));
  return test;
}

function makeRefTest(ref: string): (row: RefRow) => boolean {
  if (ref === 'total') return (row) => row.kind === 'total' && row.block !== 'expenditure';
  if (ref === 'expenditure-total')
    return (row) => row.kind === 'total' && row.block === 'expenditure';
  if (/^\d{3}$/.test(ref)) return (row) => row.code === ref && row.block !== 'income';
  return (row) => row.item === ref;
}

/** The value a table states for a cell: undefined when unknown, 0 for a blank. */
export function knownCell(table: Table, ref: CellRef): Cents | undefined {
  const row = table.rows.find(refTest(ref.row));
  if (!row) return undefined;
  if (row.unplaced?.length) {
    const v = row.values[ref.column];
    return v === undefined ? undefined : toCents(v);
  }
  if (!table.columns.some((c) => c.id === ref.column)) return undefined;
  const v = row.values[ref.column];
  return v === undefined ? 0 : toCents(v);
}

function rowIndex(rows: readonly RawRow[], ref: string): number {
  return rows.findIndex(refTest(ref));
}

/** A cell of one table (mine) that a cell of another (theirs) fixes, or bounds from above. */
interface CrossLink {
  readonly mine: CellRef;
  readonly theirs: CellRef;
  readonly bound: boolean;
}

// The identities are the specs' (a fixed set): each table kind's links are listed once, in the
// order the identities give them.
let LINKS_BY_KIND: ReadonlyMap<string, readonly CrossLink[]> | undefined;

function linksOf(kind: string): readonly CrossLink[] {
  if (!LINKS_BY_KIND) {
    const byKind = new Map<string, CrossLink[]>();
    const link = (mine: CellRef, theirs: CellRef, bound: boolean): void => {
      const list = byKind.get(mine.table);
      if (list) list.push({ mine, theirs, bound });
      else byKind.set(mine.table, [{ mine, theirs, bound }]);
    };
    for (const id of CROSS_TABLE_IDENTITIES) {
      // Each side in turn; of a '≤' identity only the left side is bounded (by the right's value).
      if (id.relation === 'le') link(id.left, id.right, true);
      else {
        link(id.left, id.right, false);
        link(id.right, id.left, false);
      }
    }
    LINKS_BY_KIND = byKind;
  }
  return LINKS_BY_KIND.get(kind) ?? [];
}

/** Fixed cells for a prepared table from the other tables' known cells. */
export function fixedCellsFor(prepared: PreparedTable, others: readonly Table[]): FixedCell[] {
  const out: FixedCell[] = [];
  for (const { mine, theirs, bound } of linksOf(prepared.block.spec.kind)) {
    const other = others.find((t) => t.kind === theirs.table);
    if (!other) continue;
    const value = knownCell(other, theirs);
    if (value === undefined) continue;
    const row = rowIndex(prepared.rows, mine.row);
    if (row < 0) continue;
    const column = prepared.rowColumns[row]!.columns.findIndex((c) => c.id === mine.column);
    if (column < 0) continue;
    out.push(bound ? { row, column, max: value } : { row, column, value });
  }
  return out;
}
