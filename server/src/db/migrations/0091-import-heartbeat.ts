import type { Kysely } from 'kysely';

/**
 * Import jobs beat a heartbeat (`heartbeat_at`) while they run: at each committed batch and every few
 * seconds in between. A running job whose heartbeat is older than the setting
 * `imports.stale_after_minutes` was killed with its process and is marked 'interrupted'. Jobs written
 * before this migration have no heartbeat; their start time stands in for it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('import_jobs').addColumn('heartbeat_at', 'text').execute();
  await db.schema.createIndex('import_jobs_status').on('import_jobs').column('status').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('import_jobs_status').execute();
  await db.schema.alterTable('import_jobs').dropColumn('heartbeat_at').execute();
}
