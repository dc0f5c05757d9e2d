import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Outreach services (#16 §6): service outlets and the trademark window's business log; trainings and events with
 * registrations and attendance; enterprise visits (三问两送) and the needs they collect, each with its department,
 * response clock, answer and the enterprise's satisfaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('outreach_outlets'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('outreach_window_log'))
    .addColumn('outlet_id', fk, (c) => c.notNull().references('outreach_outlets.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('applicant', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', fk)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_window_log_outlet').on('outreach_window_log').columns(['outlet_id', 'on_date']).execute();
  await withId(db, db.schema.createTable('outreach_trainings'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('organiser', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_trainings_region').on('outreach_trainings').columns(['region_code', 'held_on']).execute();
  await withId(db, db.schema.createTable('outreach_registrations'))
    .addColumn('training_id', fk, (c) => c.notNull().references('outreach_trainings.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull())
    .addColumn('attended', 'integer')
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_registrations_once', ['training_id', 'org_id'])
    .execute();
  await withId(db, db.schema.createTable('outreach_visits'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('visitors', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('recorded_by', fk)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('outreach_needs'))
    .addColumn('visit_id', fk, (c) => c.notNull().references('outreach_visits.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by', fk)
    .addColumn('satisfaction', 'integer')
    .addColumn('satisfaction_comment', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_needs_region').on('outreach_needs').columns(['region_code', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['outreach_needs', 'outreach_visits', 'outreach_registrations', 'outreach_trainings', 'outreach_window_log', 'outreach_outlets']) {
    await db.schema.dropTable(t).execute();
  }
}
