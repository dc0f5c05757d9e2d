import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchCandidate } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { nowIso, type AppContext } from '../../platform/context.js';
import { notifyUsers, type NotificationInput } from '../../platform/notify.js';
import { compileQuery, hitSource, onPatentsWritten } from '../patents/api.js';
import { candidateTuning, patentsChanged, queryTermsOf, weighTerms } from './candidates.js';
import { demandTerms, matchDemand, type DemandForMatching } from './matcher.js';
import {
  storeMatches,
  storedMatchKeys,
  anyHitFrom,
  anyPublishedDemand,
  dequeueUpTo,
  enqueuePatents,
  findDemandForMatching,
  findStoredMatches,
  matchQueueSpan,
  publishedDemands,
} from './match-repository.js';
import type { RematchWorkerData } from './rematch-worker.js';

/**
 * Keeping matches current (新匹配提醒). A demand's match set (its top MATCH_SET candidates) is stored when
 * it is published; after patents are written, the demands whose key terms occur in the written patents
 * are matched again and their owners told of candidates that were not in the set before.
 *
 * The patents write hook only queues the written ids (inside the writer's transaction, so a rolled-back
 * import queues nothing) and schedules the re-match a moment after the last write: an import of many
 * batches is re-matched once, after it settles, not once per batch.
 */

/** Candidates kept per demand: "new" means new in this top list. */
export const MATCH_SET = 20;
/** Quiet time after the last patent write before the queue is processed. */
export const REMATCH_DELAY_MS = 1500;

/** Matches one demand again, stores its set and notifies the owner of candidates new to it; returns how many were new. */
export async function rematchDemand(ctx: AppContext, demandId: number): Promise<number> {
  const d = await findDemandForMatching(ctx.db, demandId);
  if (!d || d.status !== 'published') return 0;
  return rematchRow(ctx, d);
}

async function rematchRow(ctx: AppContext, d: DemandForMatching & { owner_user_id: number | null }, queuedFrom?: number): Promise<number> {
  const known = await storedMatchKeys(ctx.db, d.id);
  const keepPatentIds = [...known].filter((k) => k.startsWith('patent:')).map((k) => Number(k.slice(7)));
  const r = await matchDemand(ctx, d, MATCH_SET, queuedFrom === undefined ? undefined : { queuedFrom, keepPatentIds });
  const { fresh, changed } = compareWithStored(r.items, known);
  // The set is rewritten only when its membership changed (what "new" is judged against).
  if (changed) await storeMatches(ctx.db, d.id, r.items, nowIso(ctx));
  const note = newMatchNotification(d, fresh);
  if (note) await notifyUsers(ctx, [note]);
  return fresh.length;
}

/** Candidates not in the stored set, and whether the set's membership changed. */
function compareWithStored(items: readonly MatchCandidate[], known: ReadonlySet<string>) {
  const fresh = items.filter((c) => !known.has(`${c.kind}:${c.id}`));
  return { fresh, changed: fresh.length > 0 || items.length !== known.size };
}

/** The owner's notification of candidates new to the set (新匹配提醒), or null. */
function newMatchNotification(
  d: Pick<DemandForMatching, 'id' | 'title'> & { owner_user_id: number | null },
  fresh: readonly MatchCandidate[],
): NotificationInput | null {
  if (fresh.length === 0 || d.owner_user_id === null) return null;
  const lines = fresh.slice(0, 5).map((c) => `· ${c.title}（${c.kind === 'listing' ? '供应项目' : c.subtitle}）：${c.explanation}`);
  return {
    userId: d.owner_user_id,
    kind: 'tech_match.new',
    title: `技术需求“${d.title}”有 ${fresh.length} 个新的匹配`,
    body: `${lines.join('\n')}${fresh.length > 5 ? `\n…等共 ${fresh.length} 个` : ''}`,
    link: `/tech/demands/${d.id}/matches`,
  };
}

type PublishedDemand = DemandForMatching & { owner_user_id: number | null };
type MatchedBatch = { demandId: number; items: MatchCandidate[] }[];

/** Full re-matches run on worker threads from this many demands up (SQLite file databases only). */
export const rematchTuning = {
  workerMinDemands: 200,
  /** Worker threads; 0 disables them. Default: the machine's cores (at most 4). */
  workers: Math.min(4, availableParallelism()),
  /** Demands matched at once on one connection pool (PostgreSQL: parallel queries on the pool). */
  postgresConcurrency: 4,
  /** Demands per write transaction. */
  batch: 50,
};

/**
 * Stores one batch of match results in one transaction (only the sets whose membership changed), then
 * notifies the owners of new candidates after the commit. Returns how many demands got new matches.
 */
async function storeBatch(ctx: AppContext, byId: ReadonlyMap<number, PublishedDemand>, batch: MatchedBatch): Promise<number> {
  if (batch.length === 0) return 0;
  const at = nowIso(ctx);
  const notes: NotificationInput[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await findStoredMatches(
      trx,
      batch.map((b) => b.demandId),
    );
    const known = new Map<number, Set<string>>();
    for (const r of stored) {
      const id = Number(r.demand_id);
      if (!known.has(id)) known.set(id, new Set());
      known.get(id)?.add(`${r.kind}:${Number(r.target_id)}`);
    }
    for (const b of batch) {
      const d = byId.get(b.demandId);
      if (!d) continue;
      const { fresh, changed } = compareWithStored(b.items, known.get(b.demandId) ?? new Set());
      if (changed) await storeMatches(trx, b.demandId, b.items, at);
      const note = newMatchNotification(d, fresh);
      if (note) notes.push(note);
    }
  });
  await notifyUsers(ctx, notes);
  return notes.length;
}

/**
 * Matches every given demand from scratch and stores the sets (batched writes, changed sets only).
 * SQLite file database: the matching runs on worker threads, each with its own read-only connection
 * (WAL readers do not block each other or the writer), and this thread writes. PostgreSQL: several
 * demands are matched at once over the connection pool. Small runs and in-memory databases: in turn.
 */
async function fullRematch(ctx: AppContext, demands: readonly PublishedDemand[]): Promise<number> {
  const byId = new Map(demands.map((d) => [d.id, d]));
  let notified = 0;
  let writes = Promise.resolve();
  const enqueue = (batch: MatchedBatch) => {
    writes = writes.then(async () => {
      notified += await storeBatch(ctx, byId, batch);
    });
    return writes;
  };
  const db = ctx.config.database;
  const workers = Math.min(rematchTuning.workers, Math.ceil(demands.length / rematchTuning.batch));
  if (db.kind === 'sqlite' && db.path !== ':memory:' && workers > 1 && demands.length >= rematchTuning.workerMinDemands) {
    await runOnWorkers(db.path, demands, workers, enqueue);
  } else {
    const concurrency = ctx.dialect === 'postgres' ? rematchTuning.postgresConcurrency : 1;
    for (let i = 0; i < demands.length; i += rematchTuning.batch) {
      const part = demands.slice(i, i + rematchTuning.batch);
      const batch: MatchedBatch = [];
      for (let j = 0; j < part.length; j += concurrency) {
        const group = part.slice(j, j + concurrency);
        const rs = await Promise.all(group.map((d) => matchDemand(ctx, d, MATCH_SET)));
        group.forEach((d, k) => batch.push({ demandId: d.id, items: rs[k]?.items ?? [] }));
      }
      await enqueue(batch);
    }
  }
  await writes;
  return notified;
}

function workerUrl(): URL {
  // Under tsx (server, bench) this module is the .ts source; compiled, it is .js.
  return new URL(import.meta.url.endsWith('.ts') ? './rematch-worker.ts' : './rematch-worker.js', import.meta.url);
}

function startWorker(data: RematchWorkerData): Worker {
  const url = workerUrl();
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: data });
  // From source, the worker registers tsx's TypeScript loader first (tsx registers it in the main thread only).
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

async function runOnWorkers(sqlitePath: string, demands: readonly PublishedDemand[], n: number, onBatch: (b: MatchedBatch) => Promise<void>): Promise<void> {
  const shares: DemandForMatching[][] = Array.from({ length: n }, () => []);
  demands.forEach((d, i) => {
    const { owner_user_id: _owner, ...forMatching } = d;
    shares[i % n]?.push(forMatching);
  });
  const pending: Promise<void>[] = [];
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const data: RematchWorkerData = { sqlitePath, demands: share, limit: MATCH_SET, batch: rematchTuning.batch, tuning: { ...candidateTuning } };
          const w = startWorker(data);
          w.on('message', (m: { type: 'batch'; results: MatchedBatch } | { type: 'done' }) => {
            if (m.type === 'batch') pending.push(onBatch(m.results));
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`re-match worker exited with code ${code}`))));
        }),
    ),
  );
  await Promise.all(pending);
}

/** True when a patent from the lowest queued id up contains the term (one index seek; see candidatePatentIds). */
async function termInQueue(ctx: AppContext, term: string, lo: number): Promise<boolean> {
  const plan = compileQuery({ kind: 'text', field: 'TX', value: term, phrase: true, position: 0 }, { asOf: '2000-01-01' });
  if (plan.cond.t === 'const') return false;
  const src = hitSource(ctx.dialect, plan);
  return anyHitFrom(ctx.db, src, lo);
}

/** Outcome of one re-match run. */
export interface RematchRun {
  queued: number;
  demands: number;
  rematched: number;
  notified: number;
}

/**
 * Processes the queue: finds the published demands whose query terms occur in a queued patent (one
 * bounded index query per distinct term) and re-matches only those, incrementally: their stored set
 * competes with the queued patents the index finds for them, nothing else is read. With `full`, every
 * published demand is matched from scratch. Then empties the processed part of the queue.
 */
export async function processMatchQueue(ctx: AppContext, opts: { full?: boolean } = {}): Promise<RematchRun> {
  const queue = await matchQueueSpan(ctx.db);
  const queued = Number(queue.n);
  const demands = await publishedDemands(ctx.db);
  const run: RematchRun = { queued, demands: demands.length, rematched: 0, notified: 0 };
  if (queued === 0 && !opts.full) return run;
  let affected = demands;
  if (!opts.full) {
    const lo = Number(queue.lo);
    const termsOf = new Map<number, string[]>();
    for (const d of demands) termsOf.set(d.id, queryTermsOf(await weighTerms(ctx, demandTerms(d))));
    const hit = new Map<string, boolean>();
    for (const term of new Set([...termsOf.values()].flat())) hit.set(term, await termInQueue(ctx, term, lo));
    affected = demands.filter((d) => (termsOf.get(d.id) ?? []).some((t) => hit.get(t)));
  }
  if (opts.full) {
    run.rematched = affected.length;
    run.notified = await fullRematch(ctx, affected);
  } else {
    for (const d of affected) {
      run.rematched++;
      if ((await rematchRow(ctx, d, Number(queue.lo))) > 0) run.notified++;
    }
  }
  if (queued > 0) await dequeueUpTo(ctx.db, Number(queue.hi));
  return run;
}

const timers = new Map<AppContext, NodeJS.Timeout>();
const running = new Map<AppContext, Promise<unknown>>();

/** Runs the queue now, after any run in progress (tests and the importer's callers await this). */
export async function settleTechMatching(ctx: AppContext): Promise<RematchRun> {
  const t = timers.get(ctx);
  if (t) clearTimeout(t);
  timers.delete(ctx);
  const previous = running.get(ctx) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => processMatchQueue(ctx));
  running.set(ctx, next);
  try {
    return await next;
  } finally {
    if (running.get(ctx) === next) running.delete(ctx);
  }
}

function schedule(ctx: AppContext): void {
  const t = timers.get(ctx);
  if (t) clearTimeout(t);
  const timer = setTimeout(() => {
    timers.delete(ctx);
    settleTechMatching(ctx).catch((e: unknown) => {
      // The database may have been closed meanwhile (shutdown, end of a test); anything else is worth a log line.
      const msg = e instanceof Error ? e.message : String(e);
      if (!/destroyed|closed|not open|does not exist|terminat/i.test(msg)) console.error('tech re-match failed', e);
    });
  }, REMATCH_DELAY_MS);
  timer.unref();
  timers.set(ctx, timer);
}

/**
 * The patents write hook: note that the index changed and, when any demand is published, queue the
 * written patents for re-matching.
 */
async function queueWrittenPatents(ctx: AppContext, trx: Executor, ids: readonly number[]): Promise<void> {
  patentsChanged(ctx);
  if (!(await anyPublishedDemand(trx))) return;
  await enqueuePatents(trx, ids);
  schedule(ctx);
}

/** Queues re-matching after every patent write. */
export function registerRematchHook(): void {
  onPatentsWritten(queueWrittenPatents);
}
