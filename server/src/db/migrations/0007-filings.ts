import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Filings (备案): transfer and licence contracts, patent products and patent-intensive products, each
 * with the patents it covers; reviewed by the bureau, approved ones carry a filing number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('filings'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('counterparty', 'text')
    .addColumn('licence_kind', 'text')
    .addColumn('amount', 'real')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_note', 'text')
    .addColumn('filing_no', 'text', (c) => c.unique())
    .addColumn('submitted_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', fk, (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('filings_org').on('filings').columns(['org_id', 'status']).execute();
  await db.schema.createIndex('filings_region').on('filings').columns(['status', 'region_code']).execute();
  await db.schema
    .createTable('filing_patents')
    .addColumn('filing_id', fk, (c) => c.notNull().references('filings.id').onDelete('cascade'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id'))
    .addPrimaryKeyConstraint('filing_patents_pk', ['filing_id', 'patent_id'])
    .execute();
  await db.schema.createIndex('filing_patents_patent').on('filing_patents').columns(['patent_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('filing_patents').execute();
  await db.schema.dropTable('filings').execute();
}
