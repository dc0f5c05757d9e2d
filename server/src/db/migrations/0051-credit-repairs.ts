import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * The credit module's workflow (信用管理): a listed person's ID number (kept, shown masked), a revocation's
 * reason and date; and repair applications (信用修复申请) with the bureau's decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await db.schema.alterTable('credit_listings').addColumn('subject_id_no', 'text').execute();
  await db.schema.alterTable('credit_listings').addColumn('revoke_reason', 'text').execute();
  await withId(db, db.schema.createTable('credit_repairs'))
    .addColumn('listing_id', fk, (c) => c.notNull().references('credit_listings.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('applied_by', fk, (c) => c.references('users.id'))
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', fk, (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('credit_repairs_listing').on('credit_repairs').column('listing_id').execute();
  await db.schema.createIndex('credit_repairs_region').on('credit_repairs').columns(['region_code', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credit_repairs').execute();
  await db.schema.alterTable('credit_listings').dropColumn('revoke_reason').execute();
  await db.schema.alterTable('credit_listings').dropColumn('subject_id_no').execute();
}
