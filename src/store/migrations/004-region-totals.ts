// region_totals (see src/store/region-totals.ts): aggregate's lines kept summed per year, kind
// and region, filled here from the latest versions already stored. function_totals' covering
// index for aggregate (002) goes: nothing reads through it any more, and every save paid for it.
import { sql, type Kysely, type Migration } from 'kysely';
import { applyRegionTotals } from '../region-totals.js';
import type { StoreDialect } from '../store.js';

type Db = Kysely<unknown>;

export function regionTotalsMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('region_totals')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        // '' for departments without a region.
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('row_code', 'text', (c) => c.notNull())
        .addColumn('row_level', 'text', (c) => c.notNull())
        .addColumn('row_name', 'text', (c) => c.notNull())
        .addColumn('wan_cents', 'bigint', (c) => c.notNull())
        .addColumn('yuan_cents', 'bigint', (c) => c.notNull())
        .addColumn('yuan_lines', 'integer', (c) => c.notNull())
        .addColumn('disclosures', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('region_totals_pk', [
          'year',
          'kind',
          'region',
          'row_code',
          'row_level',
        ])
        .execute();
      await applyRegionTotals(
        db,
        dialect,
        sql`select id from disclosures where is_latest = 1 and year is not null`,
        1,
      );
      await db.schema.dropIndex('function_totals_aggregate').execute();
    },
    async down(db: Db) {
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
      await db.schema.dropTable('region_totals').ifExists().execute();
    },
  };
}
