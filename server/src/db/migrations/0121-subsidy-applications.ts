import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Interest-subsidy applications (贴息申报): the loan's facts, the policy chosen (its key and the rule as it stood,
 * so a later edit never changes a past computation), the computation line by line, the bureau's review, and
 * an optional link to the finance module's financing application (no foreign key: that module is separate).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('subsidy_applications'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('policy_key', 'text', (c) => c.notNull())
    .addColumn('policy_rule', 'text', (c) => c.notNull())
    .addColumn('financing_application_id', fk)
    .addColumn('bank', 'text', (c) => c.notNull())
    .addColumn('principal', 'real', (c) => c.notNull())
    .addColumn('rate_pct', 'real', (c) => c.notNull())
    .addColumn('contract_date', 'text', (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('interest_from', 'text', (c) => c.notNull())
    .addColumn('interest_to', 'text', (c) => c.notNull())
    .addColumn('interest_paid', 'real', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('subsidy_year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('computation', 'text', (c) => c.notNull())
    .addColumn('computed_amount', 'real')
    .addColumn('approved_amount', 'real')
    .addColumn('batch_id', fk)
    .addColumn('review_note', 'text')
    .addColumn('submitted_by', fk)
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', fk)
    .addColumn('reviewed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subsidy_applications_org').on('subsidy_applications').columns(['org_id', 'subsidy_year']).execute();
  await db.schema.createIndex('subsidy_applications_region').on('subsidy_applications').columns(['region_code', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subsidy_applications').execute();
}
