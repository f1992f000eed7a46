// Editors and their sessions. Hashing passwords and tokens is the caller's job: only hashes
// reach the database.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { UserRole, UserRow, UserWithHash } from './store.js';

type Db = Kysely<Database>;

const toUser = (r: { id: number; name: string; role: string; created_at: string }): UserRow => ({
  id: r.id,
  name: r.name,
  role: r.role as UserRole,
  createdAt: r.created_at,
});

export async function createUser(
  db: Db,
  name: string,
  passwordHash: string,
  role: UserRole,
): Promise<UserRow> {
  const row = await db
    .insertInto('users')
    .values({ name, password_hash: passwordHash, role, created_at: new Date().toISOString() })
    .returning(['id', 'name', 'role', 'created_at'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function userByName(db: Db, name: string): Promise<UserWithHash | null> {
  const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export async function createSession(
  db: Db,
  userId: number,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      expires_at: expiresAt.toISOString(),
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function sessionUser(db: Db, tokenHash: string): Promise<UserRow | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.role', 'u.created_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
