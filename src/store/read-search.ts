// Full-text search over department names, projects, 绩效目标 indicators and narrative (see
// search-text.ts for why bigrams on SQLite), and the stored findings.
import { sql, type Kysely } from 'kysely';
import type { Outcome, RuleCategory, Severity } from '../model/finding.js';
import { fromCents, type AmountUnit } from '../model/money.js';
import type { TableKind } from '../model/table.js';
import { clampLimit, clampOffset } from './read-departments.js';
import type { Database } from './schema.js';
import { ftsQuery, kindToken, likePattern, normText, snippet } from './search-text.js';
import type { FindingFilter, FindingRow, SearchHit, SearchHitKind, StoreDialect } from './store.js';

type Db = Kysely<Database>;

const KINDS: readonly SearchHitKind[] = ['department', 'project', 'indicator', 'narrative'];

/**
 * Hits of each kind in turn (departments first), newest entries first within a kind, up to
 * `limit` in all. Each kind is one query with its own LIMIT, so a common query stops early
 * instead of sorting every match.
 */
export async function search(
  db: Db,
  dialect: StoreDialect,
  q: string,
  opts: { limit?: number } = {},
): Promise<SearchHit[]> {
  const norm = normText(q);
  if (!norm) return [];
  const limit = clampLimit(opts.limit, 20, 200);
  const fts = dialect === 'sqlite' ? ftsQuery(norm) : undefined;
  const hits: SearchHit[] = [];
  for (const kind of KINDS) {
    const remaining = limit - hits.length;
    if (remaining <= 0) break;
    let query = db
      .selectFrom('search_text as s')
      .innerJoin('departments as p', 'p.id', 's.department_id')
      .leftJoin('disclosures as d', 'd.id', 's.disclosure_id')
      .select([
        's.department_id',
        'p.name as department',
        's.disclosure_id',
        'd.year',
        's.title',
        's.body',
      ])
      .where('s.kind', '=', kind);
    if (fts) {
      // A bigram phrase matches exactly where the query is a substring of the normalised text.
      const found = await sql<{ id: number }>`
        select rowid as id from search_fts where search_fts match ${`${fts} AND ${kindToken(kind)}`}
        order by rowid desc limit ${remaining}`.execute(db);
      if (found.rows.length === 0) continue;
      query = query.where(
        's.id',
        'in',
        found.rows.map((r) => r.id),
      );
    } else {
      query = query
        .where(sql<boolean>`s.norm like ${likePattern(norm)} escape '\\'`)
        .limit(remaining);
    }
    const rows = await query.orderBy('s.id', 'desc').execute();
    for (const r of rows)
      hits.push({
        kind,
        departmentId: r.department_id,
        department: r.department,
        disclosureId: r.disclosure_id,
        year: r.year,
        title: r.title,
        snippet: snippet(r.body || r.title, q),
      });
  }
  return hits;
}

const amount = (c: number | null) => (c === null ? null : fromCents(c));

export async function findings(db: Db, f: FindingFilter): Promise<FindingRow[]> {
  let q = db.selectFrom('findings').selectAll();
  if (f.disclosureId !== undefined) q = q.where('disclosure_id', '=', f.disclosureId);
  if (f.ruleId !== undefined) q = q.where('rule_id', '=', f.ruleId);
  if (f.outcome !== undefined) q = q.where('outcome', '=', f.outcome);
  if (f.severity !== undefined) q = q.where('severity', '=', f.severity);
  const rows = await q
    .orderBy('disclosure_id')
    .orderBy('id')
    .limit(clampLimit(f.limit, 1000))
    .offset(clampOffset(f.offset))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    disclosureId: r.disclosure_id,
    ruleId: r.rule_id,
    outcome: r.outcome as Outcome,
    severity: r.severity as Severity,
    category: r.category as RuleCategory,
    table: r.table_kind as TableKind | null,
    tableNumber: r.table_number,
    row: r.row_key,
    rowName: r.row_name,
    column: r.col,
    section: r.section,
    subject: r.subject,
    page: r.page,
    line: r.line,
    expected: amount(r.expected_cents),
    actual: amount(r.actual_cents),
    difference: amount(r.difference_cents),
    unit: r.unit as AmountUnit | null,
    expectedText: r.expected_text,
    actualText: r.actual_text,
    note: r.note,
  }));
}
