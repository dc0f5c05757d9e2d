import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Referral between administration and criminal justice (行刑衔接, 行政执法机关移送涉嫌犯罪案件的规定 2020), both
 * ways: the bureau's referral to the police (decision, 24-hour handover, the police decision, reconsideration,
 * the procuratorate's supervision) and the procuratorate's reverse referral (反向移送) of a case it did not
 * prosecute. The source case is named generically (type, id, number and title copied at creation).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('referrals'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('owner_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('source_record_type', 'text')
    .addColumn('source_record_id', fk)
    .addColumn('source_case_no', 'text')
    .addColumn('source_title', 'text')
    .addColumn('offence', 'text', (c) => c.notNull())
    .addColumn('case_value', 'real')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('police_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('procuratorate_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('linked_referral_id', fk, (c) => c.references('referrals.id'))
    .addColumn('proposed_by', fk, (c) => c.references('users.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('head_due_on', 'text')
    .addColumn('head_decided_at', 'text')
    .addColumn('head_note', 'text')
    .addColumn('handover_due_at', 'text')
    .addColumn('handed_over_at', 'text')
    .addColumn('police_due_on', 'text')
    .addColumn('police_decided_at', 'text')
    .addColumn('police_decision', 'text')
    .addColumn('police_doc_no', 'text')
    .addColumn('police_doc_date', 'text')
    .addColumn('police_reason', 'text')
    .addColumn('reconsider_due_on', 'text')
    .addColumn('reconsider_requested_at', 'text')
    .addColumn('reconsider_reason', 'text')
    .addColumn('reconsider_decision_due_on', 'text')
    .addColumn('reconsider_decided_at', 'text')
    .addColumn('suggest_due_on', 'text')
    .addColumn('suggested_at', 'text')
    .addColumn('supervision_doc_no', 'text')
    .addColumn('supervision_doc_date', 'text')
    .addColumn('non_prosecution_no', 'text')
    .addColumn('non_prosecution_date', 'text')
    .addColumn('received_at', 'text')
    .addColumn('bureau_case_no', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('penalty_decision_no', 'text')
    .addColumn('penalty_decision_date', 'text')
    .addColumn('fines', 'real')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referrals_region_status').on('referrals').columns(['region_code', 'direction', 'status']).execute();
  await db.schema.createIndex('referrals_owner').on('referrals').columns(['owner_org_id']).execute();
  await db.schema.createIndex('referrals_source').on('referrals').columns(['source_record_type', 'source_record_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('referrals').execute();
}
