import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Subsidy policies as data staff maintain (政策版本): each edit of a policy is a new version row of its key, the
 * versions before it kept (an application stores the rule it was computed under beside its computation, so old
 * evaluations keep their rule). The shipped templates are the versions a key starts from until staff edit it.
 *
 * Batch holds (批次暂缓): an application held out of a batch at approval — its enterprise restricted by the credit
 * list on that day, or the caps already granted leaving less than its approved amount — with the coded reason.
 * The batch and application ids are plain integers here: their tables are created by later migrations (0121, 0122).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('subsidy_policies'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('descriptor', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', fk, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subsidy_policies_key_version', ['key', 'version_no'])
    .execute();
  await withId(db, db.schema.createTable('subsidy_batch_holds'))
    .addColumn('batch_id', fk, (c) => c.notNull())
    .addColumn('application_id', fk, (c) => c.notNull())
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('held_by', fk, (c) => c.references('users.id'))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subsidy_batch_holds_batch').on('subsidy_batch_holds').columns(['batch_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subsidy_batch_holds').execute();
  await db.schema.dropTable('subsidy_policies').execute();
}
