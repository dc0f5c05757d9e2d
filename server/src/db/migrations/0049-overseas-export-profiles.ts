import type { Kysely } from 'kysely';
import { idType } from '../migration-helpers.js';

/**
 * Enterprises' export profiles (出口情况) for overseas early warnings: the markets exported to (JSON array of
 * ISO country codes), the products in words and their IPC classes (JSON array). One row per organisation;
 * a warning by country and/or IPC notifies enterprises whose profile matches, as well as those whose registry
 * patents do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await db.schema
    .createTable('overseas_export_profiles')
    .addColumn('org_id', fk, (c) => c.primaryKey().references('organisations.id'))
    .addColumn('markets', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('products', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ipc_classes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', fk, (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('overseas_export_profiles').execute();
}
