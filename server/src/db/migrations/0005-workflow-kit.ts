import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * The workflow kit: work items (待我处理 — one open step of a record, who must act and by when) and
 * attachments (stored once per content hash, linked to a record and a workflow step).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('work_items'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', fk, (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('assignee_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('assignee_permission', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('notified', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('work_items_record').on('work_items').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('work_items_open').on('work_items').columns(['closed_at', 'region_code']).execute();
  await withId(db, db.schema.createTable('attachments'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text')
    .addColumn('record_id', fk)
    .addColumn('step', 'text')
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('uploaded_by', fk, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_record').on('attachments').columns(['record_type', 'record_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
  await db.schema.dropTable('work_items').execute();
}
