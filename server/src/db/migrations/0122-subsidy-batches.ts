import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Subsidy batches (贴息批次): applications approved on review, gathered by the bureau, approved together, then
 * paid; each payment is a disbursement record (拨付记录: amount, date, the payment's reference).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('subsidy_batches'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', fk)
    .addColumn('approved_by', fk)
    .addColumn('approved_at', 'text')
    .addColumn('approval_no', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('subsidy_disbursements'))
    .addColumn('batch_id', fk, (c) => c.notNull().references('subsidy_batches.id'))
    .addColumn('application_id', fk, (c) => c.notNull().references('subsidy_applications.id').unique())
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('amount', 'real', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('created_by', fk)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subsidy_disbursements_paid').on('subsidy_disbursements').columns(['region_code', 'paid_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subsidy_disbursements').execute();
  await db.schema.dropTable('subsidy_batches').execute();
}
