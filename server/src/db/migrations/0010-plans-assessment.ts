import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Plans with targets and tasks (工作方案, 重点工作责任分解表) and town/street assessment schemes
 * (镇街考核): weighted indicators with a scoring rule each. Scores are computed, never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  await withId(db, db.schema.createTable('plans'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('plan_targets'))
    .addColumn('plan_id', idType(db), (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull().defaultTo('value'))
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('qualifier', 'text')
    .addColumn('note', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_period', 'text')
    .execute();
  await db.schema.createIndex('plan_targets_plan').on('plan_targets').column('plan_id').execute();
  await withId(db, db.schema.createTable('plan_tasks'))
    .addColumn('plan_id', idType(db), (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('responsible_org_id', idType(db), (c) => c.references('organisations.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('notified_at', 'text')
    .execute();
  await db.schema.createIndex('plan_tasks_plan').on('plan_tasks').column('plan_id').execute();

  await withId(db, db.schema.createTable('assessment_schemes'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('assessment_items'))
    .addColumn('scheme_id', idType(db), (c) => c.notNull().references('assessment_schemes.id').onDelete('cascade'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_items_scheme').on('assessment_items').column('scheme_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['assessment_items', 'assessment_schemes', 'plan_tasks', 'plan_targets', 'plans']) await db.schema.dropTable(t).execute();
}
