import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Key trademark protection list (重点商标保护名录): a listed mark (a trademark of the register, or a mark by
 * its text and holder), the reasons, the listing bureau's region, and its removal when it leaves the list.
 * `mark_folded` is the mark folded as the registry folds text (lower case, full-width → ASCII, no separators),
 * so a name elsewhere (a complaint, an exhibit) finds the listing whatever its spacing or width.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('key_marks'))
    .addColumn('trademark_id', fk, (c) => c.references('trademarks.id'))
    .addColumn('mark', 'text', (c) => c.notNull())
    .addColumn('mark_folded', 'text', (c) => c.notNull())
    .addColumn('reg_no', 'text')
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('listed_on', 'text', (c) => c.notNull())
    .addColumn('removed_on', 'text')
    .addColumn('removal_reason', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('km_trademark').on('key_marks').columns(['trademark_id']).execute();
  await db.schema.createIndex('km_folded').on('key_marks').columns(['mark_folded']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('key_marks').execute();
}
