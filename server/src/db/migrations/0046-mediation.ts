import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Mediation (调解): the register of mediation organisations (人民调解委员会 and others) and their mediators,
 * and the disputes mediated, from a case (named generically) or directly, to an agreement or a failure,
 * with the judicial confirmation (司法确认, 民事诉讼法 art. 205: the court's case number and date) and
 * arbitration referrals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('mediation_orgs'))
    .addColumn('org_id', fk, (c) => c.notNull().unique().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('registered_by', fk, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('mediators'))
    .addColumn('mediation_org_id', fk, (c) => c.notNull().references('mediation_orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mediators_org').on('mediators').columns(['mediation_org_id']).execute();
  await withId(db, db.schema.createTable('mediations'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('owner_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('mediation_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('mediator_id', fk, (c) => c.references('mediators.id'))
    .addColumn('source_record_type', 'text')
    .addColumn('source_record_id', fk)
    .addColumn('source_case_no', 'text')
    .addColumn('source_title', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('applicant', 'text', (c) => c.notNull())
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('claim', 'real')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('agreed_on', 'text')
    .addColumn('terms', 'text')
    .addColumn('amount', 'real')
    .addColumn('ended_on', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('confirmation_due_on', 'text')
    .addColumn('applied_on', 'text')
    .addColumn('court', 'text')
    .addColumn('court_case_no', 'text')
    .addColumn('court_ruled_on', 'text')
    .addColumn('court_reason', 'text')
    .addColumn('arbitration_commission', 'text')
    .addColumn('arbitration_referred_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mediations_region_status').on('mediations').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('mediations_org').on('mediations').columns(['mediation_org_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mediations').execute();
  await db.schema.dropTable('mediators').execute();
  await db.schema.dropTable('mediation_orgs').execute();
}
