import type { Kysely } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

/**
 * Separate consents (单独同意, PIPL art. 29 style) of an enterprise for the bank it applies to to see its IP
 * facts: the wording it agreed to, when, and when and why it was revoked. A revoked consent stays on record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('finance_consents'))
    .addColumn('application_id', fk, (c) => c.notNull().references('finance_applications.id').onDelete('cascade'))
    .addColumn('enterprise_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('bank_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('granted_by', fk, (c) => c.references('users.id'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('revoked_by', fk, (c) => c.references('users.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema.createIndex('finance_consents_app').on('finance_consents').columns(['application_id']).execute();
  await db.schema.createIndex('finance_consents_ent').on('finance_consents').columns(['enterprise_org_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finance_consents').execute();
}
