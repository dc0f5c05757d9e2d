import { readFileSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import type { AppContext } from '../../../server/src/platform/context.js';
import { createImportJob } from '../../../server/src/modules/patents/import/jobs.js';
import { importPatents } from '../../../server/src/modules/patents/import/patent-importer.js';
import { openRowSource } from '../../../server/src/modules/patents/import/readers.js';
import type { AuditActor } from '../../../server/src/platform/actor.js';
import { parseQuery } from '../../../server/src/modules/patents/query/index.js';
import { bitsetRows, type Oracle } from './corpus.js';
import type { BenchQuery, QueryClass } from './queries.js';
import { summarise, type Summary } from './stats.js';

/** Ingest figures: end to end through the importer, reading the JSONL file. */
export interface IngestResult {
  records: number;
  seconds: number;
  recordsPerSec: number;
  /** CPU time of this process (user + system); the database server's CPU is not included on PostgreSQL. */
  cpuSeconds: number;
  /**
   * PostgreSQL: CPU time of the server processes of this database still connected at the end (the
   * import's own backend among them), from /proc; the server runs on this machine. SQLite: absent.
   */
  serverCpuSeconds?: number;
}

/** CPU seconds (user + system) of this database's server processes, read from /proc (PostgreSQL on this machine). */
async function serverCpu(ctx: AppContext): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ctx.dialect !== 'postgres') return out;
  const r = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(ctx.db);
  for (const { pid } of r.rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      out.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the process ended, or the server is elsewhere
    }
  }
  return out;
}

// The search module is imported lazily: importing it registers the index hook, which --split leaves out.
const search = () => import('../../../server/src/modules/patents/search/index.js');
const importActor = (): AuditActor => ({ userId: null, username: 'bench', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } });

/** Imports the corpus file through the real import path (file reader → mapper → batch writer → write hooks). */
export async function ingest(ctx: AppContext, file: string, asOf: string, log: (s: string) => void): Promise<IngestResult> {
  const actor = importActor();
  const jobId = await createImportJob(ctx, actor, { kind: 'patents', fileName: file });
  const server0 = await serverCpu(ctx);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  let lastRows = 0;
  const r = await importPatents(ctx, openRowSource(file, 'jsonl'), {
    jobId,
    actor,
    asOf,
    onProgress: (p) => {
      if (p.rows - lastRows < 100_000) return;
      const now = performance.now();
      log(
        `  ${p.rows} rows, last ${p.rows - lastRows} at ${Math.round((p.rows - lastRows) / ((now - last) / 1000))}/s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
      );
      last = now;
      lastRows = p.rows;
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  let serverCpuSeconds = 0;
  for (const [pid, s] of await serverCpu(ctx)) serverCpuSeconds += s - (server0.get(pid) ?? 0);
  if (r.rejected > 0) log(`  ${r.rejected} rows rejected`);
  return {
    records: r.inserted + r.updated,
    seconds,
    recordsPerSec: Math.round((r.inserted + r.updated) / seconds),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    ...(ctx.dialect === 'postgres' ? { serverCpuSeconds: Math.round(serverCpuSeconds) } : {}),
  };
}

/** Builds the index of every imported patent with the hook's own code (rebuildSearchIndex), timed: the index's share of ingest. */
export async function buildIndex(ctx: AppContext): Promise<IngestResult> {
  const { rebuildSearchIndex } = await search();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const records = await rebuildSearchIndex(ctx);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { records, seconds, recordsPerSec: Math.round(records / seconds), cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Bytes the database occupies. */
export async function databaseSize(ctx: AppContext, sqlitePath: string): Promise<number> {
  if (ctx.dialect === 'postgres') {
    const r = await sql<{ n: string | number }>`select pg_database_size(current_database()) as n`.execute(ctx.db);
    return Number(r.rows[0]?.n ?? 0);
  }
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
  return statSync(sqlitePath).size;
}

/** Median of a few numbers. */
const median = (xs: readonly number[]) => {
  const a = [...xs].sort((x, y) => x - y);
  const mid = a.length >> 1;
  return a.length % 2 ? (a[mid] as number) : ((a[mid - 1] as number) + (a[mid] as number)) / 2;
};

/**
 * Latencies over the query set, per class, in ms (count + top 20, plus facets where asked). Each query
 * runs `runs` times in a row and counts with its median: on this shared virtual machine the same work
 * takes up to 40 % longer from one minute to the next, and a median of three keeps one slow moment from
 * deciding a p95.
 */
export async function timeQueries(
  ctx: AppContext,
  queries: readonly BenchQuery[],
  asOf: string,
  runs = 1,
): Promise<Record<QueryClass, Summary> & { sampledFacets: number; runsPerQuery: number; cpu: Record<QueryClass, Summary> }> {
  const { searchPatents } = await search();
  const times = new Map<QueryClass, number[]>();
  // CPU time of this process per query: on SQLite (in process) what the query costs on a core of its
  // own, whatever the other work on the machine; wall-clock time includes waiting for a core.
  const cpuTimes = new Map<QueryClass, number[]>();
  let sampled = 0;
  for (const q of queries) {
    const parsed = parseQuery(q.q);
    if (!parsed.ok) throw new Error(`bench query does not parse: ${q.q}: ${parsed.error.message}`);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await searchPatents(ctx, { ast: parsed.ast, sort: 'relevance', page: 1, pageSize: 20, facets: q.facets, asOf });
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (i === 0 && r.facets?.facetsSampled) sampled++;
    }
    times.set(q.cls, [...(times.get(q.cls) ?? []), median(wall)]);
    cpuTimes.set(q.cls, [...(cpuTimes.get(q.cls) ?? []), median(cpu)]);
  }
  const get = (c: QueryClass) => summarise(times.get(c) ?? []);
  const getCpu = (c: QueryClass) => summarise(cpuTimes.get(c) ?? []);
  return {
    plain: get('plain'),
    fielded: get('fielded'),
    filtered: get('filtered'),
    faceted: get('faceted'),
    sampledFacets: sampled,
    runsPerQuery: runs,
    cpu: { plain: getCpu('plain'), fielded: getCpu('fielded'), filtered: getCpu('filtered'), faceted: getCpu('faceted') },
  };
}

/** Row number of every patent id (the corpus writes the row number into the application number). */
async function rowsById(ctx: AppContext): Promise<Map<number, number>> {
  const map = new Map<number, number>();
  let last = 0;
  for (;;) {
    const rows = await ctx.db.selectFrom('patents').select(['id', 'app_no']).where('id', '>', last).orderBy('id').limit(50_000).execute();
    if (rows.length === 0) return map;
    for (const r of rows) map.set(Number(r.id), Number(r.app_no.slice(7, 14)));
    last = Number(rows[rows.length - 1]?.id);
  }
}

/** Recall and precision of the plain queries against the substring scan. */
export async function checkRecall(ctx: AppContext, queries: readonly BenchQuery[], oracle: Oracle, asOf: string) {
  const { streamPatentIds } = await search();
  const rowOf = await rowsById(ctx);
  let expectedTotal = 0;
  let foundTotal = 0;
  let hitTotal = 0;
  let exact = 0;
  const misses: { q: string; expected: number; found: number; correct: number }[] = [];
  for (const q of queries.filter((x) => x.terms)) {
    const parsed = parseQuery(q.q);
    if (!parsed.ok) continue;
    const want = new Set(bitsetRows(oracle.expected.get(q.q) as Uint8Array, oracle.size));
    let found = 0;
    let correct = 0;
    for await (const ids of streamPatentIds(ctx, parsed.ast, asOf, { batchSize: 20_000 })) {
      for (const id of ids) {
        found++;
        if (want.has(rowOf.get(id) ?? -1)) correct++;
      }
    }
    expectedTotal += want.size;
    foundTotal += found;
    hitTotal += correct;
    if (correct === want.size && found === want.size) exact++;
    else misses.push({ q: q.q, expected: want.size, found, correct });
  }
  const n = queries.filter((x) => x.terms).length;
  return {
    queries: n,
    exactQueries: exact,
    recall: expectedTotal ? hitTotal / expectedTotal : 1,
    precision: foundTotal ? hitTotal / foundTotal : 1,
    expectedHits: expectedTotal,
    misses,
  };
}
