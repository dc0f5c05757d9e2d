import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Complaints and reports (投诉举报): submitted by the public (a report may be anonymous) or an enterprise, followed
 * with a tracking code, accepted or refused (complaints), then triaged by the bureau. The complainant's identity
 * lives only here; the cases opened from an item point back to it and show it to their handlers only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  const code = codeCollation(db);
  await withId(db, db.schema.createTable('complaints'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complainant_name', 'text')
    .addColumn('complainant_contact', 'text')
    .addColumn('submitter_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('submitter_user_id', fk, (c) => c.references('users.id'))
    .addColumn('respondent_name', 'text', (c) => c.notNull())
    .addColumn('respondent_address', 'text')
    .addColumn('ip_kind', 'text', (c) => c.notNull())
    .addColumn('right_number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('refused_at', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('triaged_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_reason', 'text')
    .addColumn('forwarded_to', 'text')
    .addColumn('case_id', fk)
    .addColumn('extended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaints_region').on('complaints').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('complaints_submitter').on('complaints').columns(['submitter_org_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaints').execute();
}
