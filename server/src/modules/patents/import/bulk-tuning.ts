import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';

// WAL pages between automatic checkpoints during an import (default 1,000 ≈ 4 MB). A batch of 1,000
// patents dirties a few MB, so the default checkpoints (and fsyncs) after nearly every batch; 10,000
// pages (≈ 40 MB) lets hot index pages be copied back once per several batches.
const IMPORT_AUTOCHECKPOINT = 10_000;

/** Runs a bulk import with SQLite's checkpointing relaxed, restoring the connection's setting afterwards. PostgreSQL: unchanged. */
export async function withBulkWriteSettings<T>(ctx: Pick<AppContext, 'db' | 'dialect'>, work: () => Promise<T>): Promise<T> {
  if (ctx.dialect !== 'sqlite') return work();
  const current = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(ctx.db);
  const before = Number(current.rows[0]?.wal_autocheckpoint ?? 1000);
  await sql`pragma wal_autocheckpoint = ${sql.lit(IMPORT_AUTOCHECKPOINT)}`.execute(ctx.db);
  try {
    return await work();
  } finally {
    await sql`pragma wal_autocheckpoint = ${sql.lit(before)}`.execute(ctx.db);
  }
}

/**
 * PostgreSQL: lets a batch's COMMIT return before its WAL reaches disk (SET LOCAL, this transaction
 * only). A crash can lose the last batches, but never half of one: the rows, the job's counters and
 * the audit row commit or vanish together, and the job then shows how far it got. SQLite: nothing.
 */
export async function relaxBatchDurability(ctx: Pick<AppContext, 'dialect'>, trx: Executor): Promise<void> {
  if (ctx.dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
}
