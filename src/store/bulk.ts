// Bulk inserts inside a save's transaction. On SQLite, rows go through one cached prepared
// statement per table on the same connection Kysely's transaction runs on (a row is a few
// microseconds; a multi-row statement built by Kysely costs more to compile than to run). On
// PostgreSQL, multi-row INSERTs of a few thousand values each.
import type BetterSqlite3 from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface BulkWriter {
  insert(
    table: keyof Database | 'search_fts',
    rows: readonly Record<string, unknown>[],
  ): Promise<void>;
  /** Inserts rows into a table with an id column and returns their ids, in order. */
  insertIds(table: 'search_text', rows: readonly Record<string, unknown>[]): Promise<number[]>;
}

// Both dialects take ≥ 32,766 bound values per statement; stay well below.
const MAX_PARAMS = 8000;

export function kyselyBulk(tx: Transaction<Database>): BulkWriter {
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length));
      for (let i = 0; i < rows.length; i += per)
        await tx
          .insertInto(table as keyof Database)
          // Rows come from rows.ts, typed per table there.
          .values(rows.slice(i, i + per) as never)
          .execute();
    },
    async insertIds(table, rows) {
      if (rows.length === 0) return [];
      const out = await tx
        .insertInto(table)
        .values(rows as never)
        .returning('id')
        .execute();
      return out.map((r) => r.id);
    },
  };
}

export function sqliteBulk(raw: BetterSqlite3.Database): BulkWriter {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const statement = (table: string, cols: string[]) => {
    const key = `${table}(${cols.join(',')})`;
    let stmt = cache.get(key);
    if (!stmt) {
      // Table and column names come from our own row builders, never from input.
      const names = cols.map((c) => `"${c}"`).join(', ');
      stmt = raw.prepare(
        `insert into ${table} (${names}) values (${cols.map(() => '?').join(', ')})`,
      );
      cache.set(key, stmt);
    }
    return stmt;
  };
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const cols = Object.keys(rows[0]!);
      const stmt = statement(table, cols);
      for (const r of rows) stmt.run(cols.map((c) => r[c] ?? null));
    },
    async insertIds(table, rows) {
      if (rows.length === 0) return [];
      const cols = Object.keys(rows[0]!);
      const stmt = statement(table, cols);
      return rows.map((r) => Number(stmt.run(cols.map((c) => r[c] ?? null)).lastInsertRowid));
    },
  };
}
