import type { Executor } from '../../db/database.js';

/** A user with their organisation, as sign-in and the session endpoint need it. */
export async function findUserForLogin(db: Executor, username: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.password_hash',
      'u.role',
      'u.status',
      'u.locked_until',
      'u.must_change_password',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'o.status as org_status',
      'o.region_code',
      'r.full_name as region_name',
    ])
    .where('u.username', '=', username)
    .executeTakeFirst();
}

export async function findUserById(db: Executor, id: number) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.password_hash',
      'u.role',
      'u.must_change_password',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'o.status as org_status',
      'o.region_code',
      'r.full_name as region_name',
    ])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

/** Failed sign-ins for a username since a time. */
export async function countLoginFailures(db: Executor, username: string, sinceIso: string): Promise<number> {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('username', '=', username)
    .where('at', '>=', sinceIso)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Times of a username's failed sign-ins since a time, oldest first. */
export async function loginFailureTimes(db: Executor, username: string, sinceIso: string): Promise<string[]> {
  const rows = await db
    .selectFrom('login_failures')
    .select('at')
    .where('username', '=', username)
    .where('at', '>=', sinceIso)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.at);
}

export async function insertLoginFailure(db: Executor, username: string, ip: string | null, at: string) {
  await db.insertInto('login_failures').values({ username, ip, at }).execute();
}

export async function clearLoginFailures(db: Executor, username: string) {
  await db.deleteFrom('login_failures').where('username', '=', username).execute();
}

export async function deleteSession(db: Executor, idHash: string) {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (logout everywhere, password change, disabling). */
export async function deleteUserSessions(db: Executor, userId: number) {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Changes sign-in facts of a user: lockout, last sign-in, password. */
export async function updateUserRow(
  db: Executor,
  id: number,
  set: { locked_until?: string | null; last_login_at?: string; updated_at?: string; password_hash?: string; must_change_password?: number },
): Promise<void> {
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

/** Ends the user's sessions except the one with `keepIdHash`. */
export async function deleteOtherSessions(db: Executor, userId: number, keepIdHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).execute();
}
