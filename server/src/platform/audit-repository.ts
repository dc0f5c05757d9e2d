import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { AuditLogTable } from '../db/schema.js';

/** Appends an audit row. */
export async function insertAuditRow(trx: Executor, row: Insertable<AuditLogTable>): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
}

/** A record's audit rows, oldest first (its step history). */
export async function findAuditHistory(db: Executor, entityType: string, id: number) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'actor_username'])
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();
}

/** The newest audit row's id: moves with every change made through mutate() (a cheap version of "anything changed"). */
export async function latestAuditId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}
