import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Agency supervision (双随机一公开): the directories of agencies (filing and agents) and inspectors, annual plans
 * with the recorded seed and the pools drawn from, the drawn objects with their results and publication clock,
 * and the inspectors assigned to each object (with the seed of the draw that chose them, and recusals).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('agencies'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('filing_no', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('agents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agencies_region').on('agencies').column('region_code').execute();

  await withId(db, db.schema.createTable('inspectors'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspectors_region').on('inspectors').column('region_code').execute();

  await withId(db, db.schema.createTable('inspection_plans'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('share_percent', 'integer', (c) => c.notNull())
    .addColumn('inspectors_per_object', 'integer', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('seed', 'text')
    .addColumn('drawn_at', 'text')
    /** JSON: the agency and inspector ids drawn from, sorted, as they stood at the draw. */
    .addColumn('pool', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_plans_region_year').on('inspection_plans').columns(['region_code', 'year']).unique().execute();

  await withId(db, db.schema.createTable('inspection_objects'))
    .addColumn('plan_id', fk, (c) => c.notNull().references('inspection_plans.id'))
    .addColumn('agency_id', fk, (c) => c.notNull().references('agencies.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('findings', 'text')
    .addColumn('measures', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('publish_due_on', 'text')
    .addColumn('published_on', 'text')
    .execute();
  await db.schema.createIndex('inspection_objects_plan').on('inspection_objects').columns(['plan_id', 'position']).unique().execute();

  await withId(db, db.schema.createTable('inspection_assignments'))
    .addColumn('object_id', fk, (c) => c.notNull().references('inspection_objects.id'))
    .addColumn('inspector_id', fk, (c) => c.notNull().references('inspectors.id'))
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('recused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recusal_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_assignments_object').on('inspection_assignments').columns(['object_id', 'inspector_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inspection_assignments').execute();
  await db.schema.dropTable('inspection_objects').execute();
  await db.schema.dropTable('inspection_plans').execute();
  await db.schema.dropTable('inspectors').execute();
  await db.schema.dropTable('agencies').execute();
}
