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

/** Fixed cells for a prepared table from the other tables' known cells. */
export function fixedCellsFor(prepared: PreparedTable, others: readonly Table[]): FixedCell[] {
  const kind = prepared.block.spec.kind;
  const out: FixedCell[] = [];
  const add = (mine: CellRef, theirs: CellRef, bound: boolean): void => {
    if (mine.table !== kind) return;
    const other = others.find((t) => t.kind === theirs.table);
    if (!other) return;
    const value = knownCell(other, theirs);
    if (value === undefined) return;
    const row = rowIndex(prepared.rows, mine.row);
    if (row < 0) return;
    const column = prepared.rowColumns[row]!.columns.findIndex((c) => c.id === mine.column);
    if (column < 0) return;
    out.push(bound ? { row, column, max: value } : { row, column, value });
  };
  for (const id of CROSS_TABLE_IDENTITIES) {
    // Each side in turn; of a '≤' identity only the left side is bounded (by the right's value).
    if (id.relation === 'le') add(id.left, id.right, true);
    else {
      add(id.left, id.right, false);
      add(id.right, id.left, false);
    }
  }
  return out;
}
