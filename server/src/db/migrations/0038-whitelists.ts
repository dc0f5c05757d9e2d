import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Credit white lists (授信白名单, CNIPA 国知发运字〔2021〕17号): the bureau's screening rules, the versions of
 * a list (a draft screened and reviewed, then published with a version number; a later version supersedes
 * it), the enterprises on each version with the figures and reasons the screening computed, and the staff's
 * additions and removals with their reasons. Banks a version is pushed to are its standing parties
 * (record_parties, 'counterparty'); the push itself is kept in whitelist_pushes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('whitelists'))
    .addColumn('series_id', fk)
    .addColumn('version_no', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('owner_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('screened_on', 'text', (c) => c.notNull())
    .addColumn('screened_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', fk, (c) => c.references('users.id'))
    .addColumn('published_by', fk, (c) => c.references('users.id'))
    .addColumn('published_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('whitelists_region').on('whitelists').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('whitelists_series').on('whitelists').columns(['series_id', 'version_no']).execute();
  await withId(db, db.schema.createTable('whitelist_entries'))
    .addColumn('whitelist_id', fk, (c) => c.notNull().references('whitelists.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('included', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', fk, (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('whitelist_entries_list').on('whitelist_entries').columns(['whitelist_id', 'org_id']).unique().execute();
  await withId(db, db.schema.createTable('whitelist_pushes'))
    .addColumn('whitelist_id', fk, (c) => c.notNull().references('whitelists.id'))
    .addColumn('bank_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('pushed_by', fk, (c) => c.references('users.id'))
    .addColumn('pushed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('whitelist_pushes_list').on('whitelist_pushes').columns(['whitelist_id', 'bank_org_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('whitelist_pushes').execute();
  await db.schema.dropTable('whitelist_entries').execute();
  await db.schema.dropTable('whitelists').execute();
}
