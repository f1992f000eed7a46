// Migrations in order, by name (Kysely runs those not yet applied, in name order).
import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../store.js';
import { initialMigration } from './001-initial.js';
import { pageBodiesMigration } from './002-page-bodies.js';
import { pagePrintsMigration } from './003-page-prints.js';
import { regionTotalsMigration } from './004-region-totals.js';

export function migrations(dialect: StoreDialect): MigrationProvider {
  return {
    getMigrations: async (): Promise<Record<string, Migration>> => ({
      '001-initial': initialMigration(dialect),
      '002-page-bodies': pageBodiesMigration(dialect),
      '003-page-prints': pagePrintsMigration(dialect),
      '004-region-totals': regionTotalsMigration(dialect),
    }),
  };
}
