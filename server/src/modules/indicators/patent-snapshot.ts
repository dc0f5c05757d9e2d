import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { cachedByVersion } from './providers.js';

/**
 * A columnar snapshot of the patents of a city (region, type, legal dates, high-value facts), loaded
 * once per patent data version and kept in typed arrays, so that counting effective, high-value or
 * granted patents for any date or period is a scan of memory instead of a query: the indicator panel
 * of a city with every county and town, this period and last year, costs a few milliseconds once
 * loaded. Semantics are those of high-value/repository.ts `countHighValueByRegion`.
 */
export interface PatentSnapshot {
  codes: string[];
  region: Int32Array;
  /** 0 invention, 1 utility model, 2 design. */
  kind: Uint8Array;
  app: Int32Array;
  /** yyyymmdd, 0 when not granted. */
  grant: Int32Array;
  /** yyyymmdd of termination, 99999999 while in force. */
  terminated: Int32Array;
  expires: Int32Array;
  /** Bit 1 strategic industry, 2 granted overseas family member, 4 award. */
  flags: Uint8Array;
  pledge: Float64Array;
  size: number;
}

const ymd = (d: string | null | undefined, none: number) => (d ? Number(d.slice(0, 10).replaceAll('-', '')) : none);
const KIND: Record<string, number> = { invention: 0, utility: 1, design: 2 };

/** The city (or province) whose snapshot serves a root region. */
export function snapshotScope(rootCode: string): string {
  if (rootCode.endsWith('0000')) return rootCode;
  return `${rootCode.slice(0, 4)}00`;
}

async function load(ctx: AppContext, scope: string): Promise<PatentSnapshot> {
  const rows = await ctx.db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      'p.region_code',
      'p.kind',
      'p.app_date',
      'p.grant_date',
      'p.terminated_on',
      'p.expires_on',
      sql<number>`case when f.strategic_industries <> '[]' then 1 else 0 end + case when coalesce(f.overseas_granted, 0) = 1 then 2 else 0 end + case when f.awards <> '[]' then 4 else 0 end`.as(
        'flags',
      ),
      sql<number>`coalesce(f.max_pledge_amount, 0)`.as('pledge'),
    ])
    .where(regionCondition('p.region_code', scope))
    .execute();
  const n = rows.length;
  const s: PatentSnapshot = {
    codes: [],
    region: new Int32Array(n),
    kind: new Uint8Array(n),
    app: new Int32Array(n),
    grant: new Int32Array(n),
    terminated: new Int32Array(n),
    expires: new Int32Array(n),
    flags: new Uint8Array(n),
    pledge: new Float64Array(n),
    size: n,
  };
  const codeIndex = new Map<string, number>();
  rows.forEach((r, i) => {
    const code = r.region_code ?? '';
    let ci = codeIndex.get(code);
    if (ci === undefined) {
      ci = s.codes.length;
      s.codes.push(code);
      codeIndex.set(code, ci);
    }
    s.region[i] = ci;
    s.kind[i] = KIND[r.kind] ?? 9;
    s.app[i] = ymd(r.app_date, 0);
    s.grant[i] = ymd(r.grant_date, 0);
    s.terminated[i] = ymd(r.terminated_on, 99_999_999);
    s.expires[i] = ymd(r.expires_on, 99_999_999);
    s.flags[i] = Number(r.flags);
    s.pledge[i] = Number(r.pledge);
  });
  return s;
}

/** The snapshot for a root region's city, reloaded after any patent write. */
export async function patentSnapshot(ctx: AppContext, rootCode: string): Promise<PatentSnapshot> {
  const scope = snapshotScope(rootCode);
  // Besides the write hook's version, the key holds two index-only reads: the newest patent change
  // (a reader racing a writer's commit on PostgreSQL cannot keep a stale snapshot) and the last
  // change of the concordance table (replacing it re-derives the strategic-industry facts without a
  // patent write).
  // One aggregate per query: SQLite answers a lone max() from the index, two in one select scan.
  const [latestAt, latestId, concordance] = await Promise.all([
    ctx.db
      .selectFrom('patents')
      .select((eb) => eb.fn.max('updated_at').as('v'))
      .executeTakeFirst(),
    ctx.db
      .selectFrom('patents')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
    ctx.db
      .selectFrom('strategic_ipc_concordance')
      .select((eb) => [eb.fn.max('updated_at').as('at'), eb.fn.countAll<number>().as('n')])
      .executeTakeFirst(),
  ]);
  const fingerprint = [latestAt?.v, latestId?.v, concordance?.at, concordance?.n].map((x) => String(x ?? '')).join('|');
  return cachedByVersion(ctx.db, `patent-snapshot|${scope}|${fingerprint}`, ['patents'], () => load(ctx, scope));
}

// Counts already made from a snapshot, dropped with it.
const tallies = new WeakMap<PatentSnapshot, Map<string, Map<string, number>>>();

function tally(s: PatentSnapshot, key: string, rootPrefix: string, accept: (i: number) => boolean): Map<string, number> {
  let memo = tallies.get(s);
  if (!memo) tallies.set(s, (memo = new Map()));
  const hit = memo.get(`${key}|${rootPrefix}`);
  if (hit) return hit;
  const counts = new Int32Array(s.codes.length);
  for (let i = 0; i < s.size; i++) {
    if (!accept(i)) continue;
    const ci = s.region[i] ?? 0;
    counts[ci] = (counts[ci] ?? 0) + 1;
  }
  const out = new Map<string, number>();
  s.codes.forEach((c, ci) => {
    const n = counts[ci] ?? 0;
    if (n > 0 && c.startsWith(rootPrefix)) out.set(c, n);
  });
  memo.set(`${key}|${rootPrefix}`, out);
  return out;
}

/** Effective invention patents on `date` per stored region code; with `highValue`, only those meeting a criterion. */
export async function countEffectiveInventions(ctx: AppContext, rootPrefix: string, rootCode: string, date: string, highValue: boolean) {
  const s = await patentSnapshot(ctx, rootCode);
  const d = ymd(date, 0);
  const tenYearsBefore = d - 100_000;
  const threshold = highValue ? await getSetting(ctx.db, 'high_value.pledge_threshold') : 0;
  return tally(s, `effective|${d}|${highValue ? threshold : '-'}`, rootPrefix, (i) => {
    if (s.kind[i] !== 0) return false;
    const g = s.grant[i] ?? 0;
    if (g === 0 || g > d || (s.terminated[i] ?? 0) <= d || (s.expires[i] ?? 0) <= d) return false;
    if (!highValue) return true;
    return (s.flags[i] ?? 0) !== 0 || (s.app[i] ?? 0) < tenYearsBefore || (s.pledge[i] ?? 0) >= threshold;
  });
}

/** Patents granted within [start, end] per stored region code (inventions only when asked). */
export async function countGrants(ctx: AppContext, rootPrefix: string, rootCode: string, start: string, end: string, inventionOnly: boolean) {
  const s = await patentSnapshot(ctx, rootCode);
  const a = ymd(start, 0);
  const b = ymd(end, 0);
  return tally(s, `grants|${a}|${b}|${inventionOnly}`, rootPrefix, (i) => {
    const g = s.grant[i] ?? 0;
    return g >= a && g <= b && (!inventionOnly || s.kind[i] === 0);
  });
}
