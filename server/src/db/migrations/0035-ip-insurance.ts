import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * IP insurance policies with their covered rights and claims, and securitization deals with their underlying
 * patents or licences, originators and tranches (issue #13 §7).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('ip_insurance_policies'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('policy_no', 'text', (c) => c.notNull())
    .addColumn('insurer_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('insured_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c).notNull())
    .addColumn('sum_insured', 'double precision', (c) => c.notNull())
    .addColumn('premium', 'double precision', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', fk, (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ip_insurance_policies_no').on('ip_insurance_policies').columns(['insurer_org_id', 'policy_no']).unique().execute();
  await db.schema.createIndex('ip_insurance_policies_region').on('ip_insurance_policies').columns(['region_code', 'starts_on']).execute();
  await db.schema.createIndex('ip_insurance_policies_insured').on('ip_insurance_policies').columns(['insured_org_id']).execute();
  await db.schema
    .createTable('ip_insurance_rights')
    .addColumn('policy_id', fk, (c) => c.notNull().references('ip_insurance_policies.id').onDelete('cascade'))
    .addColumn('patent_id', fk, (c) => c.references('patents.id'))
    .addColumn('trademark_id', fk, (c) => c.references('trademarks.id'))
    .execute();
  await db.schema.createIndex('ip_insurance_rights_policy').on('ip_insurance_rights').columns(['policy_id']).execute();
  await withId(db, db.schema.createTable('ip_insurance_claims'))
    .addColumn('policy_id', fk, (c) => c.notNull().references('ip_insurance_policies.id').onDelete('cascade'))
    .addColumn('loss_on', 'text', (c) => c.notNull())
    .addColumn('amount_claimed', 'double precision', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('amount_paid', 'double precision')
    .addColumn('settled_on', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ip_insurance_claims_policy').on('ip_insurance_claims').columns(['policy_id']).execute();

  await withId(db, db.schema.createTable('ip_securitizations'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c).notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('licence_refs', 'text', (c) => c.notNull())
    .addColumn('tranches', 'text', (c) => c.notNull())
    .addColumn('recorded_by', fk, (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ip_securitizations_region').on('ip_securitizations').columns(['region_code', 'issued_on']).execute();
  await db.schema
    .createTable('ip_securitization_assets')
    .addColumn('deal_id', fk, (c) => c.notNull().references('ip_securitizations.id').onDelete('cascade'))
    .addColumn('patent_id', fk, (c) => c.references('patents.id'))
    .addColumn('org_id', fk, (c) => c.references('organisations.id'))
    .execute();
  await db.schema.createIndex('ip_securitization_assets_deal').on('ip_securitization_assets').columns(['deal_id']).execute();
  await db.schema.createIndex('ip_securitization_assets_org').on('ip_securitization_assets').columns(['org_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ip_securitization_assets').execute();
  await db.schema.dropTable('ip_securitizations').execute();
  await db.schema.dropTable('ip_insurance_claims').execute();
  await db.schema.dropTable('ip_insurance_rights').execute();
  await db.schema.dropTable('ip_insurance_policies').execute();
}
