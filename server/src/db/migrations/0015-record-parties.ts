import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

/**
 * Records shared by several organisations (当事方): one row per organisation with a part on a record
 * (counterparty, handler, referred-to, expert, mediator, observer). The record's owner stays on the record
 * itself. A party's access ends (ended_at) instead of being deleted, so who could see what, and when, stays
 * answerable. Existing shared records are carried over: the other side of a technology contact, the
 * licensor of an open licence, and licensees as observers of the declaration they hold a licence under.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('record_parties'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', fk, (c) => c.notNull())
    .addColumn('org_id', fk, (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', fk, (c) => c.references('users.id'))
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('record_parties_record').on('record_parties').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('record_parties_org').on('record_parties').columns(['org_id', 'record_type', 'record_id']).execute();
  await sql`insert into record_parties (record_type, record_id, org_id, role, since)
            select 'tech_contact', id, to_org_id, 'counterparty', created_at from tech_contacts`.execute(db);
  await sql`insert into record_parties (record_type, record_id, org_id, role, since)
            select 'open_licence', id, licensor_org_id, 'counterparty', created_at from open_licences`.execute(db);
  await sql`insert into record_parties (record_type, record_id, org_id, role, since)
            select 'open_licence_declaration', declaration_id, licensee_org_id, 'observer', min(created_at)
            from open_licences group by declaration_id, licensee_org_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_parties').execute();
}
