/**
 * IP finance benchmark (`npm run bench:finance`): a SQLite (or, with DATABASE_URL, PostgreSQL) database with
 * FINANCE_BENCH_ENTERPRISES enterprises (default 100,000), FINANCE_BENCH_PATENTS invention patents (default
 * 1,000,000) held by them (grants 2008–2024, a tenth terminated, one main IPC each) and 50 listed products with
 * random rules as data; then
 * - the pre-check of every enterprise against every product: the figures from the registry and the profiles
 *   (`enterpriseFigures`, a handful of grouped queries) and the pure rule check (`precheck`) — target ≤ 10 s;
 * - one enterprise's supermarket page (`supermarket`, the service behind GET /api/finance/products with its
 *   pre-check), FINANCE_BENCH_RUNS times — target p95 ≤ 100 ms.
 * Writes bench/results/finance.json. Run small first: FINANCE_BENCH_ENTERPRISES=2000 FINANCE_BENCH_PATENTS=20000.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { EligibilityRules, FinanceProductBody } from '@zhichan/contract';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import '../server/src/modules/index.js';
import type { Actor } from '../server/src/platform/actor.js';
import { todayIso } from '../server/src/platform/context.js';
import { compileRules, enterpriseFigures, isEligible } from '../server/src/modules/finance/api.js';
import { supermarket } from '../server/src/modules/finance/products.js';
import { buildProduct } from '../server/src/modules/finance/test-helpers.js';
import { seededRandom } from '../server/src/modules/patents/search/testing/synthetic-patents.js';

const enterprises = Number(process.env.FINANCE_BENCH_ENTERPRISES ?? 100_000);
const patents = Number(process.env.FINANCE_BENCH_PATENTS ?? 1_000_000);
const runs = Number(process.env.FINANCE_BENCH_RUNS ?? 200);
const PRODUCTS = 50;
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const dialect = pgUrl ? 'postgres' : 'sqlite';
const dbFile = path.join(repoRoot, 'var', 'bench', `finance-${enterprises}-${patents}.db`);
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
  const rand = seededRandom(20261207);
  const towns = (await ctx.db.selectFrom('regions').select('code').where('level', '=', 4).where('code', '>=', '3708').where('code', '<', '3709').execute()).map(
    (r) => r.code,
  );
  const at = new Date().toISOString();
  const TAGS = ['high_tech', 'specialised_sme', 'above_scale', 'ip_advantage', 'ip_demonstration'];
  const IPC = ['H01M10/0525', 'G06F16/00', 'B25J9/16', 'E21D23/16', 'A61K36/00', 'C08L23/06', 'F16H1/28', 'G05B19/042'];
  const t0 = performance.now();
  const orgIds: number[] = [];
  for (let i = 0; i < enterprises; i += 1000) {
    const n = Math.min(1000, enterprises - i);
    await ctx.db.transaction().execute(async (trx) => {
      const ids = await trx
        .insertInto('organisations')
        .values(
          Array.from({ length: n }, (_, j) => ({
            kind: 'enterprise',
            name: `【演示】济宁基准企业${i + j}`,
            credit_code: null,
            region_code: towns[Math.floor(rand() * towns.length)] ?? '370811002',
            status: 'active',
            is_demo: 1,
            created_at: at,
            updated_at: at,
          })),
        )
        .returning('id')
        .execute();
      await trx
        .insertInto('enterprise_profiles')
        .values(
          ids.map((r) => ({
            org_id: Number(r.id),
            industry: null,
            address: null,
            legal_representative: null,
            registered_capital: null,
            established_on: rand() < 0.1 ? null : `${2000 + Math.floor(rand() * 25)}-0${1 + Math.floor(rand() * 9)}-15`,
            tags: JSON.stringify(TAGS.filter(() => rand() < 0.2)),
            submitted_by: null,
            submitted_at: at,
            reviewed_by: null,
            reviewed_at: at,
            reject_reason: null,
          })),
        )
        .execute();
      for (const r of ids) orgIds.push(Number(r.id));
    });
  }
  const day = (y0: number, span: number) =>
    new Date(Date.UTC(y0 + Math.floor(rand() * span), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))).toISOString().slice(0, 10);
  for (let i = 0; i < patents; i += 1000) {
    const n = Math.min(1000, patents - i);
    const holders: number[] = [];
    const rows = Array.from({ length: n }, (_, j) => {
      const app = day(2005, 18);
      const grant = day(Number(app.slice(0, 4)) + 1, 3);
      // A skewed spread: a few enterprises hold many patents, most hold a handful.
      holders.push(orgIds[Math.floor(rand() ** 2 * orgIds.length)] ?? orgIds[0] ?? 1);
      return {
        app_no: `CN${String(i + j).padStart(12, '0')}.F`,
        kind: 'invention',
        title: `基准专利${i + j}`,
        app_date: app,
        grant_date: grant,
        applicants: '[]',
        holders: '[]',
        inventors: '[]',
        region_code: '370811002',
        ipc: '[]',
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
      const ids = await trx.insertInto('patents').values(rows).returning('id').execute();
      await trx
        .insertInto('patent_parties')
        .values(ids.map((r, k) => ({ patent_id: Number(r.id), role: 'holder', seq: 1, name: '基准企业', org_id: holders[k] ?? null })))
        .execute();
      await trx
        .insertInto('patent_ipc')
        .values(ids.map((r) => ({ patent_id: Number(r.id), code: IPC[Math.floor(rand() * IPC.length)] ?? 'H01M10/0525', is_main: 1 })))
        .execute();
    });
  }
  const bank = await ctx.db
    .insertInto('organisations')
    .values({ kind: 'bank', name: '【演示】基准银行', credit_code: null, region_code: '370800', status: 'active', is_demo: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const productRules: EligibilityRules[] = [];
  for (let k = 0; k < PRODUCTS; k++) {
    const rules: EligibilityRules = {
      ...(rand() < 0.8 ? { minInventionPatents: 1 + Math.floor(rand() * 10) } : {}),
      ...(rand() < 0.3 ? { minHighValuePatents: 1 + Math.floor(rand() * 3) } : {}),
      ...(rand() < 0.4 ? { requiredTags: [pick(TAGS)] as FinanceProductBody['rules']['requiredTags'] } : {}),
      ...(rand() < 0.7 ? { noCreditListing: true } : {}),
      ...(rand() < 0.3 ? { ipcPrefixes: [pick(IPC).slice(0, 4)] } : {}),
      ...(rand() < 0.5 ? { minYearsEstablished: 1 + Math.floor(rand() * 8) } : {}),
    };
    productRules.push(rules);
    await buildProduct(ctx, { orgId: Number(bank.id), regions: ['370800'], rules, isDemo: true });
  }
  const loadSeconds = (performance.now() - t0) / 1000;

  // 1. Every enterprise × every product.
  const today = todayIso(ctx);
  const p0 = performance.now();
  const figures = await enterpriseFigures(ctx.db, null, today);
  const figuresMs = performance.now() - p0;
  const compiled = productRules.map(compileRules);
  let eligible = 0;
  let checks = 0;
  for (const f of figures.values()) {
    for (const rules of compiled) {
      checks++;
      if (isEligible(rules, f)) eligible++;
    }
  }
  const precheckSeconds = (performance.now() - p0) / 1000;

  // 2. One enterprise's supermarket page with its pre-check (the busiest holder: the most IPC codes and patents).
  const busiest = [...figures.entries()].sort((a, b) => b[1].inventionPatents - a[1].inventionPatents)[0];
  const org = busiest?.[0] ?? orgIds[0] ?? 1;
  const actor: Actor = {
    userId: 1,
    username: 'bench',
    displayName: 'bench',
    role: 'enterprise_user',
    scope: 'own-org',
    orgId: org,
    orgKind: 'enterprise',
    orgStatus: 'active',
    regionCode: busiest?.[1].regionCode ?? '370811002',
    permissions: new Set(['enterprise.self', 'registry.read']),
    mustChangePassword: false,
    ip: null,
    trace: { auditRows: 0 },
  };
  const times: number[] = [];
  let shown = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const page = await supermarket(ctx, actor, { page: 1, pageSize: 20, sort: 'rate' });
    times.push(performance.now() - s);
    shown = page.total;
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10;
  };
  const result = {
    benchmark: 'IP finance: pre-check of every enterprise × 50 products; one enterprise’s supermarket page',
    dialect,
    enterprises,
    patents,
    products: PRODUCTS,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    precheck: {
      target: '≤ 10 s (100,000 enterprises × 50 products, 1,000,000 patents)',
      seconds: Math.round(precheckSeconds * 100) / 100,
      figuresMs: Math.round(figuresMs),
      checks,
      eligible,
    },
    supermarket: {
      target: 'p95 ≤ 100 ms',
      runs,
      productsShown: shown,
      enterprisePatents: busiest?.[1].inventionPatents ?? 0,
      p50: pct(times, 50),
      p95: pct(times, 95),
      max: pct(times, 100),
    },
    machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
    at: new Date().toISOString(),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench', 'results', 'finance.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await close();
  if (!pgUrl) rmSync(dbFile, { force: true });
}
