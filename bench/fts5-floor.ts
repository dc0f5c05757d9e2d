/**
 * What the SQLite FTS5 index alone costs per patent (`npm run bench:fts5-floor -- --size 100000`), with
 * nothing else of the import around it: the lower bound of the embedded ingest, whatever the rest of
 * the import path does. Reads the index documents of the patents in `var/bench/search-<size>.db`
 * (written by `npm run bench:search -- --size <size>`) with the index writer's own code
 * (loadIndexDocuments: the same tokens, marks and filter tokens), then inserts them into a fresh FTS5
 * table of the production definition in a scratch database, once per variant: the importer's shape
 * (a multi-row INSERT per 4,000-patent transaction), one prepared single-row INSERT at 4,000 and 20,000
 * patents a transaction, and the same tokens with `detail=column` and `detail=none` (which the search
 * cannot use: they drop the positions its phrases need). CPU time of this process, split into the
 * inserts and the commit (where FTS5 flushes its pending terms into a segment). Writes
 * bench/results/fts5-floor-<size>.json.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { loadIndexDocuments } from '../server/src/modules/patents/search/index-documents.js';
import { markPartyTokens } from '../server/src/modules/patents/search/sqlite-match.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '100000' } } });
const size = Number(args.size);
const dir = path.join(repoRoot, 'var', 'bench');
const source = path.join(dir, `search-${size}.db`);
if (!existsSync(source)) {
  console.error(`${source} not found: run \`npm run bench:search -- --size ${size}\` first`);
  process.exit(2);
}

type Row = [number, string, string, string, string, string, string, string];
const { ctx, close } = await bootstrap(loadConfig({ ...process.env, DATABASE_URL: '', SQLITE_PATH: source, LOG_LEVEL: 'silent', DEMO_DATA: 'false' }));
const rows: Row[] = [];
for (let last = 0; ;) {
  const ids = (await ctx.db.selectFrom('patents').select('id').where('id', '>', last).orderBy('id').limit(5000).execute()).map((r) => Number(r.id));
  if (ids.length === 0) break;
  for (const { facts: f, text: t } of await loadIndexDocuments(ctx.db, ids))
    rows.push([f.id, t.ti, t.ab, t.cl, markPartyTokens(t.pa), markPartyTokens(t.inv), markPartyTokens(t.ag), t.fl]);
  last = ids[ids.length - 1] as number;
}
await close();
const tokenCount = (r: Row) => r.slice(1).reduce<number>((m, c) => m + (c ? String(c).split(' ').length : 0), 0);
const tokens = rows.reduce((n, r) => n + tokenCount(r), 0) / rows.length;
console.log(`${rows.length} index documents, ${tokens.toFixed(0)} tokens a patent`);

interface Variant {
  name: string;
  detail: 'full' | 'column' | 'none';
  batch: number;
  /** Rows per INSERT statement. */
  perStatement: number;
}
const VARIANTS: Variant[] = [
  { name: 'importer shape: multi-row INSERT, 4,000 a transaction', detail: 'full', batch: 4000, perStatement: 4000 },
  { name: 'prepared single-row INSERT, 4,000 a transaction (main)', detail: 'full', batch: 4000, perStatement: 1 },
  { name: 'prepared single-row INSERT, 20,000 a transaction', detail: 'full', batch: 20000, perStatement: 1 },
  { name: 'detail=column (no positions: phrases impossible)', detail: 'column', batch: 4000, perStatement: 1 },
  { name: 'detail=none (no positions, no columns)', detail: 'none', batch: 4000, perStatement: 1 },
];

function run(v: Variant) {
  const file = path.join(dir, 'fts5-floor-scratch.db');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  // The production definition (migration 0003) and settings.
  db.exec(`create virtual table patent_fts using fts5(ti, ab, cl, pa, inv, ag, fl, content='', contentless_delete=1, tokenize='ascii', detail=${v.detail})`);
  db.exec(`insert into patent_fts(patent_fts, rank) values ('automerge', 8)`);
  db.exec(`insert into patent_fts(patent_fts, rank) values ('hashsize', 67108864)`);
  const statements = new Map<number, SQLite.Statement>();
  const statement = (n: number) => {
    let s = statements.get(n);
    if (!s)
      statements.set(
        n,
        (s = db.prepare(`insert into patent_fts (rowid, ti, ab, cl, pa, inv, ag, fl) values ${Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`)),
      );
    return s;
  };
  let insertCpu = 0;
  let commitCpu = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += v.batch) {
    const end = Math.min(rows.length, i + v.batch);
    const a = cpu();
    db.exec('begin');
    for (let j = i; j < end; j += v.perStatement) statement(Math.min(v.perStatement, end - j)).run(rows.slice(j, Math.min(end, j + v.perStatement)).flat());
    const b = cpu();
    db.exec('commit');
    insertCpu += b - a;
    commitCpu += cpu() - b;
  }
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const us = ((insertCpu + commitCpu) * 1000) / rows.length;
  const result = {
    variant: v.name,
    detail: v.detail,
    batch: v.batch,
    rowsPerStatement: v.perStatement,
    cpuMicrosPerPatent: Math.round(us * 10) / 10,
    insertMicrosPerPatent: Math.round(((insertCpu * 1000) / rows.length) * 10) / 10,
    commitMicrosPerPatent: Math.round(((commitCpu * 1000) / rows.length) * 10) / 10,
    wallSeconds: Math.round(seconds * 10) / 10,
    ceilingPatentsPerSecond: Math.round(1e6 / us),
  };
  console.log(
    `${v.name}: ${result.cpuMicrosPerPatent} µs CPU a patent (insert ${result.insertMicrosPerPatent}, commit ${result.commitMicrosPerPatent}) → at most ${result.ceilingPatentsPerSecond}/s on one core`,
  );
  return result;
}

const results = VARIANTS.map(run);
const out = {
  size: rows.length,
  tokensPerPatent: Math.round(tokens),
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadavgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
  sqlite: new SQLite(':memory:').prepare('select sqlite_version() as v').pluck().get(),
  results,
};
mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
const file = path.join(repoRoot, 'bench', 'results', `fts5-floor-${rows.length}.json`);
writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${path.relative(repoRoot, file)}`);
