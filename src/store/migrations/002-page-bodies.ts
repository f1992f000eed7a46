// Pre-rendered disclosure page bodies (a stored version never changes, so its page is drawn once),
// and 功能分类 类/款 totals per latest disclosure with the columns aggregate filters on, so that
// the aggregate reads one covering index instead of joining table_facts. Same on both dialects.
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../store.js';

type Db = Kysely<unknown>;

export function pageBodiesMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('page_bodies')
        .addColumn('disclosure_id', 'integer', (c) =>
          c.primaryKey().references('disclosures.id').onDelete('cascade'),
        )
        // Which renderer drew it: another version is stale and is drawn again on request.
        .addColumn('renderer', 'text', (c) => c.notNull())
        // UTF-8 bytes: sent as they are read (a 150 KB text column costs ~1 ms to decode and
        // encode again per request; the bytes, ~0.1 ms).
        .addColumn('body', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('function_totals')
        .addColumn('disclosure_id', 'integer', (c) =>
          c.notNull().references('disclosures.id').onDelete('cascade'),
        )
        .addColumn('department_id', 'integer', (c) => c.notNull())
        .addColumn('year', 'integer')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('row_code', 'text', (c) => c.notNull())
        .addColumn('row_level', 'text', (c) => c.notNull())
        .addColumn('row_name', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('function_totals_pk', ['disclosure_id', 'row_code'])
        .execute();
      // Covers aggregate: one year and kind (and region), every column it reads.
      await db.schema
        .createIndex('function_totals_aggregate')
        .on('function_totals')
        .columns([
          'year',
          'kind',
          'region',
          'row_code',
          'row_level',
          'unit',
          'amount_cents',
          'department_id',
          'row_name',
        ])
        .execute();
      // Rows of disclosures stored before this migration, latest versions only.
      await sql`
        insert into function_totals
          (disclosure_id, department_id, year, kind, region, row_code, row_level, row_name, unit, amount_cents)
        select f.disclosure_id, d.department_id, d.year, d.kind, p.region, f.row_code,
               min(f.row_level), min(f.row_name), min(f.unit), sum(f.amount_cents)
        from table_facts f
        join disclosures d on d.id = f.disclosure_id and f.table_kind = d.function_table
        join departments p on p.id = d.department_id
        where d.is_latest = 1 and f.col = 'total' and f.row_level in ('类', '款')
          and f.row_code is not null
        group by f.disclosure_id, d.department_id, d.year, d.kind, p.region, f.row_code`.execute(
        db,
      );
    },
    async down(db: Db) {
      await db.schema.dropTable('function_totals').ifExists().execute();
      await db.schema.dropTable('page_bodies').ifExists().execute();
    },
  };
}
