import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Assistance requests (海外纠纷求助) of enterprises — triaged and assigned to an expert or a workstation, a
 * response clock, a closing summary and the enterprise's satisfaction — and staff's early warnings (预警).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('overseas_requests'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('opponent', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('submitted_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('expert_id', fk, (c) => c.references('overseas_experts.id'))
    .addColumn('workstation_id', fk, (c) => c.references('overseas_workstations.id'))
    .addColumn('assigned_at', 'text')
    .addColumn('assigned_on', 'text')
    .addColumn('response_due_on', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('responded_on', 'text')
    .addColumn('response', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closing_summary', 'text')
    .addColumn('satisfaction', 'integer')
    .addColumn('satisfaction_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('orq_region_status').on('overseas_requests').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('orq_org').on('overseas_requests').columns(['org_id']).execute();
  await withId(db, db.schema.createTable('overseas_warnings'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('ipc_prefix', 'text')
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('published_by', fk, (c) => c.references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('notified_enterprises', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('owa_region').on('overseas_warnings').columns(['region_code', 'published_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('overseas_warnings').execute();
  await db.schema.dropTable('overseas_requests').execute();
}
