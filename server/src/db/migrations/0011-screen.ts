import type { Kysely } from 'kysely';
import { codeCollation } from '../migration-helpers.js';

/**
 * Weights of the composite IP development index (知识产权发展综合指数) per region: a city (or county)
 * sets its own; a region without rows uses its nearest ancestor's, then the documented defaults.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('screen_index_weights')
    .addColumn('region_code', 'varchar(9)', (c) => codeCollation(db)(c.notNull()))
    .addColumn('indicator_key', 'varchar(100)', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('screen_index_weights_pk', ['region_code', 'indicator_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('screen_index_weights').execute();
}
