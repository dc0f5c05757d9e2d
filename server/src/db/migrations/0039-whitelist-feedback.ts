import type { Kysely } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

/**
 * Banks' feedback on a pushed white list (金融机构反馈): per enterprise, contacted, applied, credit granted
 * (amount in yuan) or declined (reason). Each report is a row; the newest per bank and enterprise is its
 * current outcome, the earlier ones are its history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('whitelist_feedback'))
    .addColumn('whitelist_id', fk, (c) => c.notNull().references('whitelists.id'))
    .addColumn('bank_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('amount', 'real')
    .addColumn('reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', fk, (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('whitelist_feedback_list').on('whitelist_feedback').columns(['whitelist_id', 'bank_org_id', 'org_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('whitelist_feedback').execute();
}
