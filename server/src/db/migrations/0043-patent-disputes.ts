import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Patent infringement disputes (专利侵权纠纷行政裁决, Patent Law art. 65): the request with standing and evidence,
 * acceptance (simple or ordinary procedure, criteria answered as data), service, answer, oral hearings, the
 * technical investigator's or expert's opinions, suspension while an invalidation runs (clock_pauses), and the
 * outcome: a decision (the 15 days to sue recorded) or a mediation agreement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  const code = codeCollation(db);
  await withId(db, db.schema.createTable('patent_disputes'))
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('requester_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('requester_name', 'text', (c) => c.notNull())
    .addColumn('standing', 'text', (c) => c.notNull())
    .addColumn('respondent_name', 'text', (c) => c.notNull())
    .addColumn('respondent_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('patent_no', 'text', (c) => c.notNull())
    .addColumn('patent_kind', 'text', (c) => c.notNull())
    .addColumn('claims', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text')
    .addColumn('criteria_json', 'text')
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('refused_reason', 'text')
    .addColumn('served_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('outcome', 'text')
    .addColumn('decision_on', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('stop_order', 'text')
    .addColumn('reasons', 'text')
    .addColumn('sue_by', 'text')
    .addColumn('agreement_on', 'text')
    .addColumn('agreement_summary', 'text')
    .addColumn('confirmation_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patent_disputes_region').on('patent_disputes').columns(['region_code', 'status']).execute();
  await withId(db, db.schema.createTable('dispute_events'))
    .addColumn('dispute_id', fk, (c) => c.notNull().references('patent_disputes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('attachment_id', fk)
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispute_events_dispute').on('dispute_events').columns(['dispute_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dispute_events').execute();
  await db.schema.dropTable('patent_disputes').execute();
}
