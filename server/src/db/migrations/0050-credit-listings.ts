import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * IP credit listings (知识产权信用管理名单): an organisation or person listed for one of the behaviours of
 * CNIPA's 2022 credit rules, by a deciding authority with its decision number, from `starts_on` to `ends_on`
 * (inclusive), imposing `measures_json` (a JSON array of measure codes). `ended_on` is the day a repair
 * (信用修复) or revocation took effect: the listing is no longer in force from that day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('credit_listings'))
    .addColumn('org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('behaviour', 'text', (c) => c.notNull())
    .addColumn('measures_json', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text')
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', fk, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credit_listings_org').on('credit_listings').columns(['org_id', 'starts_on']).execute();
  await db.schema.createIndex('credit_listings_region').on('credit_listings').column('region_code').execute();
  await db.schema.createIndex('credit_listings_period').on('credit_listings').columns(['starts_on', 'ends_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credit_listings').execute();
}
