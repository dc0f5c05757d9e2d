import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AppContext } from '../../platform/context.js';
import { candidateTuning } from './candidates.js';
import { matchDemand, type DemandForMatching } from './matcher.js';

/**
 * One worker of a full re-match on SQLite (see rematch.ts fullRematch): its own read-only connection,
 * its share of the demands, matched exactly as matchDemand does; results go back to the main thread in
 * batches, which stores the sets and notifies. Never writes.
 */
export interface RematchWorkerData {
  sqlitePath: string;
  demands: DemandForMatching[];
  limit: number;
  batch: number;
  tuning: typeof candidateTuning;
}

const data = workerData as RematchWorkerData;
Object.assign(candidateTuning, data.tuning);
const sqlite = new SQLite(data.sqlitePath, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
// matchDemand reads only the database and the dialect of its context.
const ctx = { db, dialect: 'sqlite' } as unknown as AppContext;

let out: { demandId: number; items: Awaited<ReturnType<typeof matchDemand>>['items'] }[] = [];
for (const d of data.demands) {
  const r = await matchDemand(ctx, d, data.limit);
  out.push({ demandId: d.id, items: r.items });
  if (out.length >= data.batch) {
    parentPort?.postMessage({ type: 'batch', results: out });
    out = [];
  }
}
if (out.length) parentPort?.postMessage({ type: 'batch', results: out });
await db.destroy();
parentPort?.postMessage({ type: 'done' });
