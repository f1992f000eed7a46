// saveDisclosure: one transaction writes the department, the new version and all its rows.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { matchKey } from '../ingest/normalize.js';
import { parseDepartmentName } from './department-name.js';
import {
  disclosureFigures,
  findingRows,
  indicatorRows,
  narrativeRows,
  projectRows,
  searchRows,
  tableFactRows,
} from './rows.js';
import type BetterSqlite3 from 'better-sqlite3';
import { kyselyBulk, sqliteBulk, type BulkWriter } from './bulk.js';
import type { Database } from './schema.js';
import { functionTotalRows } from './function-totals.js';
import { applyRegionTotals } from './region-totals.js';
import { bigrams, kindToken, normText } from './search-text.js';
import {
  findingsOf,
  type SaveDisclosureInput,
  type SaveDisclosureResult,
  type StoreDialect,
} from './store.js';

type Tx = Transaction<Database>;

/** Test hook: called between the steps of a save; throwing there must leave no rows. */
export type SaveProbe = (step: string) => void;

async function upsertDepartment(
  tx: Tx,
  bulk: BulkWriter,
  dialect: StoreDialect,
  input: SaveDisclosureInput,
  now: string,
): Promise<{ id: number; region: string | null; gainedRegion: boolean }> {
  const name = input.disclosure.identity.department?.trim() || '（未署名部门）';
  const parsed = parseDepartmentName(name);
  const region = input.region ?? parsed.region;
  const level = input.level ?? parsed.level;
  const key = matchKey(name);
  const before = await tx
    .selectFrom('departments')
    .select('region')
    .where('key', '=', key)
    .executeTakeFirst();
  // On conflict, touching the row returns its id and (on PostgreSQL) locks it, so concurrent
  // saves for one department take their version numbers one after the other.
  const row = await tx
    .insertInto('departments')
    .values({ name, key, region, locality: parsed.locality, level, created_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        region: sql`coalesce(${sql.ref('departments.region')}, ${region})`,
        level: sql`coalesce(${sql.ref('departments.level')}, ${level})`,
      }),
    )
    .returning(['id', 'region'])
    .executeTakeFirstOrThrow();
  const created = await tx
    .selectFrom('search_text')
    .select('id')
    .where('department_id', '=', row.id)
    .where('disclosure_id', 'is', null)
    .executeTakeFirst();
  if (!created)
    await insertSearch(bulk, dialect, row.id, null, [
      { kind: 'department', title: name, body: '', norm: normText(name) },
    ]);
  return {
    ...row,
    gainedRegion: before !== undefined && before.region === null && row.region !== null,
  };
}

async function insertSearch(
  bulk: BulkWriter,
  dialect: StoreDialect,
  departmentId: number,
  disclosureId: number | null,
  rows: { kind: string; title: string; body: string; norm: string }[],
): Promise<void> {
  const ids = await bulk.insertIds(
    'search_text',
    rows.map((r) => ({ ...r, department_id: departmentId, disclosure_id: disclosureId })),
  );
  if (dialect !== 'sqlite') return;
  await bulk.insert(
    'search_fts',
    ids.map((id, i) => ({
      rowid: id,
      grams: `${kindToken(rows[i]!.kind)} ${bigrams(rows[i]!.norm)}`,
    })),
  );
}

export async function saveDisclosure(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: SaveDisclosureInput,
  probe?: SaveProbe,
  raw?: BetterSqlite3.Database,
): Promise<SaveDisclosureResult> {
  const d = input.disclosure;
  // Everything that can fail on bad data is computed before the transaction opens.
  const facts = tableFactRows(d);
  const narrative = narrativeRows(d);
  const projects = projectRows(d);
  const indicators = indicatorRows(d);
  const findings = findingRows(findingsOf(input.report));
  const search = searchRows(d);
  const figures = disclosureFigures(d, input.report);
  const totals = functionTotalRows(facts, figures.function_table ?? null, {
    year: d.identity.year,
    kind: d.identity.kind,
  });
  const document = JSON.stringify(d);
  const bytes = input.sourceBytes;
  const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : d.source.sha256;
  const now = new Date().toISOString();
  const publishedAt = (input.publishedAt ?? new Date()).toISOString();

  return db.transaction().execute(async (tx) => {
    const bulk = raw ? sqliteBulk(raw) : kyselyBulk(tx);
    const {
      id: departmentId,
      region,
      gainedRegion,
    } = await upsertDepartment(tx, bulk, dialect, input, now);
    if (gainedRegion) {
      // Its latest disclosures were summed under no region: they move to the new one.
      const latest = sql`select id from disclosures where department_id = ${departmentId} and is_latest = 1`;
      await applyRegionTotals(tx, dialect, latest, -1, null);
      await applyRegionTotals(tx, dialect, latest, 1);
    }
    if (region !== null)
      // A department first stored without a region may have gained one just now.
      await tx
        .updateTable('function_totals')
        .set({ region })
        .where('region', 'is', null)
        .where('disclosure_id', 'in', (eb) =>
          eb.selectFrom('disclosures').select('id').where('department_id', '=', departmentId),
        )
        .execute();
    probe?.('department');
    const seriesKey = `${departmentId}|${d.identity.year ?? ''}|${d.identity.kind}|${d.identity.scope}`;
    const last = await tx
      .selectFrom('disclosures')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('series_key', '=', seriesKey)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    if (version > 1) {
      // The series' current latest version leaves the region totals.
      await applyRegionTotals(
        tx,
        dialect,
        sql`select id from disclosures where series_key = ${seriesKey} and is_latest = 1`,
        -1,
      );
      await tx
        .updateTable('disclosures')
        .set({ is_latest: 0 })
        .where('series_key', '=', seriesKey)
        .execute();
      const old = tx.selectFrom('disclosures').select('id').where('series_key', '=', seriesKey);
      if (dialect === 'sqlite')
        await sql`delete from search_fts where rowid in (select id from search_text where disclosure_id in (${old}))`.execute(
          tx,
        );
      await tx.deleteFrom('search_text').where('disclosure_id', 'in', old).execute();
      // function_totals holds latest versions only.
      await tx.deleteFrom('function_totals').where('disclosure_id', 'in', old).execute();
      // The older versions' printed pages list the versions: they are drawn again on request.
      await tx.deleteFrom('page_prints').where('disclosure_id', 'in', old).execute();
    }
    const inserted = await tx
      .insertInto('disclosures')
      .values({
        department_id: departmentId,
        series_key: seriesKey,
        year: d.identity.year,
        kind: d.identity.kind,
        scope: d.identity.scope,
        profile: d.profile,
        unit: d.identity.unit,
        version,
        is_latest: 1,
        published_at: publishedAt,
        published_by: input.publishedBy ?? null,
        override_reason: input.overrideReason ?? null,
        source_file: input.sourceFile ?? d.source.file,
        source_format: input.sourceFormat ?? d.source.format,
        sha256,
        has_source: bytes ? 1 : 0,
        ...figures,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const disclosureId = inserted.id;
    probe?.('disclosure');
    await bulk.insert('documents', [{ disclosure_id: disclosureId, document }]);
    if (bytes) await bulk.insert('sources', [{ disclosure_id: disclosureId, bytes }]);
    const withId = <R extends object>(rows: R[]) =>
      rows.map((r) => ({ ...r, disclosure_id: disclosureId }));
    await bulk.insert('table_facts', withId(facts));
    await bulk.insert(
      'function_totals',
      withId(totals.map((t) => ({ ...t, region, department_id: departmentId }))),
    );
    await applyRegionTotals(tx, dialect, sql`${disclosureId}`, 1);
    probe?.('table_facts');
    await bulk.insert('narrative_facts', withId(narrative));
    await bulk.insert('projects', withId(projects));
    await bulk.insert('indicators', withId(indicators));
    probe?.('facts');
    await bulk.insert('findings', withId(findings));
    probe?.('findings');
    await insertSearch(bulk, dialect, departmentId, disclosureId, search);
    probe?.('search');
    return { departmentId, disclosureId, version };
  });
}
