// Reads about departments and their disclosures: lists, one department, versions, trends.
import { sql, type Kysely } from 'kysely';
import { matchKey } from '../ingest/normalize.js';
import { fromCents, type AmountUnit } from '../model/money.js';
import { metaQuery, toMeta } from './meta.js';
import type { Database } from './schema.js';
import { likePattern } from './search-text.js';
import type {
  DepartmentDetail,
  DepartmentFilter,
  DepartmentLevel,
  DepartmentRow,
  DisclosureKind,
  DisclosureMeta,
  RegionRow,
  TrendPoint,
} from './store.js';

type Db = Kysely<Database>;

export const clampLimit = (n: number | undefined, dflt: number, max = 10_000): number =>
  Math.max(1, Math.min(max, Math.floor(Number.isFinite(n) ? (n as number) : dflt)));
export const clampOffset = (n: number | undefined): number =>
  Math.max(0, Math.floor(Number.isFinite(n) ? (n as number) : 0));

function departmentsQuery(db: Db) {
  return db
    .selectFrom('departments as p')
    .leftJoin('disclosures as d', (j) =>
      j.onRef('d.department_id', '=', 'p.id').on('d.is_latest', '=', 1),
    )
    .select(['p.id', 'p.name', 'p.key', 'p.region', 'p.locality', 'p.level'])
    .select((eb) => [eb.fn.count<number>('d.id').as('n'), eb.fn.max('d.year').as('latest_year')])
    .groupBy(['p.id', 'p.name', 'p.key', 'p.region', 'p.locality', 'p.level']);
}

type DeptRecord = {
  id: number;
  name: string;
  key: string;
  region: string | null;
  locality: string | null;
  level: string | null;
  n: number | string | bigint;
  latest_year: number | null;
};

function toDepartment(r: DeptRecord): DepartmentRow {
  return {
    id: r.id,
    name: r.name,
    key: r.key,
    region: r.region,
    locality: r.locality,
    level: r.level as DepartmentLevel | null,
    disclosures: Number(r.n),
    latestYear: r.latest_year === null ? null : Number(r.latest_year),
  };
}

export async function listDepartments(db: Db, f: DepartmentFilter = {}): Promise<DepartmentRow[]> {
  let q = departmentsQuery(db);
  if (f.region !== undefined) q = q.where('p.region', '=', f.region);
  if (f.level !== undefined) q = q.where('p.level', '=', f.level);
  if (f.q) q = q.where(sql<boolean>`p.key like ${likePattern(matchKey(f.q))} escape '\\'`);
  const rows = await q
    .orderBy('p.region')
    .orderBy('p.name')
    .limit(clampLimit(f.limit, 1000))
    .offset(clampOffset(f.offset))
    .execute();
  return rows.map(toDepartment);
}

export async function regions(db: Db): Promise<RegionRow[]> {
  const rows = await db
    .selectFrom('departments')
    .select(['region', 'level'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region', 'is not', null)
    .groupBy(['region', 'level'])
    .orderBy('region')
    .orderBy('level')
    .execute();
  const out = new Map<string, RegionRow>();
  for (const r of rows) {
    const region = r.region as string;
    let row = out.get(region);
    if (!row) out.set(region, (row = { region, departments: 0, levels: [] }));
    row.departments += Number(r.n);
    row.levels.push({ level: r.level as DepartmentLevel | null, departments: Number(r.n) });
  }
  return [...out.values()];
}

export async function department(db: Db, id: number): Promise<DepartmentDetail | null> {
  const row = await departmentsQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const list = await metaQuery(db)
    .where('d.department_id', '=', id)
    .where('d.is_latest', '=', 1)
    .orderBy('d.year', 'desc')
    .orderBy('d.kind')
    .execute();
  return { ...toDepartment(row), disclosureList: list.map(toMeta) };
}

export async function latestDisclosures(db: Db, limit: number): Promise<DisclosureMeta[]> {
  const rows = await metaQuery(db)
    .where('d.is_latest', '=', 1)
    .orderBy('d.published_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(clampLimit(limit, 20, 1000))
    .execute();
  return rows.map(toMeta);
}

export async function disclosureMeta(db: Db, id: number): Promise<DisclosureMeta | null> {
  const row = await metaQuery(db).where('d.id', '=', id).executeTakeFirst();
  return row ? toMeta(row) : null;
}

export async function disclosureVersions(db: Db, id: number): Promise<DisclosureMeta[]> {
  const rows = await metaQuery(db)
    .where('d.series_key', '=', (eb) =>
      eb.selectFrom('disclosures').select('series_key').where('id', '=', id),
    )
    .orderBy('d.version')
    .execute();
  return rows.map(toMeta);
}

const amount = (c: number | null) => (c === null ? null : fromCents(c));

export async function trends(db: Db, departmentId: number): Promise<TrendPoint[]> {
  const rows = await db
    .selectFrom('disclosures')
    .select([
      'id',
      'year',
      'kind',
      'summary_unit',
      'total_cents',
      'basic_cents',
      'project_cents',
      'personnel_cents',
      'public_use_cents',
      'general_budget_cents',
      'tp_unit',
      'tp_total_cents',
      'tp_outbound_cents',
      'tp_vehicle_purchase_cents',
      'tp_vehicle_operation_cents',
      'tp_reception_cents',
    ])
    .where('department_id', '=', departmentId)
    .where('is_latest', '=', 1)
    .where('year', 'is not', null)
    .orderBy('year')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({
    year: r.year as number,
    kind: r.kind as DisclosureKind,
    disclosureId: r.id,
    unit: r.summary_unit as AmountUnit,
    total: amount(r.total_cents),
    basic: amount(r.basic_cents),
    project: amount(r.project_cents),
    personnel: amount(r.personnel_cents),
    publicUse: amount(r.public_use_cents),
    generalBudget: amount(r.general_budget_cents),
    threePublic: {
      unit: r.tp_unit as AmountUnit,
      total: amount(r.tp_total_cents),
      outbound: amount(r.tp_outbound_cents),
      vehiclePurchase: amount(r.tp_vehicle_purchase_cents),
      vehicleOperation: amount(r.tp_vehicle_operation_cents),
      reception: amount(r.tp_reception_cents),
    },
  }));
}
