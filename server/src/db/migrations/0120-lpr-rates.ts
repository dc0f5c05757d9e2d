import type { Kysely } from 'kysely';
import { withId } from '../migration-helpers.js';

/**
 * The LPR series (贷款市场报价利率) staff maintain: one row per month with the 1-year rate (and the 5-year when
 * entered), the date it was published, its source; demo rows are marked (is_demo, shown 【演示】).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('lpr_rates'))
    .addColumn('month', 'text', (c) => c.notNull().unique())
    .addColumn('rate_1y_pct', 'real', (c) => c.notNull())
    .addColumn('rate_5y_pct', 'real')
    .addColumn('published_on', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lpr_rates').execute();
}
