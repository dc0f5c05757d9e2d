import type { Kysely } from 'kysely';
import { codeCollation, idType, withId } from '../migration-helpers.js';

/**
 * Abnormal-application screening (非正常专利申请筛查): flags with their explanation and the staff decision; the
 * LSH band hashes of every screened patent (so a screening after an import probes only the new patents); the
 * queue of patents written since the last run (filled by the patent write hook); the runs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await withId(db, db.schema.createTable('screening_flags'))
    .addColumn('flag_key', 'text', (c) => c.notNull().unique())
    .addColumn('signal', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => codeCollation(db)(c.notNull()))
    .addColumn('patent_id', fk)
    .addColumn('other_patent_id', fk)
    .addColumn('org_id', fk)
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('patent_ids', 'text', (c) => c.notNull())
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', fk)
    .addColumn('decided_at', 'text')
    .addColumn('credit_listing_id', fk)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('screening_flags_region').on('screening_flags').columns(['region_code', 'status']).execute();
  await db.schema
    .createTable('screening_signatures')
    .addColumn('patent_id', fk, (c) => c.primaryKey())
    .addColumn('bands', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('screening_queue')
    .addColumn('patent_id', fk, (c) => c.primaryKey())
    .execute();
  await withId(db, db.schema.createTable('screening_runs'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('patents', 'integer', (c) => c.notNull())
    .addColumn('candidate_pairs', 'integer', (c) => c.notNull())
    .addColumn('new_flags', 'integer', (c) => c.notNull())
    .addColumn('seconds', 'double precision', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['screening_runs', 'screening_queue', 'screening_signatures', 'screening_flags']) await db.schema.dropTable(t).execute();
}
