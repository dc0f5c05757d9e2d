import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Fast pre-examination (专利快速预审): the centre's approved fields (IPC prefixes per centre city), registered
 * entities (备案主体) with CNIPA's number, date and validity, examiners' fields, and pre-examination requests with
 * their step clock (due_on), defects, outcome and CNIPA's final result. Records are kept: no route deletes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);
  await withId(db, db.schema.createTable('preexam_fields'))
    .addColumn('centre_region', 'text', (c) => code(c.notNull()))
    .addColumn('ipc_prefix', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('preexam_fields_unique').on('preexam_fields').columns(['centre_region', 'ipc_prefix']).unique().execute();

  await withId(db, db.schema.createTable('preexam_entities'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('centre_region', 'text', (c) => code(c.notNull()))
    .addColumn('ipc_prefixes', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('renewal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cnipa_no', 'text')
    .addColumn('cnipa_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('preexam_entities_org').on('preexam_entities').column('org_id').unique().execute();
  await db.schema.createIndex('preexam_entities_region').on('preexam_entities').columns(['region_code', 'status']).execute();

  await db.schema
    .createTable('preexam_examiners')
    .addColumn('user_id', fk, (c) => c.primaryKey().references('users.id'))
    .addColumn('ipc_prefixes', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('preexam_requests'))
    .addColumn('entity_id', fk, (c) => c.notNull().references('preexam_entities.id'))
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('patent_type', 'text', (c) => c.notNull())
    .addColumn('ipc', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('examiner_user_id', fk, (c) => c.references('users.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('defects', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('corrections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('finished_on', 'text')
    .addColumn('cnipa_app_no', 'text')
    .addColumn('cnipa_result', 'text')
    .addColumn('cnipa_result_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('preexam_requests_region').on('preexam_requests').columns(['region_code', 'status']).execute();
  await db.schema.createIndex('preexam_requests_org').on('preexam_requests').column('org_id').execute();
  await db.schema.createIndex('preexam_requests_examiner').on('preexam_requests').columns(['examiner_user_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('preexam_requests').execute();
  await db.schema.dropTable('preexam_examiners').execute();
  await db.schema.dropTable('preexam_entities').execute();
  await db.schema.dropTable('preexam_fields').execute();
}
