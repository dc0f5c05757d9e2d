import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Technology supply and demand (项目供应 / 项目需求): listings and their patents, demands, the stored
 * match set of each demand (so a re-match can tell new candidates from known ones), the queue of patents
 * written since the last re-match, contact threads with their messages, and deals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);

  await withId(db, db.schema.createTable('tech_listings'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('owner_user_id', fk, (c) => c.references('users.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('trl', 'integer', (c) => c.notNull())
    .addColumn('price_mode', 'text', (c) => c.notNull())
    .addColumn('price', 'real')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tech_listings_status').on('tech_listings').columns(['status', 'region_code']).execute();
  await db.schema.createIndex('tech_listings_org').on('tech_listings').column('org_id').execute();

  await db.schema
    .createTable('tech_listing_patents')
    .addColumn('listing_id', fk, (c) => c.notNull().references('tech_listings.id').onDelete('cascade'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('tech_listing_patents_pk', ['listing_id', 'patent_id'])
    .execute();
  await db.schema.createIndex('tech_listing_patents_patent').on('tech_listing_patents').column('patent_id').execute();

  await withId(db, db.schema.createTable('tech_demands'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('owner_user_id', fk, (c) => c.references('users.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('ipc_hints', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('budget', 'real')
    .addColumn('deadline', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tech_demands_status').on('tech_demands').columns(['status', 'region_code']).execute();
  await db.schema.createIndex('tech_demands_org').on('tech_demands').column('org_id').execute();

  await db.schema
    .createTable('tech_matches')
    .addColumn('demand_id', fk, (c) => c.notNull().references('tech_demands.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', fk, (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tech_matches_pk', ['demand_id', 'kind', 'target_id'])
    .execute();

  await db.schema
    .createTable('tech_match_queue')
    .addColumn('patent_id', fk, (c) => c.primaryKey())
    .execute();

  await withId(db, db.schema.createTable('tech_contacts'))
    .addColumn('demand_id', fk, (c) => c.references('tech_demands.id'))
    .addColumn('listing_id', fk, (c) => c.references('tech_listings.id'))
    .addColumn('patent_id', fk, (c) => c.references('patents.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('from_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('to_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tech_contacts_from').on('tech_contacts').column('from_org_id').execute();
  await db.schema.createIndex('tech_contacts_to').on('tech_contacts').column('to_org_id').execute();
  await db.schema.createIndex('tech_contacts_region').on('tech_contacts').column('region_code').execute();

  await withId(db, db.schema.createTable('tech_contact_messages'))
    .addColumn('contact_id', fk, (c) => c.notNull().references('tech_contacts.id').onDelete('cascade'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', fk, (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tech_contact_messages_contact').on('tech_contact_messages').column('contact_id').execute();

  await withId(db, db.schema.createTable('tech_deals'))
    .addColumn('contact_id', fk, (c) => c.notNull().unique().references('tech_contacts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'real', (c) => c.notNull())
    .addColumn('deal_date', 'text', (c) => c.notNull())
    .addColumn('buyer_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('seller_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tech_deals_region').on('tech_deals').columns(['region_code', 'deal_date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'tech_deals',
    'tech_contact_messages',
    'tech_contacts',
    'tech_match_queue',
    'tech_matches',
    'tech_demands',
    'tech_listing_patents',
    'tech_listings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
