import type { Kysely } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

/**
 * The official holiday calendar (节假日安排) in the database: one row per date that differs from the
 * Monday–Friday week — a public holiday, or a make-up working day (调休上班) — with the holiday's name,
 * the source (the State Council General Office's notice and its number, or 'chinese-days' for years
 * seeded from the package at start-up) and who entered it. A year is arranged when it has rows.
 *
 * Work items keep the clock they were opened with (start date, days, unit), so their due dates can be
 * recounted when an administrator enters a year they reached into.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('holiday_calendar'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', fk, (c) => c.references('users.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('holiday_calendar_year').on('holiday_calendar').column('year').execute();
  await db.schema.alterTable('work_items').addColumn('clock_start', 'text').execute();
  await db.schema.alterTable('work_items').addColumn('clock_days', 'integer').execute();
  await db.schema.alterTable('work_items').addColumn('clock_unit', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('work_items').dropColumn('clock_unit').execute();
  await db.schema.alterTable('work_items').dropColumn('clock_days').execute();
  await db.schema.alterTable('work_items').dropColumn('clock_start').execute();
  await db.schema.dropTable('holiday_calendar').execute();
}
