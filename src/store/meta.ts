// Reading disclosure metadata: one query shape (disclosures ⋈ departments ⋈ users) and its
// conversion to DisclosureMeta.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AmountUnit } from '../model/money.js';
import { fromCents } from '../model/money.js';
import type { Database } from './schema.js';
import type { DepartmentLevel, DisclosureKind, DisclosureMeta, OutcomeCountsRow } from './store.js';

export const META_COLUMNS = [
  'd.id',
  'd.department_id',
  'p.name as department',
  'p.region',
  'p.locality',
  'p.level',
  'd.year',
  'd.kind',
  'd.scope',
  'd.profile',
  'd.unit',
  'd.version',
  'd.is_latest',
  'd.series_key',
  'd.published_at',
  'u.name as published_by_name',
  'd.override_reason',
  'd.source_file',
  'd.source_format',
  'd.sha256',
  'd.has_source',
  'd.summary_unit',
  'd.total_cents',
  'd.counts',
  'd.errors',
  'd.warnings',
  'd.score',
] as const;

export function metaQuery(db: Kysely<Database>) {
  return db
    .selectFrom('disclosures as d')
    .innerJoin('departments as p', 'p.id', 'd.department_id')
    .leftJoin('users as u', 'u.id', 'd.published_by')
    .select(META_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('disclosures as l')
        .select('l.id')
        .whereRef('l.series_key', '=', 'd.series_key')
        .where('l.is_latest', '=', 1)
        .limit(1)
        .as('latest_id'),
    );
}

type MetaQuery = ReturnType<typeof metaQuery>;
export type MetaRecord =
  MetaQuery extends SelectQueryBuilder<infer _D, infer _T, infer O> ? O : never;

export function toMeta(r: MetaRecord): DisclosureMeta {
  return {
    id: r.id,
    departmentId: r.department_id,
    department: r.department,
    region: r.region,
    locality: r.locality,
    level: r.level as DepartmentLevel | null,
    year: r.year,
    kind: r.kind as DisclosureKind,
    scope: r.scope as '部门' | '单位',
    profile: r.profile,
    unit: r.unit as AmountUnit,
    version: r.version,
    isLatest: r.is_latest === 1,
    latestId: r.latest_id ?? r.id,
    publishedAt: r.published_at,
    publishedBy: r.published_by_name ?? null,
    overrideReason: r.override_reason,
    sourceFile: r.source_file,
    sourceFormat: r.source_format,
    sha256: r.sha256,
    hasSource: r.has_source === 1,
    total: totalIn(r.unit, r.summary_unit, r.total_cents),
    counts: JSON.parse(r.counts) as OutcomeCountsRow,
    errors: r.errors,
    warnings: r.warnings,
    score: r.score,
  };
}

/** The summary total in the document's unit (exact: 万元 → 元 multiplies; 元 → 万元 is left null). */
function totalIn(unit: string, summaryUnit: string, totalCents: number | null): number | null {
  if (totalCents === null) return null;
  if (unit === summaryUnit) return fromCents(totalCents);
  return unit === '元' ? fromCents(totalCents * 10000) : null;
}
