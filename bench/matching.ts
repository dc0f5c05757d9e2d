/**
 * Matching benchmark (`npm run bench:matching -- --size 200000`): the synthetic patent corpus of the search
 * benchmark (same generator, seed and file: var/bench/corpus-<size>-<seed>.jsonl, written if missing),
 * imported through the real importer into a database of its own (var/bench/matching-<size>.db; `--keep`
 * reuses it), then `--demands` (10,000) published demands written from real titles, and:
 *   1. latency of the top-20 candidates of one demand (matchDemand) over the first `--latency` (250) demands,
 *      a cold pass (empty term-frequency cache) and a warm pass;
 *   2. a full re-match of every demand (processMatchQueue({ full: true }): match, store the set, notify);
 *   3. an import of 1,000 new patents followed by the incremental re-match the write hook schedules
 *      (only demands whose query terms occur in the new patents).
 * SQLite by default; PostgreSQL when DATABASE_URL is set. Writes bench/results/matching.json (the last run)
 * and bench/results/matching-<dialect>-<size>.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { importRows, loadVocabulary } from '../server/src/modules/patents/search/testing/import-rows.js';
import { readTitles } from '../server/src/modules/patents/search/testing/reference-data.js';
import { seededRandom, syntheticPatentRow } from '../server/src/modules/patents/search/testing/synthetic-patents.js';
import { candidateTuning, clearFrequencyCache } from '../server/src/modules/tech-matching/candidates.js';
import { matchDemand } from '../server/src/modules/tech-matching/matcher.js';
import { processMatchQueue, rematchTuning, settleTechMatching } from '../server/src/modules/tech-matching/rematch.js';
import { writeCorpus } from './src/search/corpus.js';
import { ingest } from './src/search/measure.js';
import { summarise } from './src/search/stats.js';
import { insertDemands } from './src/matching/demands.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20260301' },
    demands: { type: 'string', default: '10000' },
    latency: { type: 'string', default: '250' },
    keep: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});
const size = Number(args.size);
const seed = Number(args.seed);
const demandCount = Number(args.demands);
const latencyCount = Math.min(Number(args.latency), demandCount);
const AS_OF = '2026-03-01';
const dir = path.join(repoRoot, 'var', 'bench');
const corpusFile = path.join(dir, `corpus-${size}-${seed}.jsonl`);
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

async function ensureCorpus(): Promise<void> {
  if (existsSync(corpusFile)) return;
  mkdirSync(dir, { recursive: true });
  const { ctx, close } = await bootstrap(
    loadConfig({ ...process.env, DATABASE_URL: '', SQLITE_PATH: ':memory:', REGION_PROVINCES: '37', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }),
  );
  const vocab = await loadVocabulary(ctx);
  await close();
  log(`writing ${size} patents to ${corpusFile}`);
  await writeCorpus(corpusFile, size, vocab, [], AS_OF, seed);
}

async function pgDatabase(adminUrl: string): Promise<{ url: string; existed: boolean }> {
  const name = `zc_bench_matching_${size}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!args.keep) await admin.query(`drop database if exists ${name} with (force)`);
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), existed: (exists.rowCount ?? 0) > 0 };
}

await ensureCorpus();
mkdirSync(dir, { recursive: true });
const sqlitePath = path.join(dir, `matching-${size}.db`);
const reuse = args.keep && (pgUrl ? true : existsSync(sqlitePath));
if (!pgUrl && !reuse) for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
const database = pgUrl ? await pgDatabase(pgUrl) : null;
const config = loadConfig({
  ...process.env,
  DATABASE_URL: database?.url ?? '',
  SQLITE_PATH: sqlitePath,
  REGION_PROVINCES: '37',
  LOG_LEVEL: 'silent',
  DEMO_DATA: 'false',
});
const { ctx, close } = await bootstrap(config);

const patents = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('patent_search_facts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
let ingestResult: Awaited<ReturnType<typeof ingest>> | null = null;
if ((await patents()) < size) {
  log(`importing ${corpusFile}`);
  ingestResult = await ingest(ctx, corpusFile, AS_OF, log);
  log(`ingest: ${ingestResult.recordsPerSec} records/s`);
  writeFileSync(path.join(dir, `matching-${size}.ingest.json`), JSON.stringify(ingestResult));
}
if (args.prepare) {
  // --prepare: corpus and import only; a later run with --keep measures on this database.
  await close();
  process.exit(0);
}
const previousIngest = path.join(dir, `matching-${size}.ingest.json`);
if (!ingestResult && existsSync(previousIngest)) ingestResult = JSON.parse(readFileSync(previousIngest, 'utf8')) as typeof ingestResult;
// A clean slate of demands (a --keep run reuses the patents only).
for (const t of ['tech_matches', 'tech_match_queue', 'notifications', 'tech_demands'] as const) await ctx.db.deleteFrom(t).execute();
const at = new Date().toISOString();
const demandIds = await insertDemands(ctx, readTitles(), demandCount, at);
const demands = await ctx.db
  .selectFrom('tech_demands')
  .select(['id', 'org_id', 'region_code', 'title', 'description', 'field', 'ipc_hints'])
  .orderBy('id')
  .execute();
log(`${await patents()} patents indexed, ${demandIds.length} published demands`);

async function timeMatches(): Promise<{ ms: number[]; candidates: number }> {
  const ms: number[] = [];
  let candidates = 0;
  for (const d of demands.slice(0, latencyCount)) {
    const t0 = performance.now();
    const r = await matchDemand(ctx, d, 20);
    ms.push(performance.now() - t0);
    candidates += r.items.length;
  }
  return { ms, candidates: candidates / latencyCount };
}
clearFrequencyCache(ctx);
const cold = await timeMatches();
const warm = await timeMatches();
log(`top-20 latency ms: cold p95 ${summarise(cold.ms).p95}, warm p95 ${summarise(warm.ms).p95} (${cold.candidates.toFixed(1)} candidates a demand)`);

clearFrequencyCache(ctx);
if (args.workers !== undefined) rematchTuning.workers = Number(args.workers);
const loadBeforeFull = load();
const cpu0 = process.cpuUsage(); // the whole process: the worker threads included
const t0 = performance.now();
const full = await processMatchQueue(ctx, { full: true });
const fullSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const fullCpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
const loadAfterFull = load();
log(`full re-match of ${full.rematched} demands: ${fullSeconds.toFixed(1)} s (${fullCpuSeconds} s CPU, ${rematchTuning.workers} workers)`);

// Incremental: 1,000 new patents through the importer; the write hook queues them, the re-match follows.
const vocab = await loadVocabulary(ctx);
const rng = seededRandom(seed + 99);
const fresh = Array.from({ length: 1000 }, (_, i) => syntheticPatentRow(size + 1 + i, rng, vocab, AS_OF));
const ti = performance.now();
await importRows(ctx, fresh, { asOf: AS_OF });
const importSeconds = (performance.now() - ti) / 1000;
const tr = performance.now();
const incremental = await settleTechMatching(ctx);
const incrementalSeconds = (performance.now() - tr) / 1000;
log(`import of 1000 patents ${importSeconds.toFixed(1)} s, then incremental re-match of ${incremental.rematched} demands: ${incrementalSeconds.toFixed(1)} s`);
await close();

const result = {
  dialect: ctx.dialect,
  size,
  seed,
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '',
    loadavgBeforeFullRematch: loadBeforeFull,
    loadavgAfterFullRematch: loadAfterFull,
    loadavgAtEnd: load(),
  },
  corpus: `${path.basename(corpusFile)} (bench/search.ts generator), imported with importPatents`,
  ingest: ingestResult,
  tuning: { ...candidateTuning },
  demands: demandIds.length,
  top20: {
    demands: latencyCount,
    targetP95Ms: 200,
    coldMs: summarise(cold.ms),
    warmMs: summarise(warm.ms),
    candidatesPerDemand: Math.round(cold.candidates * 10) / 10,
  },
  fullRematch: {
    targetSeconds: 300,
    demands: full.rematched,
    seconds: Math.round(fullSeconds * 10) / 10,
    perDemandMs: Math.round((fullSeconds * 1000) / Math.max(1, full.rematched)),
    notified: full.notified,
    cpuSeconds: fullCpuSeconds,
    workers: rematchTuning.workers,
    how:
      rematchTuning.workers > 1 && ctx.dialect === 'sqlite'
        ? `${rematchTuning.workers} worker threads, each with its own read-only SQLite connection, match their share of the demands (term weights, index query, re-rank); the main thread stores the changed sets and notifications in one transaction per ${rematchTuning.batch} demands`
        : `one thread${ctx.dialect === 'postgres' ? `, ${rematchTuning.postgresConcurrency} demands at a time over the pool` : ''}; sets and notifications stored in one transaction per ${rematchTuning.batch} demands`,
  },
  afterImport: {
    importedPatents: fresh.length,
    importSeconds: Math.round(importSeconds * 10) / 10,
    queued: incremental.queued,
    demandsRematched: incremental.rematched,
    demandsNotified: incremental.notified,
    seconds: Math.round(incrementalSeconds * 10) / 10,
    how: 'only demands whose query terms occur in a patent written since the last re-match (one index seek per distinct term), each re-ranked from its stored top 20 plus up to 40 new patents the index finds for it',
  },
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
const out = path.join(repoRoot, 'bench', 'results');
mkdirSync(out, { recursive: true });
const text = JSON.stringify(result, null, 2) + '\n';
writeFileSync(path.join(out, `matching-${ctx.dialect}-${size}.json`), text);
writeFileSync(path.join(out, 'matching.json'), text);
log(`wrote bench/results/matching.json and matching-${ctx.dialect}-${size}.json`);
