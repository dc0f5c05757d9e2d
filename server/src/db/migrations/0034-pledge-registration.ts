import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Pledge registration (质押登记, issue #13 §5): the joint application of pledgor and pledgee, the rights it
 * pledges, and the authority's outcome (its number and date). Trademarks gain a legal-status history of their own
 * (trademark_events) and a typed pledge register (trademark_pledges), kept like the patents' (patent_events,
 * patent_pledges).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('pledge_applications'))
    .addColumn('asset_kind', 'text', (c) => c.notNull())
    .addColumn('pledgor_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('pledgee_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c).notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contract_no', 'text', (c) => c.notNull())
    .addColumn('secured_amount', 'double precision', (c) => c.notNull())
    .addColumn('loan_amount', 'double precision', (c) => c.notNull())
    .addColumn('debt_starts_on', 'text', (c) => c.notNull())
    .addColumn('debt_ends_on', 'text', (c) => c.notNull())
    // The finance module's financing application this pledge secures (no foreign key: another module's table).
    .addColumn('financing_application_id', fk)
    .addColumn('pledgor_confirmed_at', 'text')
    .addColumn('pledgor_confirmed_by', fk, (c) => c.references('users.id'))
    .addColumn('pledgee_confirmed_at', 'text')
    .addColumn('pledgee_confirmed_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('authority', 'text')
    .addColumn('authority_name', 'text')
    .addColumn('registration_no', 'text')
    .addColumn('registered_on', 'text')
    .addColumn('refusal_no', 'text')
    .addColumn('refused_on', 'text')
    .addColumn('refusal_rule', 'text')
    .addColumn('refusal_note', 'text')
    .addColumn('release_no', 'text')
    .addColumn('released_on', 'text')
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pledge_applications_pledgor').on('pledge_applications').columns(['pledgor_org_id', 'status']).execute();
  await db.schema.createIndex('pledge_applications_pledgee').on('pledge_applications').columns(['pledgee_org_id', 'status']).execute();
  await db.schema.createIndex('pledge_applications_region').on('pledge_applications').columns(['region_code', 'status']).execute();
  await db.schema
    .createTable('pledge_application_assets')
    .addColumn('application_id', fk, (c) => c.notNull().references('pledge_applications.id').onDelete('cascade'))
    .addColumn('patent_id', fk, (c) => c.references('patents.id'))
    .addColumn('trademark_id', fk, (c) => c.references('trademarks.id'))
    .execute();
  await db.schema.createIndex('pledge_application_assets_app').on('pledge_application_assets').columns(['application_id']).execute();
  await db.schema.createIndex('pledge_application_assets_patent').on('pledge_application_assets').columns(['patent_id']).execute();
  await db.schema.createIndex('pledge_application_assets_tm').on('pledge_application_assets').columns(['trademark_id']).execute();

  await withId(db, db.schema.createTable('trademark_events'))
    .addColumn('trademark_id', fk, (c) => c.notNull().references('trademarks.id').onDelete('cascade'))
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('authority_no', 'text')
    .addColumn('authority_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trademark_events_identity').on('trademark_events').columns(['trademark_id', 'kind', 'event_date', 'summary']).unique().execute();
  await withId(db, db.schema.createTable('trademark_pledges'))
    .addColumn('trademark_id', fk, (c) => c.notNull().references('trademarks.id').onDelete('cascade'))
    .addColumn('event_id', fk, (c) => c.references('trademark_events.id').onDelete('set null'))
    .addColumn('pledgor', 'text')
    .addColumn('pledgee', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('CNY'))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('authority_no', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trademark_pledges_tm').on('trademark_pledges').columns(['trademark_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trademark_pledges').execute();
  await db.schema.dropTable('trademark_events').execute();
  await db.schema.dropTable('pledge_application_assets').execute();
  await db.schema.dropTable('pledge_applications').execute();
}
