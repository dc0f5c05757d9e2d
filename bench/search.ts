/**
 * Search benchmark (`npm run bench:search -- --size 200000`): a deterministic synthetic corpus of
 * `--size` patents (default 1,000,000) built from the real titles and IPC scheme, written as JSON Lines,
 * imported THROUGH THE REAL IMPORTER (file reader → mapper → batch writer → search index hook), then a
 * fixed set of 210 queries timed per class, and recall of the plain-term queries checked against an exact
 * substring scan. SQLite by default; PostgreSQL when DATABASE_URL is set (a database of its own is
 * created on that server). Writes bench/results/search-<dialect>[-<size>].json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'kysely';
import { bootstrap } from '../server/src/bootstrap.js';
import { onPatentsWritten } from '../server/src/modules/patents/write-hooks.js';
import { indexPatents } from '../server/src/modules/patents/search/index.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { readTitles } from '../server/src/modules/patents/search/testing/reference-data.js';
import { seededRandom } from '../server/src/modules/patents/search/testing/synthetic-patents.js';
import { saveOracle, writeCorpus, type Oracle } from './src/search/corpus.js';
import { buildIndex, checkRecall, databaseSize, ingest, timeQueries } from './src/search/measure.js';
import { buildQueries } from './src/search/queries.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20260301' },
    phase: { type: 'string', default: 'all' },
    keep: { type: 'boolean', default: false },
    split: { type: 'boolean', default: false },
  },
});
const size = Number(args.size);
const seed = Number(args.seed);
const AS_OF = '2026-03-01';
const dir = path.join(repoRoot, 'var', 'bench');
const corpusFile = path.join(dir, `corpus-${size}-${seed}.jsonl`);
const oracleFile = corpusFile.replace(/\.jsonl$/, '.oracle.json');
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const queries = () => buildQueries(seededRandom(seed + 1), readTitles());

async function generate(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { ctx, close } = await bootstrap(
    loadConfig({ ...process.env, DATABASE_URL: '', SQLITE_PATH: ':memory:', REGION_PROVINCES: '37', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }),
  );
  const { loadVocabulary } = await import('../server/src/modules/patents/search/testing/import-rows.js');
  const vocab = await loadVocabulary(ctx);
  await close();
  log(`writing ${size} patents to ${corpusFile}`);
  const oracle = await writeCorpus(corpusFile, size, vocab, queries(), AS_OF, seed);
  saveOracle(oracleFile, oracle);
}

function loadOracle(): Oracle {
  const json = JSON.parse(readFileSync(oracleFile, 'utf8')) as { size: number; expected: Record<string, string> };
  return { size: json.size, expected: new Map(Object.entries(json.expected).map(([q, b]) => [q, new Uint8Array(Buffer.from(b, 'base64'))])) };
}

/** A fresh PostgreSQL database for this run (kept with --keep). */
async function pgDatabase(adminUrl: string): Promise<string> {
  const name = `zc_bench_${size}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!args.keep) await admin.query(`drop database if exists ${name} with (force)`);
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function measure(): Promise<void> {
  const sqlitePath = path.join(dir, `search-${size}.db`);
  if (!pgUrl && !args.keep) for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
  const url = pgUrl ? await pgDatabase(pgUrl) : '';
  const config = loadConfig({ ...process.env, DATABASE_URL: url, SQLITE_PATH: sqlitePath, REGION_PROVINCES: '37', LOG_LEVEL: 'silent', DEMO_DATA: 'false' });
  // Ingest is measured with the search index hook alone (not the other modules' hooks), as since the first
  // run; --split imports without it, then builds the index alone (the two shares of ingest).
  const { ctx, close } = await bootstrap(config, undefined, { registerModules: false });
  if (!args.split) onPatentsWritten(indexPatents);
  const ingestResult = args.keep ? null : await ingest(ctx, corpusFile, AS_OF, log);
  if (ingestResult)
    log(
      `ingest: ${ingestResult.recordsPerSec} records/s (${ingestResult.seconds.toFixed(0)} s, CPU ${ingestResult.cpuSeconds.toFixed(0)} s${ingestResult.serverCpuSeconds !== undefined ? `, server CPU ${ingestResult.serverCpuSeconds} s` : ''}, load ${loadavg()[0]?.toFixed(1)})`,
    );
  const loadAfterIngest = loadavg().map((x) => Math.round(x * 100) / 100);
  const indexResult = args.split && !args.keep ? await buildIndex(ctx) : null;
  if (indexResult)
    log(`index build alone: ${indexResult.recordsPerSec} records/s (${indexResult.seconds.toFixed(0)} s, CPU ${indexResult.cpuSeconds.toFixed(0)} s)`);
  // PostgreSQL plans text search from column statistics; autovacuum had not analysed the table 50 minutes
  // into the 1M import (estimates of 1 row for 400,000 hits, 10× slower plans). A bulk import ends with ANALYZE.
  if (ctx.dialect === 'postgres') await sql`analyze`.execute(ctx.db);
  const dbSize = await databaseSize(ctx, sqlitePath);
  // What the server does after a start (main.ts, WARM_CACHES): load the search's facet snapshot (SQLite).
  const { warmFacetSnapshot } = await import('../server/src/modules/patents/search/index.js');
  const w0 = performance.now();
  await warmFacetSnapshot(ctx);
  const facetSnapshotLoadMs = ctx.dialect === 'sqlite' ? Math.round(performance.now() - w0) : null;
  if (facetSnapshotLoadMs !== null) log(`facet snapshot loaded in ${facetSnapshotLoadMs} ms (rss ${Math.round(process.memoryUsage().rss / 1e6)} MB)`);
  const qs = queries();
  log(`timing ${qs.length} queries (first pass, then warm: the median of three runs of each)`);
  const first = await timeQueries(ctx, qs, AS_OF);
  const warm = await timeQueries(ctx, qs, AS_OF, 3);
  log(`warm p95 ms: plain ${warm.plain.p95}, fielded ${warm.fielded.p95}, filtered ${warm.filtered.p95}, faceted ${warm.faceted.p95}`);
  log(`warm p95 CPU ms: plain ${warm.cpu.plain.p95}, fielded ${warm.cpu.fielded.p95}, filtered ${warm.cpu.filtered.p95}, faceted ${warm.cpu.faceted.p95}`);
  const recall = await checkRecall(ctx, qs, loadOracle(), AS_OF);
  log(`recall ${recall.recall.toFixed(4)}, precision ${recall.precision.toFixed(4)}, exact ${recall.exactQueries}/${recall.queries}`);
  await close();
  const result = {
    dialect: ctx.dialect,
    size,
    seed,
    measuredAt: new Date().toISOString(),
    importPath: 'importPatents (modules/patents/import) reading the JSONL file with openRowSource, batches of DEFAULT_BATCH (4000)',
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? '',
      loadavgAfterIngest: loadAfterIngest,
      loadavgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    ingest: ingestResult,
    ...(indexResult ? { split: 'ingest = importer without the index hook; indexBuild = rebuildSearchIndex afterwards', indexBuild: indexResult } : {}),
    dbSizeBytes: dbSize,
    dbSizeMB: Math.round(dbSize / 1e6),
    facetSnapshotLoadMs,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    queries: { warm, firstPass: first },
    recall,
  };
  const name = `search-${ctx.dialect}${size === 1_000_000 ? '' : `-${size}`}${args.split ? '-split' : ''}.json`;
  const file = path.join(repoRoot, 'bench', 'results', name);
  // --keep re-times the queries on the imported database: keep the ingest figures of the run that imported it.
  if (args.keep && existsSync(file)) {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<typeof result>;
    result.ingest = previous.ingest ?? null;
  }
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  log(`wrote bench/results/${name}`);
}

if (args.phase === 'measure') await measure();
else {
  if (!existsSync(corpusFile) || !existsSync(oracleFile)) await generate();
  // Measure in a fresh process so its peak RSS is the import and the queries, not the corpus generator.
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, ...process.argv.slice(2), '--phase', 'measure'], { stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  process.exitCode = code ?? 1;
}
