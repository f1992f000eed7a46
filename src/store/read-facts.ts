// Reads over table facts: filtered cells, comparisons at 类/款/项 level, cross-department totals
// (summed in SQL over integer cents) and the flat export.
import { sql, type Kysely } from 'kysely';
import { fromCents, type AmountUnit } from '../model/money.js';
import type { CodeLevel, TableKind } from '../model/table.js';
import { metaQuery, toMeta } from './meta.js';
import { clampLimit, clampOffset } from './read-departments.js';
import type { Database } from './schema.js';
import type {
  CompareResult,
  CompareRow,
  DepartmentLevel,
  DisclosureKind,
  ExportFilter,
  ExportRow,
  TableFactFilter,
  TableFactRow,
} from './store.js';

type Db = Kysely<Database>;

function factsQuery(db: Db) {
  return db
    .selectFrom('table_facts as f')
    .innerJoin('disclosures as d', 'd.id', 'f.disclosure_id')
    .innerJoin('departments as p', 'p.id', 'd.department_id');
}

export async function tableFacts(db: Db, f: TableFactFilter): Promise<TableFactRow[]> {
  let q = factsQuery(db).select([
    'f.disclosure_id',
    'd.department_id',
    'p.name as department',
    'p.region',
    'd.year',
    'd.kind',
    'f.table_kind',
    'f.table_number',
    'f.row_kind',
    'f.row_index',
    'f.row_code',
    'f.row_level',
    'f.row_name',
    'f.row_item',
    'f.budget_unit',
    'f.project',
    'f.block',
    'f.col',
    'f.amount_cents',
    'f.unit',
  ]);
  if (f.disclosureId !== undefined) q = q.where('f.disclosure_id', '=', f.disclosureId);
  else q = q.where('d.is_latest', '=', 1);
  if (f.departmentId !== undefined) q = q.where('d.department_id', '=', f.departmentId);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.region !== undefined) q = q.where('p.region', '=', f.region);
  if (f.kind !== undefined) q = q.where('d.kind', '=', f.kind);
  if (f.tableKind !== undefined) q = q.where('f.table_kind', '=', f.tableKind);
  if (f.column !== undefined) q = q.where('f.col', '=', f.column);
  if (f.code !== undefined) {
    if (f.code.endsWith('*')) {
      const prefix = f.code.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
      q = q.where(sql<boolean>`f.row_code like ${`${prefix}%`} escape '\\'`);
    } else q = q.where('f.row_code', '=', f.code);
  }
  const rows = await q
    .orderBy('f.disclosure_id')
    .orderBy('f.table_index')
    .orderBy('f.row_index')
    .orderBy('f.col')
    .limit(clampLimit(f.limit, 100))
    .offset(clampOffset(f.offset))
    .execute();
  return rows.map((r) => ({
    disclosureId: r.disclosure_id,
    departmentId: r.department_id,
    department: r.department,
    region: r.region,
    year: r.year,
    kind: r.kind as DisclosureKind,
    tableKind: r.table_kind as TableKind,
    tableNumber: r.table_number,
    rowKind: r.row_kind,
    rowIndex: r.row_index,
    rowCode: r.row_code,
    rowLevel: r.row_level as CodeLevel | null,
    rowName: r.row_name,
    rowItem: r.row_item,
    budgetUnit: r.budget_unit,
    project: r.project,
    block: r.block,
    column: r.col,
    amount: fromCents(r.amount_cents),
    unit: r.unit as AmountUnit,
  }));
}

/** 功能分类 lines (合计 column of each disclosure's function table) of some disclosures. */
export function functionLines(db: Db) {
  return (
    db
      .selectFrom('table_facts as f')
      .innerJoin('disclosures as d', (j) =>
        j.onRef('d.id', '=', 'f.disclosure_id').onRef('f.table_kind', '=', 'd.function_table'),
      )
      .where('f.col', '=', 'total')
      // Only code rows have a level; no function table has two blocks.
      .where('f.row_level', 'is not', null)
  );
}

export async function compare(db: Db, ids: number[]): Promise<CompareResult> {
  const wanted = [...new Set(ids.filter((n) => Number.isSafeInteger(n)))].slice(0, 50);
  if (wanted.length === 0) return { disclosures: [], units: [], tables: [], rows: [] };
  const metas = (await metaQuery(db).where('d.id', 'in', wanted).execute()).map(toMeta);
  const order = wanted.filter((id) => metas.some((m) => m.id === id));
  const disclosures = order.map((id) => metas.find((m) => m.id === id)!);
  const lines = await functionLines(db)
    .select([
      'f.disclosure_id',
      'f.row_code',
      'f.row_level',
      'f.row_name',
      'f.amount_cents',
      'f.unit',
      'd.function_table',
    ])
    .where('f.disclosure_id', 'in', order)
    .where('f.row_code', 'is not', null)
    .execute();
  const units: AmountUnit[] = disclosures.map((m) => m.unit);
  const tables: (TableKind | null)[] = disclosures.map(() => null);
  const byCode = new Map<string, CompareRow>();
  for (const l of lines) {
    const i = order.indexOf(l.disclosure_id);
    units[i] = l.unit as AmountUnit;
    tables[i] = l.function_table as TableKind;
    const code = l.row_code as string;
    let row = byCode.get(code);
    if (!row) {
      row = {
        code,
        level: l.row_level as CodeLevel,
        name: l.row_name,
        amounts: order.map(() => null),
      };
      byCode.set(code, row);
    }
    // A code printed twice in one table (continuation pages) counts once.
    if (row.amounts[i] === null) row.amounts[i] = fromCents(l.amount_cents);
  }
  const rows = [...byCode.values()].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  return { disclosures, units, tables, rows };
}

export async function* exportRows(db: Db, f: ExportFilter = {}): AsyncIterable<ExportRow> {
  let ids = db
    .selectFrom('disclosures as d')
    .innerJoin('departments as p', 'p.id', 'd.department_id')
    .select('d.id');
  if (f.disclosureId !== undefined) ids = ids.where('d.id', '=', f.disclosureId);
  else ids = ids.where('d.is_latest', '=', 1);
  if (f.departmentId !== undefined) ids = ids.where('d.department_id', '=', f.departmentId);
  if (f.year !== undefined) ids = ids.where('d.year', '=', f.year);
  if (f.kind !== undefined) ids = ids.where('d.kind', '=', f.kind);
  if (f.region !== undefined) ids = ids.where('p.region', '=', f.region);
  const list = (await ids.orderBy('d.id').execute()).map((r) => r.id);
  // Batches of whole disclosures keep memory flat however large the export.
  let batch: number[] = [];
  let count = 0;
  for (let i = 0; i <= list.length; i++) {
    const id = list[i];
    if (id !== undefined) {
      batch.push(id);
      count += 1;
    }
    if (batch.length > 0 && (id === undefined || count >= 20)) {
      yield* exportBatch(db, batch);
      batch = [];
      count = 0;
    }
  }
}

async function* exportBatch(db: Db, ids: number[]): AsyncIterable<ExportRow> {
  const rows = await factsQuery(db)
    .select([
      'p.name as department',
      'p.region',
      'p.level',
      'd.year',
      'd.kind',
      'd.id as disclosure_id',
      'd.version',
      'f.table_kind',
      'f.table_number',
      'f.table_index',
      'f.row_index',
      'f.row_code',
      'f.row_level',
      'f.row_name',
      'f.budget_unit',
      'f.project',
      'f.col',
      'f.amount_cents',
      'f.unit',
    ])
    .where('d.id', 'in', ids)
    .orderBy('d.id')
    .orderBy('f.table_index')
    .orderBy('f.row_index')
    .orderBy('f.col')
    .execute();
  for (const r of rows)
    yield {
      department: r.department,
      region: r.region,
      level: r.level as DepartmentLevel | null,
      year: r.year,
      kind: r.kind as DisclosureKind,
      disclosureId: r.disclosure_id,
      version: r.version,
      tableKind: r.table_kind as TableKind,
      tableNumber: r.table_number,
      rowCode: r.row_code,
      rowLevel: r.row_level as CodeLevel | null,
      rowName: r.row_name,
      budgetUnit: r.budget_unit,
      project: r.project,
      column: r.col,
      amount: fromCents(r.amount_cents),
      unit: r.unit as AmountUnit,
    };
}
