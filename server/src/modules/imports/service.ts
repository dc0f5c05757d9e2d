import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { ImportJob } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { notifyUsers } from '../../platform/notify.js';
import {
  createImportJob,
  interruptedNote,
  interruptStaleImportJobs,
  finishImportJob,
  findImportJob,
  findImportJobsPage,
  streamImportErrorsCsv,
  type ImportKind,
  importPatents,
  todayIn,
  importTrademarks,
  openRowSource,
  type RowSource,
} from '../patents/api.js';
import { alertSavedSearches } from '../saved-searches/api.js';

/** Bytes read by running jobs of this process, for the progress bar. */
const running = new Map<number, RowSource>();
/** Imports started in this process and not yet finished (tests and shutdown wait for them). */
const pending = new Set<Promise<void>>();

/** What the upload accepts (readUpload): the formats the readers know, up to 512 MB (a large patent export). */
export const importUploadRules = {
  types: {
    csv: 'text/csv',
    tsv: 'text/tab-separated-values',
    txt: 'text/plain',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    json: 'application/json',
    jsonl: 'application/x-ndjson',
    ndjson: 'application/x-ndjson',
  },
  maxBytes: 512 * 1024 * 1024,
  fields: ['kind'],
} as const;

type JobRow = NonNullable<Awaited<ReturnType<typeof findImportJob>>>;

const present = (j: JobRow): ImportJob => {
  const src = running.get(j.id);
  return {
    id: j.id,
    kind: j.kind as ImportKind,
    fileName: j.file_name,
    status: j.status as ImportJob['status'],
    totalRows: j.total_rows,
    inserted: j.inserted,
    updated: j.updated,
    rejected: j.rejected,
    message: j.message,
    note: j.status === 'interrupted' ? interruptedNote(j) : null,
    progress: j.status === 'running' ? (src && src.totalBytes > 0 ? Math.min(1, src.bytesRead() / src.totalBytes) : 0) : null,
    startedBy: j.started_by,
    regionCode: j.region_code,
    startedAt: j.started_at,
    finishedAt: j.finished_at,
  };
};

/** Marks dead jobs interrupted (jobs of this process are alive): the periodic sweep, and before any read. */
export function sweepStaleImports(ctx: AppContext): Promise<number> {
  return interruptStaleImportJobs(ctx, [...running.keys()]);
}

/** Runs an import to the end in the background: finish the job, alert saved searches, tell the uploader. */
async function runJob(ctx: AppContext, actor: Actor, jobId: number, kind: ImportKind, file: string) {
  // A fresh trace: the batches' audit rows belong to the job, not to the upload request.
  const jobActor = { ...actor, trace: { auditRows: 0 } };
  let failure: string | null = null;
  try {
    const source = openRowSource(file);
    running.set(jobId, source);
    const opts = { jobId, actor: jobActor, asOf: todayIn(ctx) };
    if (kind === 'patents') await importPatents(ctx, source, opts);
    else await importTrademarks(ctx, source, opts);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    running.delete(jobId);
    rmSync(file, { force: true });
  }
  await finishImportJob(ctx, jobActor, jobId, failure ? { status: 'failed', message: failure } : { status: 'done' });
  const job = await findImportJob(ctx.db, jobId);
  if (job && kind === 'patents') await alertSavedSearches(ctx, job.started_at);
  if (job) {
    const title = failure ? `导入失败：${job.file_name}` : `导入完成：${job.file_name}`;
    const body = failure
      ? `原因：${failure}。已提交的批次保留，可修正后重新导入（按申请号去重）。`
      : `共 ${job.total_rows} 行：新增 ${job.inserted}，更新 ${job.updated}，拒绝 ${job.rejected}${job.rejected > 0 ? '（可下载错误报告）' : ''}。`;
    await notifyUsers(ctx, [{ userId: actor.userId, kind: 'import.finished', title, body, link: `/imports/${jobId}` }]);
  }
}

/**
 * Accepts an uploaded file (streamed to disk, never held in memory), creates the import job and
 * starts it in the background; the client follows it with GET /api/imports/:id.
 */
export async function startImport(ctx: AppContext, actor: Actor, upload: { filename: string; file: Readable; fields: { kind?: string } }): Promise<ImportJob> {
  const kind: ImportKind = upload.fields.kind === 'trademarks' ? 'trademarks' : 'patents';
  const dir = path.join(ctx.config.uploadDir, 'imports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${randomBytes(8).toString('hex')}${path.extname(upload.filename).toLowerCase()}`);
  try {
    await pipeline(upload.file, createWriteStream(file));
  } catch (err) {
    // Too large, empty or cut off: nothing of it is kept.
    rmSync(file, { force: true });
    throw err;
  }
  const jobId = await createImportJob(ctx, actor, { kind, fileName: upload.filename, regionCode: actor.regionCode });
  const p = runJob(ctx, actor, jobId, kind, file).catch((e: unknown) => console.error('import job failed', e));
  pending.add(p);
  void p.finally(() => pending.delete(p));
  return getImportJob(ctx, actor, jobId);
}

/** Waits for every import started by this process (tests; graceful shutdown). */
export async function settleImports(): Promise<void> {
  await Promise.all([...pending]);
}

/** One job, visible to staff whose jurisdiction covers the region it was started in. */
export async function getImportJob(ctx: AppContext, actor: Actor, id: number): Promise<ImportJob> {
  await sweepStaleImports(ctx);
  const j = await findImportJob(ctx.db, id);
  if (!j || !isWithinRegion(j.region_code ?? '', actor.regionCode)) throw notFound('导入任务');
  return present(j);
}

/** Recent import jobs of the jurisdiction. */
export async function listImportJobs(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  await sweepStaleImports(ctx);
  const { rows, total } = await findImportJobsPage(ctx.db, actor.regionCode, q);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** The rejected rows of a job as a CSV download (行号,原因,原始数据). */
export async function importErrorsCsv(ctx: AppContext, actor: Actor, id: number): Promise<Readable> {
  await getImportJob(ctx, actor, id);
  return streamImportErrorsCsv(ctx.db, id);
}
