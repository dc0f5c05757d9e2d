import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Indicator monitoring: reported figures (填报数据, with source and a second person's review) and the
 * population series (人口) per region, year and basis that per-10,000 values divide by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  await withId(db, db.schema.createTable('indicator_reported_values'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text')
    .addColumn('published_yoy_pct', 'double precision')
    .addColumn('published_rank', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hold_reason', 'text')
    .addColumn('author_id', idType(db), (c) => c.references('users.id'))
    .addColumn('reviewer_id', idType(db), (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicator_reported_lookup').on('indicator_reported_values').columns(['region_code', 'period', 'status']).execute();
  await db.schema.createIndex('indicator_reported_status').on('indicator_reported_values').columns(['status', 'id']).execute();

  // Registered enterprises per region on a date, answered from the index alone.
  await db.schema.createIndex('organisations_kind_status_region').on('organisations').columns(['kind', 'status', 'region_code', 'created_at']).execute();
  // The indicator cache's fingerprint of the table: max(updated_at) from an index.
  await db.schema.createIndex('organisations_updated').on('organisations').column('updated_at').execute();

  await withId(db, db.schema.createTable('population_series'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('population', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('population_series_unique').on('population_series').columns(['region_code', 'year', 'basis']).unique().execute();

  await db.schema
    .createTable('population_bases')
    .addColumn('region_code', 'text', (c) => code(c.primaryKey()))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('population_bases').execute();
  await db.schema.dropTable('population_series').execute();
  await db.schema.dropTable('indicator_reported_values').execute();
  await db.schema.dropIndex('organisations_kind_status_region').execute();
  await db.schema.dropIndex('organisations_updated').execute();
}
