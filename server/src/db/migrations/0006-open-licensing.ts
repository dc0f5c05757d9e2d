import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Open licensing (专利开放许可, Patent Law 2020 arts. 50–52): declarations reviewed by the bureau and
 * published in the catalogue, and the licences obtained under them with their filing numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('open_licence_declarations'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id'))
    .addColumn('patentee_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fee_type', 'text', (c) => c.notNull())
    .addColumn('fee_amount', 'real')
    .addColumn('royalty_rate', 'real')
    .addColumn('payment_method', 'text', (c) => c.notNull())
    .addColumn('term_years', 'integer', (c) => c.notNull())
    .addColumn('other_terms', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_note', 'text')
    .addColumn('submitted_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', fk, (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('old_patent').on('open_licence_declarations').columns(['patent_id', 'status']).execute();
  await db.schema.createIndex('old_status_region').on('open_licence_declarations').columns(['status', 'region_code']).execute();
  await db.schema.createIndex('old_patentee').on('open_licence_declarations').columns(['patentee_org_id']).execute();
  await withId(db, db.schema.createTable('open_licences'))
    .addColumn('declaration_id', fk, (c) => c.notNull().references('open_licence_declarations.id'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id'))
    .addColumn('licensor_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('licensee_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('sme', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fee_agreed', 'real', (c) => c.notNull())
    .addColumn('paid_amount', 'real', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('notice_text', 'text', (c) => c.notNull())
    .addColumn('granted_on', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text', (c) => c.notNull())
    .addColumn('filing_no', 'text', (c) => c.notNull().unique())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ol_declaration').on('open_licences').columns(['declaration_id']).execute();
  await db.schema.createIndex('ol_licensee').on('open_licences').columns(['licensee_org_id']).execute();
  await db.schema.createIndex('ol_region_date').on('open_licences').columns(['region_code', 'granted_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('open_licences').execute();
  await db.schema.dropTable('open_licence_declarations').execute();
}
