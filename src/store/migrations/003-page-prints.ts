// Whole disclosure pages as readers who are not signed in get them, gzip-compressed ("prints"):
// a cold request is then one indexed read of ~20 KB sent as it is, instead of two queries, a
// 150 KB body and the header drawn per request. A table of their own, not columns beside the
// body: SQLite would walk the body's overflow pages to reach a column stored after it.
// A print names what drew it (renderer version and the portal's download options); saving a
// newer version of the series deletes the older versions' prints, whose headers list versions.
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../store.js';

type Db = Kysely<unknown>;

export function pagePrintsMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('page_prints')
        .addColumn('disclosure_id', 'integer', (c) =>
          c.primaryKey().references('disclosures.id').onDelete('cascade'),
        )
        .addColumn('renderer', 'text', (c) => c.notNull())
        .addColumn('print', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropTable('page_prints').ifExists().execute();
    },
  };
}
