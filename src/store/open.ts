// openStore: pick the database from a URL, connect, migrate to the latest schema.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { Store, StoreDialect } from './store.js';

export const DEFAULT_DB_FILE = 'yusuan.db';

export interface StoreTarget {
  dialect: StoreDialect;
  /** SQLite: a file path or :memory:; PostgreSQL: the connection URL. */
  location: string;
}

/**
 * Where `url` points: undefined → DATABASE_URL, else yusuan.db; postgres:// or postgresql:// →
 * PostgreSQL; sqlite:PATH, :memory: or a plain path → SQLite.
 */
export function storeTarget(url?: string, env: NodeJS.ProcessEnv = process.env): StoreTarget {
  const given = url ?? (env.DATABASE_URL || undefined) ?? DEFAULT_DB_FILE;
  if (/^postgres(ql)?:\/\//i.test(given)) return { dialect: 'postgres', location: given };
  const path = given.replace(/^sqlite:(\/\/)?/i, '');
  if (!path) throw new Error(`no database file in "${given}"`);
  return { dialect: 'sqlite', location: path };
}

// int8 and numeric arrive as text from pg; the store only holds integers that fit a double
// exactly (cents), so convert them, refusing anything that would lose precision.
function exactNumber(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an exact integer: ${text}`);
  return n;
}
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return exactNumber;
    return pg.types.getTypeParser(oid, format);
  },
};

/** Statements kept for reuse, at most this many (bulk inserts make one SQL text per row count). */
const STATEMENT_CACHE = 500;

/**
 * better-sqlite3 as Kysely sees it, with each statement prepared once per SQL text: Kysely
 * prepares every query anew, which was a tenth of a cold page request's CPU. A statement is
 * only busy while iterated (Kysely's stream(), which the store does not use).
 */
function reusingStatements(raw: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE) statements.clear();
        statements.set(text, (statement = raw.prepare(text)));
      }
      return statement;
    },
  };
}

function sqliteDb(location: string): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  const raw = new BetterSqlite3(location);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): index pages stay in memory as the file grows.
  raw.pragma('cache_size = -65536');
  // Checkpoint (and fsync) every 32 MiB of WAL rather than 4 MiB: an import writes ~350 KB, and
  // the fsyncs were a third of its time on this machine's disk.
  raw.pragma('wal_autocheckpoint = 8192');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(raw) }) }),
    raw,
  };
}

function postgresDb(location: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: location, types: pgTypes, max: 10 });
  // An idle connection dropped by the server must not crash the process: the next query fails
  // with its own error instead.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens (creating and migrating when needed) the store `url` names; see storeTarget. */
export async function openStore(url?: string): Promise<Store> {
  const target = storeTarget(url);
  const fail = (err: unknown) =>
    new Error(`cannot open the database (${target.dialect}): ${(err as Error).message}`, {
      cause: err,
    });
  let sqlite: ReturnType<typeof sqliteDb> | undefined;
  try {
    sqlite = target.dialect === 'sqlite' ? sqliteDb(target.location) : undefined;
  } catch (err) {
    throw fail(err);
  }
  const db = sqlite ? sqlite.db : postgresDb(target.location);
  try {
    const { error } = await new Migrator({
      db,
      provider: migrations(target.dialect),
    }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
  } catch (err) {
    await db.destroy();
    throw fail(err);
  }
  return new KyselyStore(db, target.dialect, sqlite?.raw);
}
