import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';

// The database settings and upkeep around a bulk import (data access: SQL and pragmas only).

// WAL pages between automatic checkpoints during an import (default 1,000 ≈ 4 MB). A batch of 1,000
// patents dirties a few MB, so the default checkpoints (and fsyncs) after nearly every batch; 10,000
// pages (≈ 40 MB) lets hot index pages be copied back once per several batches.
const IMPORT_AUTOCHECKPOINT = 10_000;
// Page cache during an import, KiB (default 2 MB). At a million patents the secondary indexes
// (party names, IPC codes, events) and the FTS5 segments are hundreds of MB, and every batch touches
// pages all over them: with 2 MB each of those touches is a read from the OS and a dirty-page spill.
const IMPORT_CACHE_KIB = 262_144;

/**
 * Runs a bulk import with SQLite's checkpointing relaxed and a large page cache and in-memory temp
 * storage, restoring the connection's settings afterwards. PostgreSQL: unchanged (its settings are
 * per transaction, see relaxBatchDurability).
 */
export async function withBulkWriteSettings<T>(ctx: Pick<AppContext, 'db' | 'dialect'>, work: () => Promise<T>): Promise<T> {
  if (ctx.dialect !== 'sqlite') return work();
  const read = async (name: string) => Number(Object.values((await sql.raw(`pragma ${name}`).execute(ctx.db)).rows[0] ?? {})[0]);
  const before = { wal: (await read('wal_autocheckpoint')) || 1000, cache: (await read('cache_size')) || -2000, temp: await read('temp_store') };
  const set = (name: string, value: number) => sql.raw(`pragma ${name} = ${Math.trunc(value)}`).execute(ctx.db);
  await set('wal_autocheckpoint', IMPORT_AUTOCHECKPOINT);
  // Never shrink a cache the search (or the database layer) already raised.
  if (before.cache < 0 && -before.cache < IMPORT_CACHE_KIB) await set('cache_size', -IMPORT_CACHE_KIB);
  await set('temp_store', 2);
  try {
    return await work();
  } finally {
    await set('wal_autocheckpoint', before.wal);
    await set('cache_size', before.cache);
    await set('temp_store', before.temp);
  }
}

/**
 * Per-transaction settings of an import batch. PostgreSQL: lets a batch's COMMIT return before its
 * WAL reaches disk (SET LOCAL, this transaction only) — a crash can lose the last batches, but never
 * half of one: the rows, the job's counters and the audit row commit or vanish together, and the job
 * then shows how far it got; and gives the batch 128 MB of work_mem, which is what a GIN index's
 * pending-list cleanup (triggered by the inserts) sorts and merges in: with the default 4 MB a cleanup
 * writes each lexeme's posting list many times over. SQLite: nothing.
 */
export async function relaxBatchDurability(ctx: Pick<AppContext, 'dialect'>, trx: Executor): Promise<void> {
  if (ctx.dialect === 'postgres') await sql`select set_config('synchronous_commit', 'off', true), set_config('work_mem', '128MB', true)`.execute(trx);
}

/** Patents written by one import above which it ends with the statistics refresh below. */
export const LARGE_IMPORT = 20_000;

const GIN_INDEXES = ['patent_search_tx'] as const;

/**
 * After a large import, PostgreSQL: merges the GIN pending lists into the indexes (a search otherwise
 * scans up to 16 MB of unsorted entries per index, 0012-search-speed) and refreshes the planner's
 * statistics. Autovacuum had not analysed the facts table 50 minutes into a 1M import, and the planner
 * then estimated 1 row for 400,000 hits and chose plans 10× slower. SQLite: nothing (its planner
 * does not use statistics for FTS5).
 */
export async function finishLargeImport(ctx: Pick<AppContext, 'db' | 'dialect'>, written: number): Promise<void> {
  if (ctx.dialect !== 'postgres' || written < LARGE_IMPORT) return;
  for (const ix of GIN_INDEXES) await sql`select gin_clean_pending_list(to_regclass(${ix}))`.execute(ctx.db);
  await sql`analyze patents`.execute(ctx.db);
  await sql`analyze patent_search_facts`.execute(ctx.db);
}
