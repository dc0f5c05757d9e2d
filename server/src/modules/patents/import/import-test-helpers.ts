import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { AuditActor } from '../../../platform/actor.js';
import type { AppContext } from '../../../platform/context.js';
import { createImportJob, finishImportJob, streamImportErrorsCsv, type ImportKind } from './jobs.js';
import type { SourceRow } from './readers.js';

/** The operator's actor in import tests. */
export function systemActor(): AuditActor {
  return { userId: null, username: 'system:import', orgId: null, regionCode: null, ip: null, trace: { auditRows: 0 } };
}

/** Rows from plain objects (row numbers from 2, as under a header row). */
export async function* rowsOf(objects: readonly Record<string, unknown>[]): AsyncGenerator<SourceRow> {
  let rowNo = 1;
  for (const raw of objects) yield { rowNo: ++rowNo, raw };
}

/** Runs an import inside a job the way the CLI does, and returns the job id with the result. */
export async function runJob<T>(
  ctx: AppContext,
  kind: ImportKind,
  run: (jobId: number, actor: AuditActor) => Promise<T>,
): Promise<{ jobId: number; result: T }> {
  const actor = systemActor();
  const jobId = await createImportJob(ctx, actor, { kind, fileName: 'test' });
  try {
    const result = await run(jobId, actor);
    await finishImportJob(ctx, actor, jobId, { status: 'done' });
    return { jobId, result };
  } catch (e) {
    await finishImportJob(ctx, actor, jobId, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    throw e;
  }
}

/** The job's error report as parsed CSV rows (header included). */
export async function errorReport(ctx: AppContext, jobId: number): Promise<string[][]> {
  const chunks: Buffer[] = [];
  for await (const c of streamImportErrorsCsv(ctx.db, jobId) as Readable) chunks.push(Buffer.from(c as Buffer));
  return parse(Buffer.concat(chunks).toString('utf8'), { bom: true }) as string[][];
}

/** Rows in a table. */
export async function count(
  ctx: AppContext,
  table: 'patents' | 'patent_parties' | 'patent_ipc' | 'patent_events' | 'trademarks' | 'import_errors',
): Promise<number> {
  const r = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Audit rows of an action. */
export async function auditRows(ctx: AppContext, action: string) {
  return ctx.db.selectFrom('audit_log').select(['entity_type', 'entity_id', 'after_json']).where('action', '=', action).orderBy('id').execute();
}
