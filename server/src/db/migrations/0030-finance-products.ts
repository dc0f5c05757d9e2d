import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * IP finance products (金融超市, #13 §1): a bank's, insurer's or guarantor's product as listed (the approved
 * version's terms), and every submitted version of it, each reviewed by the bureau before it is listed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('finance_products'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_min', 'real', (c) => c.notNull())
    .addColumn('amount_max', 'real', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('rate_sort', 'real', (c) => c.notNull())
    .addColumn('term_min', 'integer', (c) => c.notNull())
    .addColumn('term_max', 'integer', (c) => c.notNull())
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('listed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('finance_products_status').on('finance_products').columns(['status', 'kind']).execute();
  await db.schema.createIndex('finance_products_org').on('finance_products').columns(['org_id']).execute();

  await withId(db, db.schema.createTable('finance_product_versions'))
    .addColumn('product_id', fk, (c) => c.notNull().references('finance_products.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('submitted_by', fk, (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', fk, (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addUniqueConstraint('finance_product_versions_unique', ['product_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finance_product_versions').execute();
  await db.schema.dropTable('finance_products').execute();
}
