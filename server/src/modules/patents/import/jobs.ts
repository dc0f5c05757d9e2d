import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Dialect, Executor } from '../../../db/database.js';
import type { AuditActor } from '../../../platform/actor.js';
import { mutate } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/context.js';
import { nowIso } from '../../../platform/context.js';
import { insertRows } from '../../../db/bulk-insert.js';
import { findImportErrorsAfter, insertImportJob, updateImportJob } from './jobs-repository.js';

export { addJobCounts, findImportJob, findImportJobsPage } from './jobs-repository.js';

/** What an import job loads (导入任务). */
export type ImportKind = 'patents' | 'trademarks';

/** Counts one batch adds to its job. */
export interface JobCounts {
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
}

/** A rejected row (导入错误): its row number, why, and the row as read. */
export interface ImportRowError {
  rowNo: number;
  reason: string;
  raw: unknown;
}

/** Creates a running import job (with its audit row) and returns its id. */
export async function createImportJob(
  ctx: AppContext,
  actor: AuditActor,
  input: { kind: ImportKind; fileName: string; regionCode?: string | null },
): Promise<number> {
  return mutate(ctx, actor, async (trx) => {
    const id = await insertImportJob(trx, {
      kind: input.kind,
      file_name: input.fileName,
      status: 'running',
      total_rows: 0,
      inserted: 0,
      updated: 0,
      rejected: 0,
      started_by: actor.userId,
      region_code: input.regionCode ?? actor.regionCode,
      started_at: nowIso(ctx),
    });
    return { value: id, audit: { action: 'import_job.create', entityType: 'import_job', entityId: id, after: input } };
  });
}

/** Ends a job: 'done', or 'failed' with the message that says why (with its audit row). */
export async function finishImportJob(
  ctx: AppContext,
  actor: AuditActor,
  jobId: number,
  result: { status: 'done' | 'failed'; message?: string | null },
): Promise<void> {
  await mutate(ctx, actor, async (trx) => {
    await updateImportJob(trx, jobId, { status: result.status, message: result.message ?? null, finished_at: nowIso(ctx) });
    return { value: undefined, audit: { action: 'import_job.finish', entityType: 'import_job', entityId: jobId, after: result } };
  });
}

/** Stores a batch's rejected rows, inside the batch's transaction. */
export async function recordImportErrors(trx: Executor, dialect: Dialect, jobId: number, errors: readonly ImportRowError[]): Promise<void> {
  const rows = errors.map((e) => ({ job_id: jobId, row_no: e.rowNo, reason: e.reason, raw: e.raw === undefined ? null : JSON.stringify(e.raw) }));
  await insertRows(trx, dialect, 'import_errors', rows);
}

/** A rejected row as the user reads it: '第3行：缺少申请号'. */
export function formatRowError(rowNo: number, reason: string): string {
  return `第${rowNo}行：${reason}`;
}

/** The job's rejected rows, a page at a time (keyset on id), so a large report never sits in memory. */
async function* errorRecords(db: Executor, jobId: number): AsyncGenerator<[number, string, string]> {
  let after = 0;
  for (;;) {
    const page = await findImportErrorsAfter(db, jobId, after, 1000);
    for (const e of page) yield [e.row_no, e.reason, e.raw ?? ''];
    const last = page[page.length - 1];
    if (!last || page.length < 1000) return;
    after = Number(last.id);
  }
}

/**
 * The rejected rows as CSV (header 行号,原因,原始数据), streamed for download. UTF-8 with a BOM so that
 * Excel opens the Chinese text correctly.
 */
export function streamImportErrorsCsv(db: Executor, jobId: number): Readable {
  const csv = stringify({ bom: true, header: true, columns: ['行号', '原因', '原始数据'] });
  const rows = Readable.from(errorRecords(db, jobId));
  rows.on('error', (e) => csv.destroy(e));
  return rows.pipe(csv);
}

/** Writes the error report to a file (the CLI's var/import-errors-<job>.csv). */
export async function writeImportErrorsCsv(db: Executor, jobId: number, filePath: string): Promise<void> {
  await pipeline(streamImportErrorsCsv(db, jobId), createWriteStream(filePath));
}
