import type { Db } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { isWithinRegion, regionCondition } from '../../platform/jurisdiction.js';
import type { Progress } from '../../platform/progress.js';
import { SnapshotCache } from '../../platform/snapshot-cache.js';
import { isInForceOn, ymdDates } from '../patents/api.js';
import { patentsFingerprint, rowsQuery } from './patent-snapshot-repository.js';

/**
 * A columnar snapshot of the patents of a city (region, type, legal dates, high-value facts) kept in
 * typed arrays, so that counting effective, high-value or granted patents for any date or period is
 * a scan of memory instead of a query: the indicator panel of a city with every county and town, this
 * period and last year, costs a few milliseconds. Semantics are those of high-value/repository.ts
 * `countHighValueByRegion`.
 *
 * Kept current by the platform's snapshot cache (platform/snapshot-cache.ts): the patent write hook
 * notes the ids written (`notePatentsWritten`) and the next read patches just those rows; a fingerprint
 * (newest change, newest id, concordance table) catches everything else — a write without the hook, a
 * reader racing a writer's commit on PostgreSQL, a new concordance — and the snapshot then loads again,
 * the reader waiting for it (indicator values are exact). "Effective" is the in-force rule of
 * patents/in-force.ts, read from the arrays.
 */
export interface PatentSnapshot {
  scope: string;
  codes: string[];
  codeIndex: Map<string, number>;
  /** Patent ids, ascending (rows are loaded and appended in id order). */
  ids: Int32Array;
  region: Int32Array;
  /** 0 invention, 1 utility model, 2 design, 9 gone. */
  kind: Uint8Array;
  app: Int32Array;
  /** yyyymmdd, 0 when not granted. */
  grant: Int32Array;
  /** yyyymmdd of termination, 0 while it stands. */
  terminated: Int32Array;
  /** yyyymmdd the term ends, 0 when unknown (no filing date). */
  expires: Int32Array;
  /** Bit 1 strategic industry, 2 granted overseas family member. */
  flags: Uint8Array;
  /** yyyymmdd from which an award counts, 0 without one. */
  awardSince: Int32Array;
  /** yyyymmdd from which a pledge credit at or above the threshold counts, 0 without one. */
  pledgeSince: Int32Array;
  size: number;
}

const ymd = (d: string | null | undefined, none: number) => (d ? Number(d.slice(0, 10).replaceAll('-', '')) : none);
const KIND: Record<string, number> = { invention: 0, utility: 1, design: 2 };

/** The city (or province) whose snapshot serves a root region. */
export function snapshotScope(rootCode: string): string {
  if (rootCode.endsWith('0000')) return rootCode;
  return `${rootCode.slice(0, 4)}00`;
}

function allocate(scope: string, capacity: number): PatentSnapshot {
  return {
    scope,
    codes: [],
    codeIndex: new Map(),
    ids: new Int32Array(capacity),
    region: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    app: new Int32Array(capacity),
    grant: new Int32Array(capacity),
    terminated: new Int32Array(capacity),
    expires: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    awardSince: new Int32Array(capacity),
    pledgeSince: new Int32Array(capacity),
    size: 0,
  };
}

/** Doubles the arrays' capacity (appending new patents). */
function grow(s: PatentSnapshot, need: number): void {
  if (need <= s.ids.length) return;
  const cap = Math.max(need, s.ids.length * 2, 1024);
  const bigger = allocate(s.scope, cap);
  for (const k of ['ids', 'region', 'kind', 'app', 'grant', 'terminated', 'expires', 'flags', 'awardSince', 'pledgeSince'] as const)
    (bigger[k] as Int32Array).set(s[k] as Int32Array);
  Object.assign(s, { ...bigger, scope: s.scope, codes: s.codes, codeIndex: s.codeIndex, size: s.size });
}

type Row = Awaited<ReturnType<ReturnType<typeof rowsQuery>['execute']>>[number];

function put(s: PatentSnapshot, i: number, r: Row): void {
  const code = r.region_code ?? '';
  let ci = s.codeIndex.get(code);
  if (ci === undefined) {
    ci = s.codes.length;
    s.codes.push(code);
    s.codeIndex.set(code, ci);
  }
  s.ids[i] = Number(r.id);
  s.region[i] = ci;
  // A patent written elsewhere (or moved out of the city) is kept but never counted.
  s.kind[i] = isWithinRegion(code, s.scope) ? (KIND[r.kind] ?? 9) : 9;
  s.app[i] = ymd(r.app_date, 0);
  s.grant[i] = ymd(r.grant_date, 0);
  s.terminated[i] = ymd(r.terminated_on, 0);
  s.expires[i] = ymd(r.expires_on, 0);
  s.flags[i] = Number(r.flags);
  s.awardSince[i] = ymd(r.award_since, 0);
  s.pledgeSince[i] = ymd(r.pledge_since, 0);
}

/** Rows per query while loading (the load yields between chunks, and reports progress). */
const LOAD_CHUNK = 50_000;

async function loadAll(db: Db, scope: string, progress: Progress): Promise<PatentSnapshot> {
  const s = allocate(scope, 1024);
  for (let last = 0; ;) {
    const rows = await rowsQuery(db).where(regionCondition('p.region_code', scope)).where('p.id', '>', last).orderBy('p.id').limit(LOAD_CHUNK).execute();
    grow(s, s.size + rows.length);
    for (const r of rows) put(s, s.size++, r);
    progress.update(s.size);
    if (rows.length < LOAD_CHUNK) break;
    last = Number(rows[rows.length - 1]?.id);
  }
  return s;
}

/** Index of a patent id in the snapshot (binary search), or -1. */
function find(s: PatentSnapshot, id: number): number {
  let lo = 0;
  let hi = s.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = s.ids[mid] ?? 0;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Re-reads the written patents and patches the arrays; false when a full reload is needed instead. */
async function patch(db: Db, s: PatentSnapshot, ids: readonly number[]): Promise<boolean> {
  const rows: Row[] = [];
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 500)
    rows.push(
      ...(await rowsQuery(db)
        .where('p.id', 'in', sorted.slice(i, i + 500))
        .orderBy('p.id')
        .execute()),
    );
  const seen = new Set<number>();
  for (const r of rows) {
    const id = Number(r.id);
    seen.add(id);
    const at = find(s, id);
    if (at >= 0) put(s, at, r);
    else if (s.size === 0 || id > (s.ids[s.size - 1] ?? 0)) {
      grow(s, s.size + 1);
      put(s, s.size, r);
      s.size += 1;
    } else return false;
  }
  for (const id of sorted) {
    const at = seen.has(id) ? -1 : find(s, id);
    if (at >= 0) s.kind[at] = 9; // deleted
  }
  return true;
}

/** The data version the snapshots follow (also the screen's holder index). */
export const patentDataVersion = (db: Db): Promise<string> => patentsFingerprint(db);

const snapshots = new SnapshotCache<PatentSnapshot>({
  label: '指标专利快照 indicator patent snapshot',
  fingerprint: (db) => patentDataVersion(db),
  load: (db, scope, progress) => loadAll(db, scope, progress),
  patch: async (db, s, ids) => {
    if (!(await patch(db, s, ids))) return null;
    tallies.delete(s);
    return s;
  },
  patchLimit: (s) => Math.floor(s.size / 4),
  whileLoading: 'wait',
});

/** Called by the patent write hook: the next read patches these patents into every loaded snapshot. */
export function notePatentsWritten(db: Db, ids: readonly number[]): void {
  snapshots.noteWritten(db, ids);
}

/** The current snapshot of a root region's city (one refresh at a time per city). */
export async function patentSnapshot(ctx: AppContext, rootCode: string): Promise<PatentSnapshot> {
  const s = await snapshots.get(ctx.db, snapshotScope(rootCode));
  if (!s) throw new Error('patent snapshot unavailable');
  return s;
}

const tallies = new WeakMap<PatentSnapshot, Map<string, Map<string, number>>>();

/**
 * One pass over the snapshot counting two related sets at once (effective and high-value; all grants
 * and invention grants): `classify` returns 0 (neither), 1 (first only) or 2 (both). Both results are
 * memoised with the snapshot.
 */
function tallyPair(
  s: PatentSnapshot,
  keys: [string, string],
  rootPrefix: string,
  classify: (i: number) => 0 | 1 | 2,
): [Map<string, number>, Map<string, number>] {
  let memo = tallies.get(s);
  if (!memo) tallies.set(s, (memo = new Map()));
  const k0 = `${keys[0]}|${rootPrefix}`;
  const k1 = `${keys[1]}|${rootPrefix}`;
  const h0 = memo.get(k0);
  const h1 = memo.get(k1);
  if (h0 && h1) return [h0, h1];
  const first = new Int32Array(s.codes.length);
  const both = new Int32Array(s.codes.length);
  for (let i = 0; i < s.size; i++) {
    const c = classify(i);
    if (c === 0) continue;
    const ci = s.region[i] ?? 0;
    first[ci] = (first[ci] ?? 0) + 1;
    if (c === 2) both[ci] = (both[ci] ?? 0) + 1;
  }
  const toMap = (counts: Int32Array) => {
    const out = new Map<string, number>();
    s.codes.forEach((code, ci) => {
      const n = counts[ci] ?? 0;
      if (n > 0 && code.startsWith(rootPrefix)) out.set(code, n);
    });
    return out;
  };
  const out: [Map<string, number>, Map<string, number>] = [toMap(first), toMap(both)];
  memo.set(k0, out[0]);
  memo.set(k1, out[1]);
  return out;
}

/** Effective invention patents on `date` per stored region code; with `highValue`, only those meeting a criterion. */
export async function countEffectiveInventions(ctx: AppContext, rootPrefix: string, rootCode: string, date: string, highValue: boolean) {
  const s = await patentSnapshot(ctx, rootCode);
  const d = ymd(date, 0);
  const tenYearsBefore = d - 100_000;
  // Facts count from their dates (an award, a pledge reaching the threshold); the facts follow the threshold.
  const dated = (since: number | undefined) => since !== undefined && since !== 0 && since <= d;
  const [effective, valuable] = tallyPair(s, [`effective|${d}`, `high-value|${d}`], rootPrefix, (i) => {
    if (s.kind[i] !== 0 || !isInForceOn(ymdDates(s.grant[i], s.terminated[i], s.expires[i]), d)) return 0;
    return (s.flags[i] ?? 0) !== 0 || (s.app[i] ?? 0) < tenYearsBefore || dated(s.awardSince[i]) || dated(s.pledgeSince[i]) ? 2 : 1;
  });
  return highValue ? valuable : effective;
}

/** Patents granted within [start, end] per stored region code (inventions only when asked). */
export async function countGrants(ctx: AppContext, rootPrefix: string, rootCode: string, start: string, end: string, inventionOnly: boolean) {
  const s = await patentSnapshot(ctx, rootCode);
  const a = ymd(start, 0);
  const b = ymd(end, 0);
  const [all, inventions] = tallyPair(s, [`grants|${a}|${b}`, `invention-grants|${a}|${b}`], rootPrefix, (i) => {
    const g = s.grant[i] ?? 0;
    if (g < a || g > b || (s.kind[i] ?? 9) === 9) return 0;
    return s.kind[i] === 0 ? 2 : 1;
  });
  return inventionOnly ? inventions : all;
}
