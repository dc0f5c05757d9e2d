/**
 * Abnormal-application screening benchmark (`npm run bench:abnormal-screening -- --size 1000000`).
 *
 * 1. Writes a synthetic registry into a database of its own (var/bench/abnormal-<size>.db; `--keep` reuses it):
 *    titles, abstracts (~250 characters) and first claims (~300) made of patent prose on a random topic per patent
 *    (test-helpers.ts: unrelated texts share ~5 % of their bigrams, texts on one topic ~40 %), 3,000 applicants
 *    with a skewed distribution, addresses, filing dates 2015–2025. One patent in 100 is a PLANTED near duplicate:
 *    a copy of an earlier original (never of another copy) with a few words replaced (similarity ~0.8); the planted
 *    pairs are each original with its copies and, where an original has several, the copies with each other.
 *    Rows are inserted in bulk, not through the importer (the importer's own speed is bench:search's subject).
 * 2. Times the full screening (`screenAll`: signatures, LSH bands, candidates, exact checks, burst/cluster/transfer)
 *    and reports precision and recall of the near-duplicate signal on the planted pairs.
 * 3. Writes 1,000 more patents (10 planted copies of originals) through the patent write hooks, as an import
 *    does, and times the incremental screening of the queued ids (`screenQueued`), with its recall.
 * SQLite. Writes bench/results/abnormal-screening.json (the last run) and abnormal-screening-sqlite-<size>.json.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { insertRows, type BulkRow } from '../server/src/db/bulk-insert.js';
import { runPatentWriteHooks } from '../server/src/modules/patents/api.js';
import { screenAll, screenQueued } from '../server/src/modules/abnormal-screening/screening.js';
import { nearCopy, seeded, syntheticText } from '../server/src/modules/abnormal-screening/test-helpers.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } } });
const size = Number(args.size);
const dir = path.join(repoRoot, 'var', 'bench');
const dbFile = path.join(dir, `abnormal-${size}.db`);
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const PLANT_EVERY = 100;

interface Doc {
  title: string;
  abstract: string;
  claim: string;
}

/** Patent i of the corpus: an original, or (every 100th) a near copy of an earlier original, whose index it names. */
function makeDoc(i: number, rng: () => number, originals: Doc[]): { doc: Doc; copyOf: number | null } {
  if (i % PLANT_EVERY === PLANT_EVERY - 1 && originals.length > 0) {
    const src = Math.floor(rng() * originals.length);
    const o = originals[src] as Doc;
    return { doc: { title: o.title, abstract: nearCopy(o.abstract, rng, 5), claim: nearCopy(o.claim, rng, 6) }, copyOf: src };
  }
  return { doc: { title: `一种${syntheticText(rng, 10)}装置`, abstract: syntheticText(rng, 250), claim: syntheticText(rng, 300) }, copyOf: null };
}

function row(i: number, d: Doc, rng: () => number, at: string): BulkRow {
  const applicant = `合成申请人${Math.floor(3000 * rng() ** 2)}有限公司`;
  const y = 2015 + Math.floor(rng() * 11);
  const m = 1 + Math.floor(rng() * 12);
  return {
    app_no: `CN${y}${String(i).padStart(8, '0')}.X`,
    kind: 'invention',
    title: d.title,
    abstract: d.abstract,
    first_claim: d.claim,
    app_date: `${y}-${String(m).padStart(2, '0')}-15`,
    applicants: JSON.stringify([applicant]),
    holders: JSON.stringify([applicant]),
    inventors: '[]',
    address: `山东省济宁市任城区合成路${Math.floor(rng() * 20000)}号`,
    region_code: '370811',
    ipc: '[]',
    cpc: '[]',
    agents: '[]',
    family: '[]',
    citations: '[]',
    is_demo: 0,
    created_at: at,
    updated_at: at,
  };
}

async function main() {
  mkdirSync(dir, { recursive: true });
  if (!args.keep && existsSync(dbFile)) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const fresh = !existsSync(dbFile);
  const { ctx, close } = await bootstrap(
    loadConfig({
      ...process.env,
      DATABASE_URL: '',
      SQLITE_PATH: path.relative(repoRoot, dbFile),
      REGION_PROVINCES: '37',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
    }),
  );
  const rng = seeded(20261207);
  const importRng = seeded(20261208);
  const at = new Date().toISOString();
  const originals: Doc[] = [];
  const originalIndex: number[] = [];
  const planted = new Set<string>();
  let generateSeconds = 0;
  if (fresh) {
    const t0 = performance.now();
    let batch: BulkRow[] = [];
    const copies: [number, number][] = [];
    for (let i = 0; i < size; i++) {
      const { doc, copyOf } = makeDoc(i, rng, originals);
      if (copyOf === null) {
        if (originals.length < 200_000) {
          originals.push(doc);
          originalIndex.push(i);
        }
      } else copies.push([originalIndex[copyOf] as number, i]);
      batch.push(row(i, doc, rng, at));
      if (batch.length === 2000 || i === size - 1) {
        const b = batch;
        await ctx.db.transaction().execute((trx) => insertRows(trx, 'sqlite', 'patents', b));
        batch = [];
        if ((i + 1) % 100_000 === 0) log(`${i + 1} patents written`);
      }
    }
    // Ids follow insertion order from 1 in a fresh database.
    // A planted pair is an original and its copy; two copies of one original are near duplicates of each other too.
    const byOriginal = new Map<number, number[]>();
    for (const [a, b] of copies) byOriginal.set(a, [...(byOriginal.get(a) ?? []), b]);
    for (const [a, list] of byOriginal) {
      const group = [a, ...list];
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++)
          planted.add(`${Math.min(group[x] as number, group[y] as number) + 1}:${Math.max(group[x] as number, group[y] as number) + 1}`);
    }
    writeFileSync(`${dbFile}.planted.json`, JSON.stringify([...planted]));
    generateSeconds = Math.round((performance.now() - t0) / 1000);
    log(`corpus written in ${generateSeconds} s, ${planted.size} planted pairs`);
  } else {
    const { readFileSync } = await import('node:fs');
    for (const k of JSON.parse(readFileSync(`${dbFile}.planted.json`, 'utf8')) as string[]) planted.add(k);
  }
  const loadBefore = load();
  const cpu0 = process.cpuUsage();
  const full = await ctx.db.transaction().execute((trx) => screenAll(ctx, trx));
  const cpu = process.cpuUsage(cpu0);
  const found = new Set(full.pairs.map(([a, b]) => `${a}:${b}`));
  const hit = [...found].filter((k) => planted.has(k)).length;
  log(`full screening: ${full.seconds} s, ${full.candidatePairs} candidates, ${found.size} pairs found, ${hit} planted`);
  // An import of 1,000 patents, 10 of them copies of originals, through the write hooks.
  const extra: BulkRow[] = [];
  const extraPlanted: [number, number][] = [];
  const maxId = Number(
    (
      await ctx.db
        .selectFrom('patents')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirstOrThrow()
    ).m,
  );
  const srcRows = await ctx.db
    .selectFrom('patents')
    .select(['id', 'title', 'abstract', 'first_claim'])
    .where(
      'id',
      'in',
      [...Array(10)].map((_, k) => 1 + k * 997),
    )
    .execute();
  for (let k = 0; k < 1000; k++) {
    const src = k < 10 ? srcRows[k] : undefined;
    const d: Doc = src
      ? { title: src.title, abstract: nearCopy(src.abstract ?? '', importRng, 5), claim: nearCopy(src.first_claim ?? '', importRng, 6) }
      : { title: `一种${syntheticText(importRng, 10)}装置`, abstract: syntheticText(importRng, 250), claim: syntheticText(importRng, 300) };
    if (src) extraPlanted.push([Number(src.id), maxId + k + 1]);
    extra.push(row(maxId + k, d, importRng, at));
  }
  const t1 = performance.now();
  await ctx.db.transaction().execute(async (trx) => {
    await insertRows(trx, 'sqlite', 'patents', extra);
    await runPatentWriteHooks(
      ctx,
      trx,
      extra.map((_, k) => maxId + k + 1),
    );
  });
  const importSeconds = Math.round((performance.now() - t1) / 100) / 10;
  const inc = await ctx.db.transaction().execute((trx) => screenQueued(ctx, trx));
  const incFound = new Set(inc.pairs.map(([a, b]) => `${a}:${b}`));
  const incHit = extraPlanted.filter(([a, b]) => incFound.has(`${a}:${b}`)).length;
  log(`incremental: ${inc.seconds} s for ${inc.patents} patents, ${incHit}/10 planted found`);
  const result = {
    dialect: 'sqlite',
    size,
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavgBefore: loadBefore, loadavgAfter: load() },
    corpus: {
      generatedSeconds: fresh ? generateSeconds : 'reused',
      plantedPairs: planted.size,
      how: 'bulk rows (not the importer); 1 in 100 a near copy of an earlier original',
    },
    full: {
      targetSeconds: 600,
      seconds: full.seconds,
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1e6),
      phases: full.phases,
      patentsScreened: full.patents,
      candidatePairs: full.candidatePairs,
      oversizedBuckets: full.oversizedBuckets,
      nearDuplicatePairsFound: found.size,
      plantedFound: hit,
      precision: found.size === 0 ? null : Math.round((hit / found.size) * 10000) / 10000,
      recall: planted.size === 0 ? null : Math.round((hit / planted.size) * 10000) / 10000,
      newFlags: full.newFlags,
    },
    incremental: {
      importedPatents: 1000,
      importSeconds,
      seconds: inc.seconds,
      candidatePairs: inc.candidatePairs,
      plantedPairs: extraPlanted.length,
      plantedFound: incHit,
      pairsFound: incFound.size,
      newFlags: inc.newFlags,
    },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench', 'results', 'abnormal-screening.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(repoRoot, 'bench', 'results', `abnormal-screening-sqlite-${size}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  await close();
}

await main();
