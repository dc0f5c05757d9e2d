import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Exhibition IP protection (展会知识产权保护办法): the register of fairs (an edition of a series, its organiser,
 * dates and complaint desk), exhibit filings (报备), non-infringement commitments (不侵权承诺), on-site complaints
 * with their clock (received/due/handled timestamps) and the bars on repeat infringers. Records are kept at
 * least 3 years: no route deletes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('fairs'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('organiser_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('desk_required', 'integer', (c) => c.notNull())
    .addColumn('desk_location', 'text')
    .addColumn('desk_contact', 'text')
    .addColumn('desk_created_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', fk, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fairs_series_edition').on('fairs').columns(['series', 'edition']).unique().execute();
  await db.schema.createIndex('fairs_region').on('fairs').columns(['region_code', 'starts_on']).execute();

  await withId(db, db.schema.createTable('fair_exhibit_filings'))
    .addColumn('fair_id', fk, (c) => c.notNull().references('fairs.id'))
    .addColumn('exhibitor_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('exhibit_name', 'text', (c) => c.notNull())
    .addColumn('booth', 'text')
    .addColumn('filed_by', fk, (c) => c.references('users.id'))
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fair_filings_unique').on('fair_exhibit_filings').columns(['fair_id', 'exhibitor_org_id', 'patent_id']).unique().execute();
  await db.schema.createIndex('fair_filings_exhibitor').on('fair_exhibit_filings').column('exhibitor_org_id').execute();

  await withId(db, db.schema.createTable('fair_commitments'))
    .addColumn('fair_id', fk, (c) => c.notNull().references('fairs.id'))
    .addColumn('exhibitor_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('signed_by', fk, (c) => c.references('users.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fair_commitments_unique').on('fair_commitments').columns(['fair_id', 'exhibitor_org_id']).unique().execute();

  await withId(db, db.schema.createTable('fair_complaints'))
    .addColumn('fair_id', fk, (c) => c.notNull().references('fairs.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('respondent_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('complainant', 'text', (c) => c.notNull())
    .addColumn('right_no', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('passed_to', 'text')
    .addColumn('outcome', 'text')
    .addColumn('measures_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('received_by', fk, (c) => c.references('users.id'))
    .addColumn('handled_by', fk, (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('fair_complaints_fair').on('fair_complaints').column('fair_id').execute();
  await db.schema.createIndex('fair_complaints_region').on('fair_complaints').columns(['region_code', 'received_at']).execute();

  await withId(db, db.schema.createTable('fair_bars'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('exhibitor_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_from_fair_id', fk, (c) => c.references('fairs.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fair_bars_unique').on('fair_bars').columns(['series', 'edition', 'exhibitor_org_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['fair_bars', 'fair_complaints', 'fair_commitments', 'fair_exhibit_filings', 'fairs']) await db.schema.dropTable(t).execute();
}
