import type { Db } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { regionPrefix } from '../../platform/jurisdiction.js';
import { patentSnapshot, snapshotScope, type PatentSnapshot } from '../indicators/api.js';
import { isInForceOn, onPatentsWritten, ymdDates } from '../patents/api.js';
import { reminderDays } from './fees.js';
import type { FeeRules } from './fees.js';

/**
 * The due date of the next annual fee of every patent of a city, kept next to the indicators' columnar patent
 * snapshot (the same snapshot other in-memory users share: patched from the patent write hook's ids). For each
 * row: the days from `today` to the next fee's due date, or NONE (not in force, no fee left in its term, no
 * filing date). Built in one pass over typed arrays (the rule of fees.ts in yyyymmdd integers: year k starts on
 * the filing date's anniversary, the fee is due the day before, the first fee after the grant year); after an
 * import only the rows written are computed again (the write hook's ids).
 */
export const NONE = 32767;

export interface FeeIndex {
  snapshot: PatentSnapshot;
  today: number;
  /** Days to the next fee's due date per snapshot row; NONE without one. */
  daysLeft: Int16Array;
  size: number;
}

const DAY = 86_400_000;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** UTC day number of (y, m, d), with 29 February moved to the 28th in a common year (as dayjs adds years). */
function dayNo(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, m === 2 && d === 29 && !isLeap(y) ? 28 : d) / DAY;
}
const ymdDay = (v: number) => dayNo(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);

/** Whole years from `a` to `b` (yyyymmdd), as dayjs `diff(…, 'year')`. */
function yearsBetween(a: number, b: number): number {
  const ay = Math.floor(a / 10000);
  const by = Math.floor(b / 10000);
  return by - ay - (b % 10000 < a % 10000 ? 1 : 0);
}

/** Days from `today` to the next fee's due date of one row (the fast twin of fees.ts `nextFeeYear` + `feeYearDates`). */
export function nextDueDays(app: number, grant: number, terminated: number, expires: number, today: number, todayDay: number): number {
  if (!app || !isInForceOn(ymdDates(grant, terminated, expires), today)) return NONE;
  const grantYear = yearsBetween(app, grant) + 1;
  const k = Math.max(grantYear + 1, yearsBetween(app, today) + 2);
  const startDay = dayNo(Math.floor(app / 10000) + k - 1, Math.floor(app / 100) % 100, app % 100);
  if (expires && startDay >= ymdDay(expires)) return NONE;
  return startDay - 1 - todayDay;
}

function computeRows(ix: FeeIndex, from: number, to: number, todayDay: number): void {
  const s = ix.snapshot;
  for (let i = from; i < to; i++) {
    ix.daysLeft[i] = s.kind[i] === 9 ? NONE : nextDueDays(s.app[i] ?? 0, s.grant[i] ?? 0, s.terminated[i] ?? 0, s.expires[i] ?? 0, ix.today, todayDay);
  }
}

/** Builds the whole index of a snapshot for a day (the 1M-patent bench measures this). */
export function buildFeeIndex(s: PatentSnapshot, today: string): FeeIndex {
  const t = Number(today.replaceAll('-', ''));
  const ix: FeeIndex = { snapshot: s, today: t, daysLeft: new Int16Array(s.size), size: s.size };
  computeRows(ix, 0, s.size, ymdDay(t));
  return ix;
}

/** Row of a patent id in the snapshot (ids ascending), or -1. */
function rowOf(s: PatentSnapshot, id: number): number {
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

/**
 * Brings an index up to date incrementally: the written ids' rows are computed again, appended rows computed;
 * a new snapshot object (reloaded) or another day builds it again. Returns the current index.
 */
export function refreshFeeIndex(ix: FeeIndex | undefined, s: PatentSnapshot, today: string, written: readonly number[]): FeeIndex {
  const t = Number(today.replaceAll('-', ''));
  if (!ix || ix.snapshot !== s || ix.today !== t || s.size < ix.size) return buildFeeIndex(s, today);
  const todayDay = ymdDay(t);
  if (s.size > ix.daysLeft.length) {
    const bigger = new Int16Array(Math.max(s.size, ix.daysLeft.length * 2));
    bigger.set(ix.daysLeft.subarray(0, ix.size));
    ix.daysLeft = bigger;
  }
  for (const id of written) {
    const i = rowOf(s, id);
    if (i >= 0 && i < ix.size) computeRows(ix, i, i + 1, todayDay);
  }
  if (s.size > ix.size) computeRows(ix, ix.size, s.size, todayDay);
  ix.size = s.size;
  return ix;
}

interface State {
  indexes: Map<string, FeeIndex>;
  written: Map<string, number[]>;
}
const states = new WeakMap<Db, State>();
function state(db: Db): State {
  let st = states.get(db);
  if (!st) states.set(db, (st = { indexes: new Map(), written: new Map() }));
  return st;
}

/** Keeps the fee indexes current: the ids the patent write hook reports are computed again at the next read. */
export function registerFeeIndexHook(): void {
  onPatentsWritten((ctx, _trx, ids) => {
    const st = state(ctx.db);
    for (const list of st.written.values()) list.push(...ids);
    return Promise.resolve();
  });
}

/** The current fee index of the city whose snapshot serves `regionCode`. */
export async function feeIndexFor(ctx: AppContext, regionCode: string, today: string): Promise<FeeIndex> {
  const scope = snapshotScope(regionCode);
  const s = await patentSnapshot(ctx, regionCode);
  const st = state(ctx.db);
  const written = st.written.get(scope) ?? [];
  st.written.set(scope, []);
  const ix = refreshFeeIndex(st.indexes.get(scope), s, today, written);
  st.indexes.set(scope, ix);
  return ix;
}

/** Patents of a region whose next fee is due within 90, 30 and 7 days. */
export async function dueSoonCounts(ctx: AppContext, regionCode: string, today: string, _rules: FeeRules) {
  const ix = await feeIndexFor(ctx, regionCode, today);
  return countDueSoon(ix, regionCode);
}

/** Counts of rows within each reminder horizon, in a region. */
export function countDueSoon(ix: FeeIndex, regionCode: string) {
  const s = ix.snapshot;
  const prefix = regionPrefix(regionCode);
  const inRegion = s.codes.map((c) => c.startsWith(prefix));
  const [d90, d30, d7] = reminderDays;
  const out = { d90: 0, d30: 0, d7: 0, computedFor: ix.size };
  for (let i = 0; i < ix.size; i++) {
    const left = ix.daysLeft[i] ?? NONE;
    if (left > d90 || left < 0 || !inRegion[s.region[i] ?? 0]) continue;
    out.d90 += 1;
    if (left <= d30) out.d30 += 1;
    if (left <= d7) out.d7 += 1;
  }
  return out;
}
