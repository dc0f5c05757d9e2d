import type { Kysely } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

/**
 * Clocks that can be suspended (期限中止/恢复). `record_clocks` keeps a record's statutory clocks that span
 * several steps (a penalty case's 90 days to a decision, a dispute's 3 months), each with its extension granted
 * with approval; `clock_pauses` keeps every suspension of such a clock or of a work item's step clock, with its
 * reason, so the record shows what did not count. A work item whose clock stands still has `clock_paused_on`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('record_clocks'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', fk, (c) => c.notNull())
    .addColumn('clock_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('extended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_reason', 'text')
    .addColumn('due_on', 'text')
    .addColumn('paused_on', 'text')
    .addColumn('stopped_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('record_clocks_record').on('record_clocks').columns(['record_type', 'record_id', 'clock_key']).unique().execute();
  await db.schema.createIndex('record_clocks_due').on('record_clocks').columns(['stopped_on', 'due_on']).execute();
  await withId(db, db.schema.createTable('clock_pauses'))
    .addColumn('clock_kind', 'text', (c) => c.notNull())
    .addColumn('clock_id', fk, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', fk, (c) => c.notNull())
    .addColumn('paused_on', 'text', (c) => c.notNull())
    .addColumn('resumed_on', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clock_pauses_clock').on('clock_pauses').columns(['clock_kind', 'clock_id']).execute();
  await db.schema.createIndex('clock_pauses_record').on('clock_pauses').columns(['record_type', 'record_id']).execute();
  await db.schema.alterTable('work_items').addColumn('clock_paused_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('work_items').dropColumn('clock_paused_on').execute();
  await db.schema.dropTable('clock_pauses').execute();
  await db.schema.dropTable('record_clocks').execute();
}
