import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * The IP registry: patents with their legal-status history and parties, trademarks, geographical
 * indications, reference tables (IPC, Nice), high-value configuration, import jobs, saved searches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  const fk = idType(db);

  await withId(db, db.schema.createTable('patents'))
    .addColumn('app_no', 'text', (c) => code(c.notNull().unique()))
    .addColumn('pub_no', 'text', code)
    .addColumn('grant_no', 'text', code)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('abstract', 'text')
    .addColumn('first_claim', 'text')
    .addColumn('app_date', 'text', (c) => c.notNull())
    .addColumn('pub_date', 'text')
    .addColumn('grant_date', 'text')
    .addColumn('priority_date', 'text')
    .addColumn('applicants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('holders', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('inventors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('applicant_type', 'text')
    .addColumn('address', 'text')
    .addColumn('region_code', 'text', code)
    .addColumn('main_ipc', 'text', code)
    .addColumn('ipc', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('cpc', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('agency', 'text')
    .addColumn('agents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('pct', 'text')
    .addColumn('family', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('citations', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source_status', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('terminated_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patents_pub_no').on('patents').column('pub_no').execute();
  await db.schema.createIndex('patents_grant_no').on('patents').column('grant_no').execute();
  await db.schema.createIndex('patents_region').on('patents').columns(['region_code', 'kind']).execute();
  await db.schema.createIndex('patents_app_date').on('patents').column('app_date').execute();
  await db.schema.createIndex('patents_updated').on('patents').column('updated_at').execute();

  await withId(db, db.schema.createTable('patent_events'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patent_events_unique').on('patent_events').columns(['patent_id', 'kind', 'event_date', 'summary']).unique().execute();
  await db.schema.createIndex('patent_events_kind').on('patent_events').columns(['kind', 'event_date']).execute();

  await db.schema
    .createTable('patent_parties')
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_id', fk, (c) => c.references('organisations.id'))
    .addPrimaryKeyConstraint('patent_parties_pk', ['patent_id', 'role', 'seq'])
    .execute();
  await db.schema.createIndex('patent_parties_name').on('patent_parties').columns(['name', 'role']).execute();
  await db.schema.createIndex('patent_parties_org').on('patent_parties').columns(['org_id', 'role']).execute();

  await db.schema
    .createTable('patent_ipc')
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => code(c.notNull()))
    .addColumn('is_main', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('patent_ipc_pk', ['patent_id', 'code'])
    .execute();
  await db.schema.createIndex('patent_ipc_code').on('patent_ipc').columns(['code', 'patent_id']).execute();

  await withId(db, db.schema.createTable('trademarks'))
    .addColumn('reg_no', 'text', (c) => code(c.notNull().unique()))
    .addColumn('mark', 'text', (c) => c.notNull())
    .addColumn('classes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('owner_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('region_code', 'text', code)
    .addColumn('app_date', 'text')
    .addColumn('reg_date', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('madrid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('well_known', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trademarks_region').on('trademarks').column('region_code').execute();
  await db.schema.createIndex('trademarks_owner').on('trademarks').column('owner_org_id').execute();

  await withId(db, db.schema.createTable('geo_indications'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('reg_no', 'text', (c) => code(c.unique()))
    .addColumn('region_code', 'text', (c) => code(c.notNull()))
    .addColumn('holder_name', 'text')
    .addColumn('holder_org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('approved_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('geo_indications_region').on('geo_indications').column('region_code').execute();

  await withId(db, db.schema.createTable('gi_authorised_users'))
    .addColumn('gi_id', fk, (c) => c.notNull().references('geo_indications.id').onDelete('cascade'))
    .addColumn('org_id', fk, (c) => c.references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('authorised_on', 'text')
    .addColumn('expires_on', 'text')
    .execute();
  await db.schema.createIndex('gi_authorised_users_gi').on('gi_authorised_users').column('gi_id').execute();

  await db.schema
    .createTable('ipc_titles')
    .addColumn('code', 'text', (c) => code(c.primaryKey()))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('nice_classes')
    .addColumn('code', 'text', (c) => code(c.primaryKey()))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('strategic_ipc_concordance'))
    .addColumn('industry_code', 'text', (c) => c.notNull())
    .addColumn('industry_name', 'text', (c) => c.notNull())
    .addColumn('ipc_prefix', 'text', (c) => code(c.notNull()))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('strategic_ipc_prefix').on('strategic_ipc_concordance').columns(['ipc_prefix', 'industry_code']).unique().execute();

  await withId(db, db.schema.createTable('patent_awards'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addColumn('award', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text')
    .execute();
  await db.schema.createIndex('patent_awards_patent').on('patent_awards').columns(['patent_id', 'award', 'year']).unique().execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('import_jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('started_by', fk, (c) => c.references('users.id'))
    .addColumn('region_code', 'text', code)
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await withId(db, db.schema.createTable('import_errors'))
    .addColumn('job_id', fk, (c) => c.notNull().references('import_jobs.id').onDelete('cascade'))
    .addColumn('row_no', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .execute();
  await db.schema.createIndex('import_errors_job').on('import_errors').columns(['job_id', 'row_no']).execute();

  await withId(db, db.schema.createTable('saved_searches'))
    .addColumn('user_id', fk, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('alert', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_match_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_checked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_searches_user').on('saved_searches').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'saved_searches',
    'import_errors',
    'import_jobs',
    'settings',
    'patent_awards',
    'strategic_ipc_concordance',
    'nice_classes',
    'ipc_titles',
    'gi_authorised_users',
    'geo_indications',
    'trademarks',
    'patent_ipc',
    'patent_parties',
    'patent_events',
    'patents',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
