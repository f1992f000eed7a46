// The Store over Kysely: one class for both dialects, delegating to the read/write modules.
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Disclosure } from '../model/disclosure.js';
import {
  disclosureMeta,
  department,
  disclosureVersions,
  latestDisclosures,
  listDepartments,
  regions,
  trends,
} from './read-departments.js';
import { aggregate } from './read-aggregate.js';
import { compare, exportRows, tableFacts } from './read-facts.js';
import { findings, search } from './read-search.js';
import { saveDisclosure, type SaveProbe } from './save.js';
import type { Database } from './schema.js';
import type {
  AggregateFilter,
  DepartmentFilter,
  DisclosureDetail,
  ExportFilter,
  FindingFilter,
  SaveDisclosureInput,
  SourceDocument,
  Store,
  StoreDialect,
  StoredPageBody,
  TableFactFilter,
  UserRole,
} from './store.js';
import { createSession, createUser, deleteSession, sessionUser, userByName } from './users.js';

export class KyselyStore implements Store {
  /** Test hook: see SaveProbe. */
  saveProbe: SaveProbe | undefined;

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
    /** SQLite only: the connection under `db`, for prepared bulk inserts inside transactions. */
    private readonly raw?: BetterSqlite3.Database,
  ) {}

  saveDisclosure(input: SaveDisclosureInput) {
    return saveDisclosure(this.db, this.dialect, input, this.saveProbe, this.raw);
  }

  createUser(name: string, passwordHash: string, role: UserRole) {
    return createUser(this.db, name, passwordHash, role);
  }
  userByName(name: string) {
    return userByName(this.db, name);
  }
  createSession(userId: number, tokenHash: string, expiresAt: Date) {
    return createSession(this.db, userId, tokenHash, expiresAt);
  }
  sessionUser(tokenHash: string) {
    return sessionUser(this.db, tokenHash);
  }
  deleteSession(tokenHash: string) {
    return deleteSession(this.db, tokenHash);
  }

  listDepartments(filter?: DepartmentFilter) {
    return listDepartments(this.db, filter);
  }
  regions() {
    return regions(this.db);
  }
  department(id: number) {
    return department(this.db, id);
  }
  latestDisclosures(limit: number) {
    return latestDisclosures(this.db, limit);
  }
  disclosureMeta(id: number) {
    return disclosureMeta(this.db, id);
  }
  disclosureVersions(id: number) {
    return disclosureVersions(this.db, id);
  }

  async disclosure(id: number, opts: { version?: number } = {}): Promise<DisclosureDetail | null> {
    let targetId = id;
    if (opts.version !== undefined) {
      const v = await this.db
        .selectFrom('disclosures')
        .select('id')
        .where('version', '=', opts.version)
        .where('series_key', '=', (eb) =>
          eb.selectFrom('disclosures').select('series_key').where('id', '=', id),
        )
        .executeTakeFirst();
      if (!v) return null;
      targetId = v.id;
    }
    const meta = await disclosureMeta(this.db, targetId);
    if (!meta) return null;
    const doc = await this.db
      .selectFrom('documents')
      .select('document')
      .where('disclosure_id', '=', targetId)
      .executeTakeFirstOrThrow();
    return {
      meta,
      disclosure: JSON.parse(doc.document) as Disclosure,
      findings: await findings(this.db, { disclosureId: targetId, limit: 10_000 }),
    };
  }

  async sourceDocument(id: number): Promise<SourceDocument | null> {
    const row = await this.db
      .selectFrom('sources as s')
      .innerJoin('disclosures as d', 'd.id', 's.disclosure_id')
      .select(['s.bytes', 'd.source_file', 'd.source_format', 'd.sha256'])
      .where('s.disclosure_id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      file: row.source_file,
      format: row.source_format,
      sha256: row.sha256,
      bytes: new Uint8Array(row.bytes),
    };
  }

  trends(departmentId: number) {
    return trends(this.db, departmentId);
  }
  tableFacts(filter: TableFactFilter) {
    return tableFacts(this.db, filter);
  }
  compare(ids: number[]) {
    return compare(this.db, ids);
  }
  aggregate(filter: AggregateFilter) {
    return aggregate(this.db, filter);
  }
  search(q: string, opts?: { limit?: number }) {
    return search(this.db, this.dialect, q, opts);
  }
  findings(filter: FindingFilter) {
    return findings(this.db, filter);
  }

  async pageBody(disclosureId: number): Promise<StoredPageBody | null> {
    const row = await this.db
      .selectFrom('page_bodies')
      .select(['renderer', 'body'])
      .where('disclosure_id', '=', disclosureId)
      .executeTakeFirst();
    return row ?? null;
  }

  async putPageBody(
    disclosureId: number,
    renderer: string,
    body: Uint8Array | string,
  ): Promise<void> {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    await this.db.transaction().execute(async (tx) => {
      // A print holds the old body: it goes with it.
      await tx.deleteFrom('page_prints').where('disclosure_id', '=', disclosureId).execute();
      // insert … select: nothing is written for an id that is not (or no longer) stored.
      await tx
        .insertInto('page_bodies')
        .columns(['disclosure_id', 'renderer', 'body'])
        .expression((eb) =>
          eb
            .selectFrom('disclosures')
            .select([
              'id',
              sql<string>`cast(${renderer} as text)`.as('renderer'),
              sql<Uint8Array>`cast(${bytes} as ${sql.raw(this.blobType)})`.as('body'),
            ])
            .where('id', '=', disclosureId),
        )
        .onConflict((oc) =>
          oc.column('disclosure_id').doUpdateSet((eb) => ({
            renderer: eb.ref('excluded.renderer'),
            body: eb.ref('excluded.body'),
          })),
        )
        .execute();
    });
  }

  async pagePrint(disclosureId: number, renderer: string): Promise<Uint8Array | null> {
    const row = await this.db
      .selectFrom('page_prints')
      .select('print')
      .where('disclosure_id', '=', disclosureId)
      .where('renderer', '=', renderer)
      .executeTakeFirst();
    return row?.print ?? null;
  }

  async putPagePrint(disclosureId: number, renderer: string, print: Uint8Array): Promise<void> {
    const bytes = Buffer.from(print);
    // Only beside a stored body (the print was drawn from it).
    await this.db
      .insertInto('page_prints')
      .columns(['disclosure_id', 'renderer', 'print'])
      .expression((eb) =>
        eb
          .selectFrom('page_bodies')
          .select([
            'disclosure_id',
            sql<string>`cast(${renderer} as text)`.as('renderer'),
            sql<Uint8Array>`cast(${bytes} as ${sql.raw(this.blobType)})`.as('print'),
          ])
          .where('disclosure_id', '=', disclosureId),
      )
      .onConflict((oc) =>
        oc.column('disclosure_id').doUpdateSet((eb) => ({
          renderer: eb.ref('excluded.renderer'),
          print: eb.ref('excluded.print'),
        })),
      )
      .execute();
  }

  private get blobType(): string {
    return this.dialect === 'postgres' ? 'bytea' : 'blob';
  }

  exportRows(filter?: ExportFilter) {
    return exportRows(this.db, filter);
  }

  async analyze(): Promise<void> {
    if (this.raw) {
      // Sampled: a bounded number of rows per index, so it stays quick on a large file.
      this.raw.pragma('analysis_limit = 1000');
      this.raw.exec('analyze');
    } else await sql`analyze`.execute(this.db);
  }

  async close(): Promise<void> {
    // Lets SQLite refresh the planner's statistics where they are stale (cheap when not).
    if (this.raw?.open) this.raw.pragma('optimize');
    await this.db.destroy();
  }
}
