/**
 * Indicator benchmark (`npm run bench:indicators [-- --patents 100000 --enterprises 100000]`):
 * a fresh SQLite database (with DATABASE_URL: a database of its own on that PostgreSQL server) with `--patents` synthetic patents and
 * `--enterprises` enterprises across Jining's towns, the census and some reported figures; then
 *   1. the indicator panel — Jining with all its counties and towns, one period, every computed
 *      indicator plus per-10,000 values and reported ones — for periods not asked before, and again;
 *   2. recomputation after a 10,000-row import of reported figures (Excel → validation → storage → panel);
 *   3. recomputation after 10,000 new patents (insert + write hooks → the next panel read, which
 *      patches the snapshot with just those rows).
 * Writes bench/results/indicators-<dialect>[-<size>].json and indicators.json (the last run) with os.loadavg().
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import type { Actor } from '../server/src/platform/actor.js';
import { importReportedWorkbook } from '../server/src/modules/indicators/importer.js';
import { importCensus } from '../server/src/modules/indicators/population-service.js';
import { figuresWorkbook } from '../server/src/modules/indicators/test-workbook.js';
import { indicatorValues } from '../server/src/modules/indicators/values.js';
import { insertEnterprises, insertPatents, jiningRegions } from './src/indicators/data.js';

const { values: args } = parseArgs({
  options: {
    patents: { type: 'string', default: '100000' },
    enterprises: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '60' },
  },
});
const patents = Number(args.patents);
const enterprises = Number(args.enterprises);
const runs = Number(args.runs);
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const dir = path.join(repoRoot, 'var', 'bench');
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

const PANEL_KEYS = [
  'effective_invention_patents',
  'effective_invention_patents_per_10k',
  'high_value_invention_patents',
  'high_value_invention_patents_per_10k',
  'patent_grants',
  'invention_patent_grants',
  'effective_registered_trademarks',
  'geographical_indications',
  'registered_enterprises',
  'patent_pledge_registrations',
  'open_license_deals',
  'trainings',
];

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0) * 10) / 10;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 10) / 10;
};
async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [performance.now() - t, r];
}

/** A database of its own on the PostgreSQL server (never the server's admin database); dropped afterwards. */
async function pgDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `zc_bench_indicators_${patents}`;
  const run = async (q: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(q);
    await admin.end();
  };
  await run(`drop database if exists ${name} with (force)`);
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const sqlitePath = path.join(dir, `indicators-${patents}.db`);
  for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
  const pgDb = pgUrl ? await pgDatabase(pgUrl) : undefined;
  const { ctx, close } = await bootstrap(
    loadConfig({ ...process.env, DATABASE_URL: pgDb?.url ?? '', SQLITE_PATH: sqlitePath, REGION_PROVINCES: '37', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }),
  );
  try {
    const { towns, counties } = await jiningRegions(ctx);
    log(`${ctx.dialect}: Jining has ${counties.length} counties and ${towns.length} towns; inserting ${patents} patents and ${enterprises} enterprises`);
    const [tp] = await timed(() => insertPatents(ctx, patents, 20260301, 0, false));
    const [te] = await timed(() => insertEnterprises(ctx, enterprises, 7));
    await importCensus(ctx, null, '370800');
    log(`data in ${Math.round(tp / 1000)} s + ${Math.round(te / 1000)} s`);

    const org = await ctx.db
      .insertInto('organisations')
      .values({
        kind: 'ip_bureau',
        name: '基准测试局',
        credit_code: null,
        region_code: '370800',
        status: 'active',
        is_demo: 0,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await ctx.db
      .insertInto('users')
      .values({
        username: 'bench',
        display_name: '基准',
        password_hash: 'x',
        org_id: Number(org.id),
        role: 'bureau_staff',
        phone: null,
        status: 'active',
        must_change_password: 0,
        is_demo: 0,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const actor = {
      userId: Number(user.id),
      username: 'bench',
      displayName: '基准',
      role: 'bureau_staff',
      scope: 'region',
      orgId: Number(org.id),
      orgKind: 'ip_bureau',
      orgStatus: 'active',
      regionCode: '370800',
      permissions: new Set(),
      mustChangePassword: false,
      ip: null,
      trace: { auditRows: 0 },
    } as unknown as Actor;

    const panel = (period: string) => indicatorValues(ctx, actor, { keys: PANEL_KEYS, regionCode: '370800', period, includeChildren: true, depth: 2 });
    // The first read after the data changed loads the city's patent snapshot.
    const [snapshotMs, first] = await timed(() => panel('2025'));
    log(
      `panel: ${first.regions.length} regions × ${PANEL_KEYS.length} indicators = ${first.rows.length} cells; first read (snapshot load) ${Math.round(snapshotMs)} ms`,
    );
    const periods: string[] = [];
    for (let y = 2010; y <= 2024; y++) periods.push(String(y));
    for (const y of [2023, 2024, 2025]) for (const q of [1, 2, 3, 4]) periods.push(`${y}-Q${q}`);
    for (let m = 1; m <= 12; m++) periods.push(`2025-${String(m).padStart(2, '0')}`);
    for (let m = 2; m <= 11; m++) periods.push(`2025-01..2025-${String(m).padStart(2, '0')}`);
    const anyPeriod: number[] = [];
    const repeat: number[] = [];
    for (const period of periods.slice(0, Math.max(runs, 1))) anyPeriod.push((await timed(() => panel(period)))[0]);
    for (const period of periods.slice(0, Math.max(runs, 1))) repeat.push((await timed(() => panel(period)))[0]);
    log(`any period p95 ${p95(anyPeriod)} ms (median ${median(anyPeriod)}, ${anyPeriod.length} periods), repeated p95 ${p95(repeat)} ms`);

    // 10,000 reported rows: 8 sheets (quarters) × towns × indicators.
    const reportedKeys = [
      'patent_pledge_registrations',
      'open_license_deals',
      'trainings',
      'patent_dispute_cases',
      'trademark_cases',
      'enterprises_briefed',
      'navigation_reports',
      'pct_applications',
    ];
    const sheets: Record<string, unknown[][]> = {};
    let n = 0;
    for (const period of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']) {
      const rows: unknown[][] = [];
      for (const t of towns) for (const k of reportedKeys) if (n++ < 10_000) rows.push([t, k, (n % 37) + 1, null, '基准测试报表']);
      sheets[period] = rows;
    }
    const file = await figuresWorkbook(sheets);
    const [tImport, result] = await timed(() => importReportedWorkbook(ctx, actor, 'bench.xlsx', file));
    const rowsImported = result.accepted + result.held.length + result.rejected.length;
    // Approve them (as a second person would) so the panel uses them.
    await ctx.db
      .updateTable('indicator_reported_values')
      .set({ status: 'approved', reviewer_id: null, reviewed_at: '2026-01-02' })
      .where('status', 'in', ['pending', 'on_hold'])
      .execute();
    const [tAfterImport] = await timed(() =>
      indicatorValues(ctx, actor, { keys: [...PANEL_KEYS, ...reportedKeys], regionCode: '370800', period: '2025-Q2', includeChildren: true, depth: 2 }),
    );
    log(
      `import of ${rowsImported} reported rows ${Math.round(tImport)} ms (held ${result.held.length}, rejected ${result.rejected.length}); next panel ${Math.round(tAfterImport)} ms`,
    );

    const before = (await panel('2025')).rows.find((r) => r.indicatorKey === 'patent_grants' && r.regionCode === '370800')?.value ?? 0;
    const [tPatents] = await timed(() => insertPatents(ctx, 10_000, 99, patents, true));
    const [tRecompute, after] = await timed(() => panel('2025'));
    const afterGrants = after.rows.find((r) => r.indicatorKey === 'patent_grants' && r.regionCode === '370800')?.value ?? 0;
    log(
      `10,000 patents written with hooks in ${Math.round(tPatents)} ms; panel recomputed in ${Math.round(tRecompute)} ms (2025 grants ${before} → ${afterGrants})`,
    );

    const out = {
      when: new Date().toISOString(),
      dialect: ctx.dialect,
      machine: { cpus: cpus().length, loadavg: loadavg() },
      sizes: {
        patents,
        enterprises,
        jiningCounties: counties.length,
        jiningTowns: towns.length,
        panelRegions: first.regions.length,
        panelIndicators: PANEL_KEYS.length,
        panelCells: first.rows.length,
      },
      panel: {
        periods: anyPeriod.length,
        anyPeriodP95Ms: p95(anyPeriod),
        anyPeriodMedianMs: median(anyPeriod),
        repeatedP95Ms: p95(repeat),
        firstReadAtStartMs: Math.round(snapshotMs),
        targetP95Ms: 200,
        note: 'any period = a period not asked before (counts made from the loaded patent snapshot; reported figures, population, trademarks, GIs queried); the first read at start loads the snapshot in full',
      },
      reportedImport: {
        rows: rowsImported,
        importMs: Math.round(tImport),
        held: result.held.length,
        rejected: result.rejected.length,
        nextPanelMs: Math.round(tAfterImport),
        targetMs: 10_000,
      },
      patentWrite: {
        rows: 10_000,
        writeWithHooksMs: Math.round(tPatents),
        recomputePanelMs: Math.round(tRecompute),
        grantsBefore: before,
        grantsAfter: afterGrants,
        targetMs: 10_000,
      },
      loadavgAfter: loadavg(),
    };
    mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
    const name = `indicators-${ctx.dialect}${patents === 100000 ? '' : `-${patents}`}.json`;
    writeFileSync(path.join(repoRoot, 'bench', 'results', name), `${JSON.stringify(out, null, 2)}\n`);
    // indicators.json is the last run, the file the issue names; the size-and-dialect file keeps each run.
    writeFileSync(path.join(repoRoot, 'bench', 'results', 'indicators.json'), `${JSON.stringify(out, null, 2)}\n`);
    log(`wrote bench/results/${name} and indicators.json`);
  } finally {
    await close();
    await pgDb?.drop();
    if (!pgUrl) for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
  }
}

await main();
