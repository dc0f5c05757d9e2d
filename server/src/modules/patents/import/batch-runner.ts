import type { Trx } from '../../../db/database.js';
import type { AuditActor } from '../../../platform/actor.js';
import { recordAudit } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/context.js';
import type { SourceRow } from './header-row.js';
import { nowIso } from '../../../platform/context.js';
import { addJobCounts, recordImportErrors, startHeartbeat, type ImportRowError, type JobCounts } from './jobs.js';
import { relaxBatchDurability, withBulkWriteSettings } from './bulk-store.js';

/** Settings every importer takes. */
export interface ImportOptions {
  jobId: number;
  actor: AuditActor;
  /** Date that stands in for dates a source omits (a termination without a date); default today. */
  asOf?: string;
  /** Rows per transaction (default DEFAULT_BATCH). */
  batchSize?: number;
  /** Called after each committed batch with the running totals. */
  onProgress?: (p: ImportProgress) => void;
}

/**
 * Rows per transaction. Each batch costs a fixed overhead (commit, the audit row, the job counters)
 * and, on SQLite, one new FTS5 segment that later merges rewrite: at 1,000 rows that overhead was ~15 %
 * of the ingest CPU; 4,000 is the most the search index writes in ONE statement (8 parameters a row
 * under SQLite's 32,766), so a batch still flushes exactly one segment.
 */
export const DEFAULT_BATCH = 4000;

/** Running totals of an import. */
export interface ImportProgress extends JobCounts {
  batches: number;
}

/** One row mapped: its record and the key it is upserted by, or why it was rejected. */
export type MappedRow<R> = { ok: true; key: string; record: R } | { ok: false; reasons: string[] };

/** What differs between importers: how a row is mapped and how a batch of records is written. */
export interface BatchWriter<R> {
  /** Audit action of each batch ('patent.import_batch'). */
  auditAction: string;
  map(row: SourceRow): MappedRow<R>;
  /** Writes distinct records (one per key) inside the batch's transaction. */
  write(trx: Trx, records: R[]): Promise<{ inserted: number; updated: number }>;
}

interface Batch<R> {
  rows: number;
  records: Map<string, R>;
  errors: ImportRowError[];
}

const newBatch = <R>(): Batch<R> => ({ rows: 0, records: new Map(), errors: [] });

/**
 * Reads rows, maps them, and writes them in batches, each batch in ONE transaction with its rejected
 * rows, the job's counters and one audit row. A rejected row never stops its batch; a failed write
 * rolls its batch back entirely and ends the import with the error (earlier batches stay committed).
 * While a batch is written the next one is read and mapped (PostgreSQL overlaps the two; SQLite's
 * synchronous driver simply runs them in turn).
 */
export async function runImportBatches<R>(
  ctx: AppContext,
  source: AsyncIterable<SourceRow>,
  opts: ImportOptions,
  writer: BatchWriter<R>,
): Promise<ImportProgress> {
  // The heartbeat tells other processes the job is alive; a killed process stops it (interruptStaleImportJobs).
  const stopHeartbeat = startHeartbeat(ctx, opts.jobId);
  try {
    return await withBulkWriteSettings(ctx, () => runBatches(ctx, source, opts, writer));
  } finally {
    stopHeartbeat();
  }
}

async function runBatches<R>(ctx: AppContext, source: AsyncIterable<SourceRow>, opts: ImportOptions, writer: BatchWriter<R>): Promise<ImportProgress> {
  const size = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const totals: ImportProgress = { rows: 0, inserted: 0, updated: 0, rejected: 0, batches: 0 };

  const writeBatch = async (b: Batch<R>) => {
    const records = [...b.records.values()];
    const counts = await ctx.db.transaction().execute(async (trx) => {
      await relaxBatchDurability(ctx, trx);
      const written = records.length > 0 ? await writer.write(trx, records) : { inserted: 0, updated: 0 };
      // A key repeated within the batch was written once; its earlier rows count as updates.
      const c: JobCounts = {
        rows: b.rows,
        inserted: written.inserted,
        updated: written.updated + (b.rows - b.errors.length - records.length),
        rejected: b.errors.length,
      };
      await recordImportErrors(trx, ctx.dialect, opts.jobId, b.errors);
      await addJobCounts(trx, opts.jobId, c, nowIso(ctx));
      await recordAudit(ctx, trx, opts.actor, { action: writer.auditAction, entityType: 'import_job', entityId: opts.jobId, after: c });
      return c;
    });
    totals.rows += counts.rows;
    totals.inserted += counts.inserted;
    totals.updated += counts.updated;
    totals.rejected += counts.rejected;
    totals.batches += 1;
    opts.onProgress?.({ ...totals });
  };

  // The write in flight; it settles to its error (never rejects), so nothing is left unhandled while we read on.
  let pending: Promise<Error | null> = Promise.resolve(null);
  const flush = async (b: Batch<R>) => {
    const failed = await pending;
    if (failed) throw failed;
    pending = writeBatch(b).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
  };

  let batch = newBatch<R>();
  try {
    for await (const row of source) {
      batch.rows += 1;
      const mapped = row.error ? { ok: false as const, reasons: [row.error] } : safeMap(writer, row);
      if (mapped.ok) {
        batch.records.delete(mapped.key); // re-insert: the last occurrence wins and keeps its place
        batch.records.set(mapped.key, mapped.record);
      } else batch.errors.push({ rowNo: row.rowNo, reason: mapped.reasons.join('；'), raw: row.raw });
      if (batch.rows >= size) {
        await flush(batch);
        batch = newBatch<R>();
      }
    }
    if (batch.rows > 0) await flush(batch);
  } catch (e) {
    await pending; // never leave a write running behind a read error
    throw e;
  }
  const failed = await pending;
  if (failed) throw failed;
  return totals;
}

/** Maps a row; a mapper bug becomes a rejected row instead of a crashed import. */
function safeMap<R>(writer: BatchWriter<R>, row: SourceRow): MappedRow<R> {
  try {
    return writer.map(row);
  } catch (e) {
    return { ok: false, reasons: [`无法读取该行：${e instanceof Error ? e.message : String(e)}`] };
  }
}
