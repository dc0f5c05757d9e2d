import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { ImportJobTable } from '../../../db/schema.js';
import { regionCondition } from '../../../platform/jurisdiction.js';

/** A new import job; its id. */
export async function insertImportJob(trx: Executor, row: Insertable<ImportJobTable>): Promise<number> {
  const r = await trx.insertInto('import_jobs').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a job's status. */
export async function updateImportJob(trx: Executor, jobId: number, set: Updateable<ImportJobTable>): Promise<void> {
  await trx.updateTable('import_jobs').set(set).where('id', '=', jobId).execute();
}

/** Adds a batch's counts to its job, inside the batch's transaction, and beats its heartbeat. */
export async function addJobCounts(
  trx: Executor,
  jobId: number,
  c: { rows: number; inserted: number; updated: number; rejected: number },
  heartbeatAt: string,
): Promise<void> {
  await trx
    .updateTable('import_jobs')
    .set((eb) => ({
      heartbeat_at: heartbeatAt,
      total_rows: eb('total_rows', '+', c.rows),
      inserted: eb('inserted', '+', c.inserted),
      updated: eb('updated', '+', c.updated),
      rejected: eb('rejected', '+', c.rejected),
    }))
    .where('id', '=', jobId)
    .execute();
}

/** A job's row. */
export async function findImportJob(db: Executor, jobId: number) {
  return db.selectFrom('import_jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
}

/** A page of a job's rejected rows after the id `after` (keyset on id). */
export async function findImportErrorsAfter(db: Executor, jobId: number, after: number, limit: number) {
  return db
    .selectFrom('import_errors')
    .select(['id', 'row_no', 'reason', 'raw'])
    .where('job_id', '=', jobId)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Import jobs started in a region or below, latest first, a page at a time, with their total. */
export async function findImportJobsPage(db: Executor, regionCode: string, page: { page: number; pageSize: number }) {
  const base = db.selectFrom('import_jobs').where(regionCondition('region_code', regionCode));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Beats a running job's heartbeat (a sign of life between batches). */
export async function touchImportJob(db: Executor, jobId: number, at: string): Promise<void> {
  await db.updateTable('import_jobs').set({ heartbeat_at: at }).where('id', '=', jobId).where('status', '=', 'running').execute();
}

/** Running jobs whose last heartbeat (or, before any, their start) is older than `cutoff`, except `exceptIds`. */
export async function findStaleImportJobs(db: Executor, cutoff: string, exceptIds: readonly number[]) {
  let q = db
    .selectFrom('import_jobs')
    .select(['id', 'region_code', 'heartbeat_at', 'started_at'])
    .where('status', '=', 'running')
    .where((eb) => eb(eb.fn.coalesce('heartbeat_at', 'started_at'), '<', cutoff));
  if (exceptIds.length > 0) q = q.where('id', 'not in', [...exceptIds]);
  return q.orderBy('id').execute();
}

/** Marks one job interrupted if it is still running and still stale (a concurrent heartbeat wins); whether it did. */
export async function markImportJobInterrupted(trx: Executor, jobId: number, cutoff: string, message: string, at: string): Promise<boolean> {
  const r = await trx
    .updateTable('import_jobs')
    .set({ status: 'interrupted', message, finished_at: at })
    .where('id', '=', jobId)
    .where('status', '=', 'running')
    .where((eb) => eb(eb.fn.coalesce('heartbeat_at', 'started_at'), '<', cutoff))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
