import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Proactive reminders (主动提醒, #16 §2).
 * - `annual_fee_schedule`: the annual-fee table as data (a setting: bands per patent type, yuan per year, the
 *   source and whether the band was checked), seeded from CNIPA's fee schedule as `domain-rules.md` records it;
 *   design years 11–15 are not verified there and are marked so.
 * - `reminder_items`: one row per thing the platform reminds an enterprise of (an annual fee year of a patent, a
 *   pledge or licence ending), keyed by `subject_key`, its stage (90/30/7 days, grace), and the work item it opens.
 * - `lapse_reminders`: reminders bureau staff sent about a high-value patent whose fee is overdue.
 * - `reminder_digests`: the weekly digest per enterprise (in-app, and e-mailed when SMTP is configured).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('annual_fee_schedule'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_year', 'integer', (c) => c.notNull())
    .addColumn('to_year', 'integer', (c) => c.notNull())
    .addColumn('fee_yuan', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('verified', 'integer', (c) => c.notNull())
    .execute();
  const src = '国家知识产权局专利收费标准（domain-rules.md“Annual fees”）';
  const bands: [string, number, number, number, number][] = [
    ['invention', 1, 3, 900, 1],
    ['invention', 4, 6, 1200, 1],
    ['invention', 7, 9, 2000, 1],
    ['invention', 10, 12, 4000, 1],
    ['invention', 13, 15, 6000, 1],
    ['invention', 16, 20, 8000, 1],
    ['utility', 1, 3, 600, 1],
    ['utility', 4, 5, 900, 1],
    ['utility', 6, 8, 1200, 1],
    ['utility', 9, 10, 2000, 1],
    ['design', 1, 3, 600, 1],
    ['design', 4, 5, 900, 1],
    ['design', 6, 8, 1200, 1],
    ['design', 9, 10, 2000, 1],
    // Designs filed from 2021-06-01 run 15 years; domain-rules.md does not verify years 11–15. 3,000 is the
    // figure commonly published for them: kept as an unverified setting until checked against CNIPA's schedule.
    ['design', 11, 15, 3000, 0],
  ];
  await (db as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto('annual_fee_schedule')
    .values(bands.map(([kind, from, to, fee, verified]) => ({ kind, from_year: from, to_year: to, fee_yuan: fee, source: src, verified })))
    .execute();

  await withId(db, db.schema.createTable('reminder_items'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull().unique())
    .addColumn('patent_id', fk)
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('ri_org_open').on('reminder_items').columns(['org_id', 'closed_at']).execute();

  await withId(db, db.schema.createTable('lapse_reminders'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id'))
    .addColumn('fee_year', 'integer', (c) => c.notNull())
    .addColumn('sender_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('sent_by', fk, (c) => c.notNull().references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('lr_patent').on('lapse_reminders').columns(['patent_id', 'sent_at']).execute();

  await withId(db, db.schema.createTable('reminder_digests'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('emailed_to', 'text')
    .addColumn('emailed_at', 'text')
    .addUniqueConstraint('rd_org_week', ['org_id', 'week'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['reminder_digests', 'lapse_reminders', 'reminder_items', 'annual_fee_schedule']) await db.schema.dropTable(t).execute();
}
