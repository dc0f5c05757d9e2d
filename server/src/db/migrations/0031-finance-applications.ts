import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Financing applications (融资申请, #13 §3): an enterprise applies to a bank for a listed product, offering its
 * own patents or trademarks as collateral; the bank accepts or returns it, records a valuation, approves or
 * declines, and records the disbursement. `live_key` (product:enterprise while the application is live, else
 * NULL) is unique, so two live applications for one product cannot both be written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('finance_applications'))
    .addColumn('product_id', fk, (c) => c.notNull().references('finance_products.id'))
    .addColumn('product_version', 'integer', (c) => c.notNull())
    .addColumn('enterprise_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('bank_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('live_key', 'text')
    .addColumn('amount', 'real', (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('collateral', 'text', (c) => c.notNull())
    .addColumn('submitted_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('valuation_method', 'text')
    .addColumn('valuation_value', 'real')
    .addColumn('valuation_appraiser', 'text')
    .addColumn('valued_on', 'text')
    .addColumn('valuation_attachment_id', fk)
    .addColumn('approved_amount', 'real')
    .addColumn('approved_rate', 'real')
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text')
    .addColumn('disbursed_amount', 'real')
    .addColumn('disbursed_on', 'text')
    .addColumn('contract_no', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('finance_applications_live').on('finance_applications').column('live_key').unique().execute();
  await db.schema.createIndex('finance_applications_region').on('finance_applications').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('finance_applications_bank').on('finance_applications').columns(['bank_org_id', 'status']).execute();
  await db.schema.createIndex('finance_applications_ent').on('finance_applications').columns(['enterprise_org_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finance_applications').execute();
}
