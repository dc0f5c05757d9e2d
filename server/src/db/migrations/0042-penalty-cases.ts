import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Administrative penalty cases (行政处罚案件): trademark infringement, counterfeit patent, GI misuse, special marks.
 * From the clue (opened within 15 working days) to the decision (90 days, +30 with approval; hearing, testing and
 * public-notice time not counted: record_clocks and clock_pauses), the fine chosen within the legal range with its
 * reasons, confiscations and the publication of the decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  const code = codeCollation(db);
  await withId(db, db.schema.createTable('penalty_cases'))
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('respondent_name', 'text', (c) => c.notNull())
    .addColumn('respondent_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('complaint_id', fk, (c) => c.references('complaints.id'))
    .addColumn('clue_on', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text')
    .addColumn('hearing_notice_on', 'text')
    .addColumn('proposed_fine', 'real')
    .addColumn('hearing_requested_on', 'text')
    .addColumn('decision_on', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('amount', 'real')
    .addColumn('repeat_offence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fine', 'real')
    .addColumn('fine_reason', 'text')
    .addColumn('confiscated_gains', 'real')
    .addColumn('confiscated_items', 'text')
    .addColumn('published_on', 'text')
    .addColumn('published_where', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penalty_cases_region').on('penalty_cases').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('penalty_cases_status').on('penalty_cases').columns(['status', 'region_code']).execute();
  await db.schema.createIndex('penalty_cases_respondent').on('penalty_cases').columns(['respondent_name', 'decision_on']).execute();
  await db.schema.createIndex('penalty_cases_decision').on('penalty_cases').columns(['decision_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('penalty_cases').execute();
}
