/**
 * Monitoring screen benchmark (`npm run bench:screen -- --size 100000`): a SQLite (or, with
 * DATABASE_URL, PostgreSQL) database with the Shandong division tree, the indicator demo (published
 * figures, census population) and `--size` synthetic invention patents spread over Jining's towns
 * (grants 2010–2024, a tenth terminated), then the screen's one-load API (`getScreenData`: KPIs with
 * YoY, counties and towns, five-year trend, top holders, composite index) timed for the city: the
 * first call after a data change (cold: computed indicators run) and repeated calls (warm: the
 * indicators module's version-keyed cache). Writes bench/results/screen-<dialect>-<size>.json.
 * Target (issue 4): the full data load ≤ 500 ms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import '../server/src/modules/index.js';
import type { Actor } from '../server/src/platform/actor.js';
import { seedIndicatorDemo } from '../server/src/modules/indicators/demo.js';
import { bumpIndicatorData } from '../server/src/modules/indicators/providers.js';
import { getScreenData } from '../server/src/modules/screen/service.js';
import { warmIndicatorCaches } from '../server/src/modules/indicators/warm.js';
import { warmScreenCaches } from '../server/src/modules/screen/warm.js';
import { seededRandom } from '../server/src/modules/patents/search/testing/synthetic-patents.js';

const { values: args } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '20' }, 'warm-start': { type: 'boolean', default: false } },
});
const size = Number(args.size);
const runs = Number(args.runs);
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const dialect = pgUrl ? 'postgres' : 'sqlite';
const dbFile = path.join(repoRoot, 'var', 'bench', `screen-${size}.db`);
mkdirSync(path.dirname(dbFile), { recursive: true });
rmSync(dbFile, { force: true });

const { ctx, close } = await bootstrap(
  loadConfig({
    ...process.env,
    SQLITE_PATH: dbFile,
    REGION_PROVINCES: '37',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
  }),
);
try {
  await seedIndicatorDemo(ctx);
  const towns = (await ctx.db.selectFrom('regions').select('code').where('level', '=', 4).where('code', '>=', '3708').where('code', '<', '3709').execute()).map(
    (r) => r.code,
  );
  const rand = seededRandom(20260301);
  const day = (y0: number, span: number) => {
    const d = new Date(Date.UTC(y0 + Math.floor(rand() * span), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    return d.toISOString().slice(0, 10);
  };
  const at = new Date().toISOString();
  const t0 = performance.now();
  for (let i = 0; i < size; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, size - i) }, (_, j) => {
      const app = day(2005, 18);
      const grant = day(Number(app.slice(0, 4)) + 1, 3);
      const holder = `【演示】济宁某科技有限公司${Math.floor(rand() ** 3 * 3000)}`;
      return {
        app_no: `CN${String(i + j).padStart(12, '0')}.X`,
        kind: 'invention',
        title: `合成专利${i + j}`,
        app_date: app,
        grant_date: grant,
        applicants: JSON.stringify([holder]),
        holders: JSON.stringify([holder]),
        inventors: '[]',
        region_code: towns[Math.floor(rand() * towns.length)] ?? '370811002',
        ipc: '["H01M10/0525"]',
        cpc: '[]',
        agents: '[]',
        family: '[]',
        citations: '[]',
        expires_on: `${Number(app.slice(0, 4)) + 20}${app.slice(4)}`,
        terminated_on: rand() < 0.1 ? day(2018, 7) : null,
        is_demo: 1,
        created_at: at,
        updated_at: at,
      };
    });
    await ctx.db.transaction().execute(async (trx) => {
      const ids = await trx.insertInto('patents').values(rows).returning(['id', 'holders']).execute();
      await trx
        .insertInto('patent_parties')
        .values(ids.map((r) => ({ patent_id: Number(r.id), role: 'holder', seq: 1, name: (JSON.parse(r.holders) as string[])[0] ?? '', org_id: null })))
        .execute();
    });
  }
  const loadSeconds = (performance.now() - t0) / 1000;
  const actor: Actor = {
    userId: 1,
    username: 'bench',
    displayName: 'bench',
    role: 'bureau_staff',
    scope: 'region',
    orgId: 1,
    orgKind: 'ip_bureau',
    orgStatus: 'active',
    regionCode: '370800',
    permissions: new Set(['indicator.read']),
    mustChangePassword: false,
    ip: null,
    trace: { auditRows: 0 },
  };
  const time = async () => {
    const s = performance.now();
    const d = await getScreenData(ctx, actor, { region: '370800', year: 2023 });
    return { ms: performance.now() - s, bytes: JSON.stringify(d).length, towns: d.grandchildren.length };
  };
  // The first load after a start: the city snapshot not yet loaded, unless warmed as main.ts does.
  const warmUp = args['warm-start'] ? await warmIndicatorCaches(ctx, console.warn, ['370800']) : null;
  const screenWarmUpMs = warmUp ? await warmScreenCaches(ctx, warmUp.scopes) : null;
  const firstLoadMs = Math.round((await time()).ms * 10) / 10;
  const cold: number[] = [];
  const warm: number[] = [];
  let shape = { bytes: 0, towns: 0 };
  for (let i = 0; i < runs; i++) {
    bumpIndicatorData(ctx.db, 'patents'); // as after an import: computed indicators run again
    const c = await time();
    cold.push(c.ms);
    shape = { bytes: c.bytes, towns: c.towns };
    warm.push((await time()).ms);
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10;
  };
  const result = {
    benchmark: 'monitoring screen full data load (GET /api/screen, city of Jining, 12 counties, all towns)',
    dialect,
    patents: size,
    runs,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    payload: shape,
    startWarmUp: args['warm-start'] ? { ms: warmUp?.ms ?? null, screenMs: screenWarmUpMs } : 'off (run with --warm-start)',
    firstLoadMs,
    coldMs: { p50: pct(cold, 50), p95: pct(cold, 95), max: pct(cold, 100) },
    warmMs: { p50: pct(warm, 50), p95: pct(warm, 95), max: pct(warm, 100) },
    targetMs: 500,
    machine: { cpus: cpus().length, loadavg: loadavg() },
    at: new Date().toISOString(),
  };
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  const out = path.join(repoRoot, 'bench', 'results', `screen-${dialect}-${size}${args['warm-start'] ? '-warm-start' : ''}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  await close();
}
