// Turn a prepared table and the solver's verdict into the model's Table: each number placed where
// every surviving placement puts it; the others kept on their row with their candidate columns.
import { fromCents } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Table, TableRow, UnplacedValue } from '../../model/table.js';
import { flattenColumns, type TableLayout } from '../../model/specs/index.js';
import type { Placement } from './placement.js';
import type { PreparedTable } from './read-table.js';
import { rowAt, type RawRow } from './raw-row.js';
import { allIndexes } from './solver-cells.js';
import { solveSums, type FixedCell } from './solver.js';

export interface PlacedTable {
  readonly table: Table;
  readonly warnings: ParseWarning[];
  /** Rows (indexes into prepared.rows) with numbers left unplaced. */
  readonly ambiguous: readonly number[];
}

export function rowLabel(row: RawRow): string {
  const parts = [row.code, row.item, row.unit && row.kind !== 'unit' ? row.unit : undefined];
  const name = row.project ? `${row.name} ${row.project}` : row.name;
  return [...parts.filter(Boolean), name].join(' ').trim() || '(row)';
}

// When every row has one candidate placement there is nothing to choose: the solver keeps each
// row's only candidate whatever the arithmetic says (it never empties a domain), so it is not run.
const ONLY_CANDIDATE: readonly number[] = [0];

export function placeTable(p: PreparedTable, fixed: readonly FixedCell[] = []): PlacedTable {
  const result = p.solverRows.every((r) => r.candidates.length === 1)
    ? { kept: p.solverRows.map(() => ONLY_CANDIDATE) }
    : solveSums(p.solverRows, p.sums, fixed);
  const warnings: ParseWarning[] = [...p.warnings];
  const ambiguous: number[] = [];
  const tableName = p.block.number ?? p.block.spec.name;

  const out: TableRow[] = p.rows.map((row, i) => {
    const sr = p.solverRows[i]!;
    const cols = p.rowColumns[i]!.columns;
    const kept = result.kept[i] ?? [];
    const values: Record<string, number> = {};
    const unplaced: UnplacedValue[] = [];
    // One placement kept (most rows): each number's column is the placement's.
    const only = kept.length === 1 ? sr.candidates[kept[0]!] : undefined;
    let options: number[][] | undefined; // made for the row's first number without one
    for (let a = 0; a < row.amounts.length; a++) {
      const amount = row.amounts[a]!;
      const col = only?.[a];
      if (col !== undefined) {
        values[cols[col]!.id] = fromCents(amount);
        continue;
      }
      options ??=
        kept.length === sr.candidates.length
          ? allKeptColumns(sr.candidates, row.amounts.length, cols.length)
          : keptColumns(sr.candidates, kept, row.amounts.length, cols.length);
      const mine = options[a]!;
      if (mine.length === 1) values[cols[mine[0]!]!.id] = fromCents(amount);
      else {
        const candidates = mine.length ? mine : cols.map((_, c) => c);
        unplaced.push({ value: fromCents(amount), candidates: candidates.map((c) => cols[c]!.id) });
      }
    }
    if (unplaced.length > 0) {
      ambiguous.push(i);
      warnings.push({
        code: 'column-ambiguous',
        message: `${unplaced.length} of ${row.amounts.length} numbers could not be placed in a column by the table's arithmetic: ${unplaced.map((u) => `${u.value} → ${u.candidates.join('|')}`).join('; ')}`,
        table: p.block.spec.kind,
        tableNumber: tableName,
        row: rowLabel(row),
        at: rowAt(row),
      });
    } else if (sr.relaxed && row.amounts.length > 0) {
      warnings.push({
        code: 'row-unbalanced',
        message: `the row's own columns do not add up (${row.amounts.map(fromCents).join(', ')}); placed by the column totals`,
        table: p.block.spec.kind,
        tableNumber: tableName,
        row: rowLabel(row),
        at: rowAt(row),
      });
    }
    return toModelRow(row, values, unplaced);
  });

  const rows = p.transposed ? transpose(p.transposed, out[0]) : out;
  return { table: modelTable(p, rows), warnings, ambiguous };
}

// Fields are set one by one in the model's order (an object of spreads cost more).
function modelTable(p: PreparedTable, rows: TableRow[]): Table {
  const table: Partial<Table> = { kind: p.block.spec.kind };
  if (p.block.number) table.number = p.block.number;
  table.title = p.block.title;
  table.unit = p.unit;
  if (p.department) table.department = p.department;
  table.columns = tableColumns(p);
  table.rows = rows;
  if (p.empty) table.empty = { statement: p.empty };
  if (p.notes.length) table.notes = [...p.notes];
  const at: Table['at'] = { line: p.block.at.line };
  if (p.block.at.page) at.page = p.block.at.page;
  table.at = at;
  return table as Table;
}

/**
 * For each of a row's `count` numbers, the distinct columns the kept placements give it, in
 * column order: one walk over the kept placements for all the numbers (a row left ambiguous
 * keeps up to hundreds of them).
 */
function keptColumns(
  candidates: readonly Placement[],
  kept: readonly number[],
  count: number,
  width: number,
): number[][] {
  const marks = new Uint8Array(count * width);
  for (const k of kept) {
    const cand = candidates[k]!;
    for (let a = 0; a < count && a < cand.length; a++) marks[a * width + cand[a]!] = 1;
  }
  const out: number[][] = [];
  for (let a = 0, at = 0; a < count; a++, at += width) {
    const columns: number[] = [];
    for (let c = 0; c < width; c++) if (marks[at + c] === 1) columns.push(c);
    out.push(columns);
  }
  return out;
}

// Candidate lists are shared by rows (for most blocks, one per count of numbers and outcome: see
// placement.ts), and rows the arithmetic cannot settle keep all of theirs: the columns each
// number can take are then the list's, worked out once per list (read only).
const ALL_KEPT = new WeakMap<
  readonly Placement[],
  { count: number; width: number; of: number[][] }
>();

/** keptColumns with every candidate kept. */
function allKeptColumns(
  candidates: readonly Placement[],
  count: number,
  width: number,
): number[][] {
  const known = ALL_KEPT.get(candidates);
  if (known && known.count === count && known.width === width) return known.of;
  const of = keptColumns(candidates, allIndexes(candidates.length), count, width);
  ALL_KEPT.set(candidates, { count, width, of });
  return of;
}

// Fields are set one by one in the model's order (spreads per row cost more than the placing).
function toModelRow(
  row: RawRow,
  values: Record<string, number>,
  unplaced: readonly UnplacedValue[],
): TableRow {
  const out: Partial<TableRow> = { kind: row.kind };
  if (row.block) out.block = row.block;
  if (row.code) out.code = row.code;
  if (row.level) out.level = row.level;
  out.name = row.name;
  if (row.item) out.item = row.item;
  if (row.unit) out.unit = row.unit;
  if (row.project) out.project = row.project;
  out.values = values;
  if (unplaced.length) out.unplaced = [...unplaced];
  out.at = rowAt(row);
  return out as TableRow;
}

/** Columns as the model lists them (a copy: the model's tables are the caller's to change). */
function tableColumns(p: PreparedTable): Table['columns'] {
  const out: Table['columns'] = [];
  for (const c of layoutColumns(p.layout)) {
    // Field by field, as a spread of it lists them (a spread per column cost more).
    const copy: Table['columns'][number] = { id: c.id, label: c.label };
    if (c.block !== undefined) copy.block = c.block;
    out.push(copy);
  }
  return out;
}

// Specs never change: each layout's model columns are made once.
const LAYOUT_COLUMNS = new WeakMap<TableLayout, Table['columns']>();

/** The layout's columns, or for items printed as columns, 合计 only. */
function layoutColumns(layout: TableLayout): Table['columns'] {
  let columns = LAYOUT_COLUMNS.get(layout);
  if (!columns) {
    const two = layout.blocks.length > 1;
    columns = layout.blocks.flatMap((b) => {
      const cols =
        layout.orientation === 'items-as-columns'
          ? [{ id: 'total', label: '合计' }]
          : flattenColumns(b.columns).map((c) => ({ id: c.id, label: c.label }));
      return cols.map((c) => ({
        ...c,
        ...(two ? { block: b.id as 'income' | 'expenditure' } : {}),
      }));
    });
    LAYOUT_COLUMNS.set(layout, columns);
  }
  return columns;
}

/**
 * Items printed as columns (新疆 2021 三公): the one value row becomes one row per item with its
 * value in 合计. Values whose item stays uncertain are kept on the total row.
 */
function transpose(items: readonly RawRow[], valueRow: TableRow | undefined): TableRow[] {
  return items.map((item) => {
    const v = valueRow?.values[item.item ?? ''];
    const unplaced =
      item.item === 'total'
        ? (valueRow?.unplaced ?? []).map((u) => ({ value: u.value, candidates: u.candidates }))
        : [];
    return toModelRow(item, v === undefined ? {} : { total: v }, unplaced);
  });
}
