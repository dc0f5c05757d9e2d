import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * E-commerce infringement determination opinions (电商侵权判定咨询意见): a request from a platform operator
 * or a rights holder, answered within a setting's working days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('ecommerce_opinions'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('owner_org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('requester_kind', 'text', (c) => c.notNull())
    .addColumn('requester_name', 'text', (c) => c.notNull())
    .addColumn('platform_name', 'text', (c) => c.notNull())
    .addColumn('right_kind', 'text', (c) => c.notNull())
    .addColumn('right_no', 'text', (c) => c.notNull())
    .addColumn('listing', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text')
    .addColumn('opinion', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ecommerce_opinions_region').on('ecommerce_opinions').columns(['region_code', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ecommerce_opinions').execute();
}
