import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { AttachmentTable } from '../db/schema.js';

/** Attachment rows by id. */
export async function findAttachmentsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Links the still unlinked attachments among `ids` to a record's step. */
export async function linkUnlinkedAttachments(
  trx: Executor,
  ids: readonly number[],
  to: { recordType: string; recordId: number; step: string },
): Promise<void> {
  await trx
    .updateTable('attachments')
    .set({ record_type: to.recordType, record_id: to.recordId, step: to.step })
    .where('id', 'in', [...ids])
    .where('record_id', 'is', null)
    .execute();
}

/** Attachments of a record. */
export async function findRecordAttachments(db: Executor, recordType: string, recordId: number) {
  return db.selectFrom('attachments').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('id').execute();
}

/** One attachment. */
export async function findAttachment(db: Executor, id: number) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores an uploaded attachment's row. */
export async function insertAttachment(trx: Executor, row: Insertable<AttachmentTable>) {
  return trx.insertInto('attachments').values(row).returningAll().executeTakeFirstOrThrow();
}
