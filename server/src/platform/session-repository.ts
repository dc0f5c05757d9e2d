import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { SessionTable } from '../db/schema.js';

/** A new session row. */
export async function insertSession(db: Executor, row: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session with that token hash, with its user and organisation. */
export async function findSessionActor(db: Executor, idHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select([
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.status as user_status',
      'u.must_change_password',
      'o.id as org_id',
      'o.kind as org_kind',
      'o.status as org_status',
      'o.region_code',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
}

/** Ends a session. */
export async function deleteSessionByHash(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Notes that the session was used. */
export async function touchSession(db: Executor, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}
