import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { message, type Message } from '@zhichan/contract';
import type { Dialect, Executor } from '../../../db/database.js';
import type { AuditActor } from '../../../platform/actor.js';
import { mutate, recordAudit } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/context.js';
import { nowIso } from '../../../platform/context.js';
import { insertRows } from '../../../db/bulk-insert.js';
import { getSetting } from '../../../platform/settings.js';
import { findImportErrorsAfter, findStaleImportJobs, insertImportJob, markImportJobInterrupted, touchImportJob, updateImportJob } from './jobs-repository.js';

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
      heartbeat_at: nowIso(ctx),
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

/**
 * Creates the job of an import run from the command line (scripts/import.ts). The operator has no
 * session, so the job carries the region of the data when given (`--region`), else the city's region
 * from the configuration (CITY_REGION): the bureau of that city sees it in /api/imports.
 */
export async function createCliImportJob(ctx: AppContext, input: { kind: ImportKind; fileName: string; regionCode?: string | null }) {
  const regionCode = input.regionCode ?? ctx.config.cityRegion;
  // Imports run by the operator on the server have no signed-in user: the audit log names the system.
  const actor: AuditActor = { userId: null, username: 'system:import', orgId: null, regionCode, ip: null, trace: { auditRows: 0 } };
  const jobId = await createImportJob(ctx, actor, { kind: input.kind, fileName: input.fileName, regionCode });
  return { jobId, actor };
}

/** How often a running job beats its heartbeat between batches (well inside `imports.stale_after_minutes`). */
export const HEARTBEAT_MS = 20_000;

/** Beats a job's heartbeat every HEARTBEAT_MS until the returned stopper is called (a failed beat is only logged). */
export function startHeartbeat(ctx: AppContext, jobId: number): () => void {
  const timer = setInterval(() => {
    touchImportJob(ctx.db, jobId, nowIso(ctx)).catch((e: unknown) => console.error(`import job ${jobId} heartbeat failed:`, e));
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The coded note of an interrupted job: how long it had been silent when marked, and "re-run to resume". */
export function interruptedNote(job: { heartbeat_at: string | null; started_at: string; finished_at: string | null }): Message {
  const last = Date.parse(job.heartbeat_at ?? job.started_at);
  const marked = job.finished_at ? Date.parse(job.finished_at) : last;
  return message('imports.interrupted', { minutes: Math.max(1, Math.floor((marked - last) / 60_000)) });
}

/**
 * Marks running jobs with no heartbeat for longer than `imports.stale_after_minutes` as 'interrupted'
 * with the coded "re-run to resume" note (re-importing is idempotent). Each one writes a system audit
 * row in its own transaction. Jobs of this process (`exceptIds`) are alive by definition. Run by the
 * periodic sweep and before jobs are listed or read; returns how many were marked.
 */
export async function interruptStaleImportJobs(ctx: AppContext, exceptIds: readonly number[] = []): Promise<number> {
  const minutes = await getSetting(ctx.db, 'imports.stale_after_minutes');
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - minutes * 60_000).toISOString();
  const stale = await findStaleImportJobs(ctx.db, cutoff, exceptIds);
  let marked = 0;
  for (const job of stale) {
    const note = interruptedNote({ ...job, finished_at: now.toISOString() });
    const actor: AuditActor = { userId: null, username: 'system:imports', orgId: null, regionCode: job.region_code, ip: null, trace: { auditRows: 0 } };
    const done = await ctx.db.transaction().execute(async (trx) => {
      if (!(await markImportJobInterrupted(trx, job.id, cutoff, note.text, now.toISOString()))) return false;
      await recordAudit(ctx, trx, actor, {
        action: 'import_job.interrupt',
        entityType: 'import_job',
        entityId: job.id,
        before: { status: 'running', heartbeatAt: job.heartbeat_at ?? job.started_at },
        after: { status: 'interrupted', note: note.code },
      });
      return true;
    });
    if (done) marked += 1;
  }
  return marked;
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
