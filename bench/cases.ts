/**
 * Case desk benchmark (`npm run bench:cases -- --size 100000`): a SQLite (or, with DATABASE_URL, PostgreSQL)
 * database with the Shandong division tree and `--size` synthetic penalty cases spread over Jining's towns
 * (clues 2024–2026, each with its running or stopped clock), then:
 * - the case desk's list (`listCasesForDesk`) for the city with each filter (none, status, kind, overdue,
 *   keyword) and pages 1 and 50;
 * - the protection statistics panel (`caseStats`) for the city and all its counties.
 * Writes bench/results/cases.json. Targets (issue 14): desk list + filters p95 ≤ 100 ms at 100,000 cases;
 * statistics panel ≤ 200 ms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import '../server/src/modules/index.js';
import type { Actor } from '../server/src/platform/actor.js';
import { listCasesForDesk } from '../server/src/modules/cases/penalty-service.js';
import { caseStats } from '../server/src/modules/cases/stats.js';
import { seededRandom } from '../server/src/modules/patents/search/testing/synthetic-patents.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '20' } } });
const size = Number(args.size);
const runs = Number(args.runs);
const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
const dialect = pgUrl ? 'postgres' : 'sqlite';
const dbFile = path.join(repoRoot, 'var', 'bench', `cases-${size}.db`);
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
  const towns = (await ctx.db.selectFrom('regions').select('code').where('level', '=', 4).where('code', '>=', '3708').where('code', '<', '3709').execute()).map(
    (r) => r.code,
  );
  const kinds = ['trademark_infringement', 'counterfeit_patent', 'gi_misuse', 'special_marks'] as const;
  const statuses = ['clue', 'investigating', 'notified', 'hearing', 'decided', 'published', 'closed'] as const;
  const rand = seededRandom(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const day = () => new Date(Date.UTC(2024 + Math.floor(rand() * 3), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))).toISOString().slice(0, 10);
  const at = new Date().toISOString();
  const t0 = performance.now();
  for (let i = 0; i < size; i += 1000) {
    const n = Math.min(1000, size - i);
    const cases = Array.from({ length: n }, (_, j) => {
      const status = pick(statuses);
      const clue = day();
      const decided = status === 'decided' || status === 'published';
      const respondent = `某商贸有限公司${Math.floor(rand() * 20000)}`;
      return {
        case_no: `AP-B-${String(i + j).padStart(7, '0')}`,
        kind: pick(kinds),
        status,
        region_code: pick(towns),
        title: `【演示】案件 ${i + j}：销售侵权商品`,
        summary: '',
        respondent_name: respondent,
        respondent_org_id: null,
        respondent_credit_code: null,
        respondent_key: respondent,
        complaint_id: null,
        clue_on: clue,
        opened_on: status === 'clue' ? null : clue,
        hearing_notice_on: null,
        proposed_fine: null,
        hearing_requested_on: null,
        decision_on: decided ? clue : null,
        decision_no: null,
        amount: null,
        repeat_offence: 0,
        fine: decided ? Math.round(rand() * 200000) : null,
        fine_reason: null,
        confiscated_gains: null,
        confiscated_items: null,
        published_on: null,
        published_where: null,
        closed_reason: null,
        is_demo: 1,
        created_at: at,
        updated_at: at,
      };
    });
    const ids = (await ctx.db.insertInto('penalty_cases').values(cases).returning('id').execute()).map((r) => Number(r.id));
    await ctx.db
      .insertInto('record_clocks')
      .values(
        ids.map((id, j) => {
          const c = cases[j];
          const open = c?.status === 'clue' || c?.status === 'investigating' || c?.status === 'notified' || c?.status === 'hearing';
          return {
            record_type: 'penalty_case',
            record_id: id,
            clock_key: 'decide',
            label: '处罚决定期限',
            start_on: c?.clue_on ?? '2026-01-01',
            days: 90,
            unit: 'calendar',
            due_on: c?.clue_on ?? '2026-01-01',
            paused_on: null,
            stopped_on: open ? null : (c?.clue_on ?? null),
            extension_reason: null,
            created_at: at,
          };
        }),
      )
      .execute();
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
    permissions: new Set(['case.handle']),
    mustChangePassword: false,
    ip: null,
    trace: { auditRows: 0 },
  };
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10;
  };
  const filters = {
    none: {},
    status: { status: 'investigating' as const },
    kind: { kind: 'counterfeit_patent' as const },
    overdue: { overdue: true },
    keyword: { q: '商贸' },
    county: { regionCode: '370811' },
  };
  const desk: Record<string, { p50: number; p95: number; total: number }> = {};
  const all: number[] = [];
  for (const [name, f] of Object.entries(filters)) {
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      for (const page of [1, 50]) {
        const s = performance.now();
        const r = await listCasesForDesk(ctx, actor, { page, pageSize: 20, overdue: false, ...f });
        ms.push(performance.now() - s);
        total = r.total;
      }
    }
    all.push(...ms);
    desk[name] = { p50: pct(ms, 50), p95: pct(ms, 95), total };
  }
  const statsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await caseStats(ctx.db, '370800', 2025);
    statsMs.push(performance.now() - s);
  }
  const result = {
    benchmark: 'case desk list + filters and protection statistics panel (city of Jining)',
    dialect,
    cases: size,
    runs,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    desk,
    deskP95: pct(all, 95),
    statsP50: pct(statsMs, 50),
    statsP95: pct(statsMs, 95),
    targets: { deskP95Ms: 100, statsMs: 200, atCases: 100000 },
    machine: { cpus: cpus().length, load: loadavg().map((l) => Math.round(l * 100) / 100) },
    at: new Date().toISOString(),
  };
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench', 'results', 'cases.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  await close();
  rmSync(dbFile, { force: true });
}
