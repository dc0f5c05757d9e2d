import type { Kysely } from 'kysely';
import { idType } from '../migration-helpers.js';

/**
 * Facts behind the high-value invention patent criteria (高价值发明专利), kept per patent and
 * refreshed whenever the patent, its events or the concordance table change. The time-dependent
 * parts (effective on a date, maintained > 10 years) are computed at query time, never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patent_value_facts')
    .addColumn('patent_id', idType(db), (c) => c.primaryKey().references('patents.id').onDelete('cascade'))
    .addColumn('strategic_industries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('overseas_granted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_pledge_amount', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('awards', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('patent_value_facts').execute();
}
