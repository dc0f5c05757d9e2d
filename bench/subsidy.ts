/**
 * Interest-subsidy batch benchmark (`npm run bench:subsidy [-- --size 10000 --runs 3]`): a fresh SQLite database
 * (with DATABASE_URL: a database of its own on that PostgreSQL server) with `--size` applications of size ÷ 4
 * synthetic enterprises under the three policy templates, a third of them already granted (so the caps have
 * something to count), and a monthly LPR series (synthetic, 3.0–3.6 %); then computes the whole batch with
 * `computeStoredApplications` (one read of the applications, the LPR series and the enterprises' grants, then the
 * policy engine line by line per application). Target: 10,000 applications ≤ 10 s. Writes
 * bench/results/subsidy.json (and subsidy-<dialect>-<size>.json) with os.loadavg().
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { computeStoredApplications } from '../server/src/modules/subsidies/compute.js';
import { subsidyPolicyTemplates } from '../server/src/modules/subsidies/templates.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const size = Number(args.size);
const runs = Number(args.runs);
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const dir = path.join(repoRoot, 'var', 'bench');
mkdirSync(dir, { recursive: true });
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

let databaseUrl = '';
let sqlitePath = '';
if (pgUrl) {
  const name = `bench_subsidy_${size}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  databaseUrl = u.toString();
} else {
  sqlitePath = path.join(dir, `subsidy-${size}.db`);
  rmSync(sqlitePath, { force: true });
}
const { ctx, close } = await bootstrap(
  loadConfig({ ...process.env, DATABASE_URL: databaseUrl, SQLITE_PATH: sqlitePath, LOG_LEVEL: 'silent', DEMO_DATA: 'false' }),
);
const dialect = pgUrl ? 'postgres' : 'sqlite';
const at = new Date().toISOString();

// A monthly LPR series (synthetic) for 2023–2026.
const lpr = [];
for (let y = 2023; y <= 2026; y++)
  for (let m = 1; m <= 12; m++)
    lpr.push({
      month: `${y}-${String(m).padStart(2, '0')}`,
      rate_1y_pct: 3 + ((y * 12 + m) % 7) / 10,
      rate_5y_pct: null,
      published_on: null,
      source: 'bench',
      is_demo: 1,
      created_at: at,
      updated_at: at,
    });
await ctx.db.insertInto('lpr_rates').values(lpr).execute();

// Enterprises across Jining's counties.
const counties = ['370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832', '370881', '370883'];
const orgCount = Math.max(1, Math.floor(size / 4));
const orgIds: number[] = [];
for (let i = 0; i < orgCount; i += 500) {
  const rows = Array.from({ length: Math.min(500, orgCount - i) }, (_, k) => ({
    kind: 'enterprise',
    name: `基准测试企业${i + k}`,
    credit_code: null,
    region_code: counties[(i + k) % counties.length] as string,
    status: 'active',
    is_demo: 1,
    created_at: at,
    updated_at: at,
  }));
  const ids = await ctx.db.insertInto('organisations').values(rows).returning('id').execute();
  orgIds.push(...ids.map((r) => Number(r.id)));
}

// Applications: flags and amounts vary; a third are already granted.
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const appIds: number[] = [];
for (let i = 0; i < size; i += 500) {
  const rows = Array.from({ length: Math.min(500, size - i) }, (_, k) => {
    const n = i + k;
    const policy = subsidyPolicyTemplates[n % subsidyPolicyTemplates.length];
    if (!policy) throw new Error('no policy');
    const year = 2024 + (n % 2);
    const month = 1 + Math.floor(rnd() * 12);
    const contract = `${year}-${String(month).padStart(2, '0')}-15`;
    const principal = Math.round(200_000 + rnd() * 20_000_000);
    const rate = Math.round((2.8 + rnd() * 2) * 100) / 100;
    const granted = n % 3 === 0;
    const flags = {
      sme: rnd() < 0.9,
      smallMicro: rnd() < 0.5,
      independentLegalPerson: true,
      pledgorIsHolder: true,
      firstPledge: rnd() < 0.8,
      insured: rnd() < 0.3,
      guaranteed: rnd() < 0.2,
    };
    return {
      org_id: orgIds[n % orgIds.length] as number,
      region_code: counties[n % counties.length] as string,
      status: granted ? 'verified' : 'submitted',
      policy_key: policy.key,
      policy_rule: JSON.stringify(policy.rule),
      financing_application_id: null,
      bank: `基准银行${n % 38}`,
      principal,
      rate_pct: rate,
      contract_date: contract,
      term_months: 12,
      interest_from: `${year}-${String(month).padStart(2, '0')}-16`,
      interest_to: `${year + 1}-${String(month).padStart(2, '0')}-15`,
      interest_paid: Math.round((principal * rate) / 100),
      facts: JSON.stringify({ flags, revenue: Math.round(rnd() * 300_000_000) }),
      subsidy_year: year + 1,
      period: String(year + 1),
      computation: JSON.stringify({ outcome: 'incomplete', amount: null, lines: [] }),
      computed_amount: null,
      approved_amount: granted ? Math.round(rnd() * 100_000) : null,
      batch_id: null,
      review_note: null,
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      is_demo: 1,
      created_at: at,
      updated_at: at,
    };
  });
  const ids = await ctx.db.insertInto('subsidy_applications').values(rows).returning('id').execute();
  appIds.push(...ids.map((r) => Number(r.id)));
}
log(`${dialect}: ${size} applications of ${orgIds.length} enterprises`);

const timings: number[] = [];
let outcomes: Record<string, number> = {};
let total = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const result = await computeStoredApplications(ctx.db, appIds);
  timings.push(Math.round(performance.now() - t0));
  outcomes = {};
  total = 0;
  for (const e of result.values()) {
    outcomes[e.outcome] = (outcomes[e.outcome] ?? 0) + 1;
    total += e.amount ?? 0;
  }
  log(`run ${r + 1}: ${timings[r]} ms`);
}
await close();

const result = {
  benchmark: 'subsidy batch computation',
  dialect,
  size,
  enterprises: orgIds.length,
  runsMs: timings,
  bestMs: Math.min(...timings),
  perApplicationUs: Math.round((Math.min(...timings) * 1000) / size),
  targetMs: Math.round((10_000 * size) / 10_000),
  target: '10,000 applications ≤ 10 s',
  outcomes,
  totalYuan: Math.round(total * 100) / 100,
  machine: { cpus: cpus().length, loadavg: loadavg() },
  at,
};
mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(repoRoot, 'bench', 'results', `subsidy-${dialect}-${size}.json`), JSON.stringify(result, null, 2) + '\n');
writeFileSync(path.join(repoRoot, 'bench', 'results', 'subsidy.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
