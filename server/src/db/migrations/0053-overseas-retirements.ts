import type { Kysely } from 'kysely';
import { idType } from '../migration-helpers.js';

/**
 * Retired entries of the overseas libraries (停用): a workstation, expert, case or legal institution taken off
 * the public libraries without deleting it (requests and audit rows still name it). `library` names the table
 * (workstation, expert, case, institution); restoring deletes the row. Kept apart from the library tables so
 * the migration does not depend on their creation order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await db.schema
    .createTable('overseas_retirements')
    .addColumn('library', 'text', (c) => c.notNull())
    .addColumn('entry_id', fk, (c) => c.notNull())
    .addColumn('retired_by', fk, (c) => c.references('users.id'))
    .addColumn('retired_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('overseas_retirements_pk', ['library', 'entry_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('overseas_retirements').execute();
}
