import type { Db } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { regionCondition, regionPrefix } from '../../platform/jurisdiction.js';
import { patentSnapshot, snapshotScope } from '../indicators/api.js';
import { onPatentsWritten } from '../patents/api.js';
import { holdersQuery } from './holder-index-repository.js';

/**
 * The holders of a city's invention patents kept in memory next to the indicators' columnar patent
 * snapshot, so that the screen's top list ("有效发明专利拥有量前十的权利人") is a scan of memory
 * instead of a join and `count(distinct)` over every patent of the city (the bulk of a cold screen
 * load). Same definition as repository.ts `findTopHolders`: invention, granted on or before the
 * date, not terminated and not expired on it (a patent without an expiry date is not counted), each
 * patent once per holder name.
 *
 * Kept current like the snapshot: the patent write hook notes the ids written and the next read
 * re-reads just their holders; any other change of the snapshot's fingerprint (a write without the
 * hook) loads the holders again in full.
 */
interface HolderIndex {
  fingerprint: string;
  names: string[];
  nameIndex: Map<string, number>;
  /** Patent id → index of its holder name, or of its distinct holders' names (most have one: no array). */
  byPatent: Map<number, number | number[]>;
}

interface State {
  indexes: Map<string, HolderIndex>;
  pending: Map<string, number[]>;
  busy: Map<string, Promise<HolderIndex>>;
}
const states = new WeakMap<Db, State>();
const stateOf = (db: Db): State => {
  let st = states.get(db);
  if (!st) states.set(db, (st = { indexes: new Map(), pending: new Map(), busy: new Map() }));
  return st;
};

/** Keeps the holder indexes current: written patents are patched in at the next read. */
export function registerHolderIndexHook(): void {
  onPatentsWritten((ctx, _trx, ids) => {
    const st = stateOf(ctx.db);
    for (const scope of st.indexes.keys()) st.pending.set(scope, [...(st.pending.get(scope) ?? []), ...ids]);
    return Promise.resolve();
  });
}

function put(idx: HolderIndex, rows: { patent_id: number; name: string }[]): void {
  for (const r of rows) {
    let ni = idx.nameIndex.get(r.name);
    if (ni === undefined) {
      ni = idx.names.length;
      idx.names.push(r.name);
      idx.nameIndex.set(r.name, ni);
    }
    const id = Number(r.patent_id);
    const had = idx.byPatent.get(id);
    if (had === undefined) idx.byPatent.set(id, ni);
    else if (typeof had === 'number') {
      if (had !== ni) idx.byPatent.set(id, [had, ni]);
    } else if (!had.includes(ni)) had.push(ni);
  }
}

async function refresh(ctx: AppContext, scope: string, fingerprint: string): Promise<HolderIndex> {
  const st = stateOf(ctx.db);
  const idx = st.indexes.get(scope);
  const ids = st.pending.get(scope) ?? [];
  st.pending.delete(scope);
  if (idx && ids.length === 0 && idx.fingerprint === fingerprint) return idx;
  if (idx && ids.length > 0 && ids.length < idx.byPatent.size / 4) {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    for (const id of sorted) idx.byPatent.delete(id);
    for (let i = 0; i < sorted.length; i += 500)
      put(
        idx,
        await holdersQuery(ctx)
          .where('pp.patent_id', 'in', sorted.slice(i, i + 500))
          .execute(),
      );
    idx.fingerprint = fingerprint;
    return idx;
  }
  const fresh: HolderIndex = { fingerprint, names: [], nameIndex: new Map(), byPatent: new Map() };
  put(fresh, await holdersQuery(ctx).where(regionCondition('p.region_code', scope)).orderBy('pp.patent_id').orderBy('pp.seq').execute());
  st.indexes.set(scope, fresh);
  return fresh;
}

const ymd = (d: string) => Number(d.slice(0, 10).replaceAll('-', ''));

/** Holders with the most effective invention patents in a region on a date, most first, then by name. */
export async function topHoldersFromSnapshot(ctx: AppContext, regionCode: string, date: string, limit: number) {
  const s = await patentSnapshot(ctx, regionCode);
  const scope = snapshotScope(regionCode);
  const st = stateOf(ctx.db);
  let running = st.busy.get(scope);
  if (!running) {
    running = refresh(ctx, scope, s.fingerprint).finally(() => st.busy.delete(scope));
    st.busy.set(scope, running);
  }
  const idx = await running;
  const prefix = regionPrefix(regionCode);
  const inRegion = s.codes.map((c) => c.startsWith(prefix));
  const d = ymd(date);
  const counts = new Int32Array(idx.names.length);
  for (let i = 0; i < s.size; i++) {
    if (s.kind[i] !== 0 || !inRegion[s.region[i] ?? 0]) continue;
    const g = s.grant[i] ?? 0;
    if (g === 0 || g > d || (s.terminated[i] ?? 0) <= d || (s.expires[i] ?? 0) <= d) continue;
    const holders = idx.byPatent.get(s.ids[i] ?? 0);
    if (typeof holders === 'number') counts[holders] = (counts[holders] ?? 0) + 1;
    else if (holders) for (const ni of holders) counts[ni] = (counts[ni] ?? 0) + 1;
  }
  const out: { name: string; count: number }[] = [];
  counts.forEach((n, ni) => {
    if (n > 0) out.push({ name: idx.names[ni] ?? '', count: n });
  });
  return out.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
}
