import type { AppContext } from '../../platform/context.js';
import { regionPrefix } from '../../platform/jurisdiction.js';
import { SnapshotCache } from '../../platform/snapshot-cache.js';
import { patentDataVersion, patentSnapshot, snapshotScope } from '../indicators/api.js';
import { isInForceOn, onPatentsWritten, ymdDates } from '../patents/api.js';
import { findHolders, findHoldersOf } from './holder-index-repository.js';

/**
 * The holders of a city's invention patents kept in memory next to the indicators' columnar patent
 * snapshot, so that the screen's top list ("有效发明专利拥有量前十的权利人") is a scan of memory
 * instead of a join and `count(distinct)` over every patent of the city (the bulk of a cold screen
 * load). Same definition as repository.ts `findTopHolders`: invention patents in force on the date
 * (patents/in-force.ts; a patent whose term end is unknown is not counted), each patent once per
 * holder name.
 *
 * Kept current by the platform's snapshot cache: the patent write hook notes the ids written and the
 * next read re-reads just their holders; any other change of the patent data version (a write without
 * the hook) loads the holders again in full.
 */
interface HolderIndex {
  names: string[];
  nameIndex: Map<string, number>;
  /** Patent id → index of its holder name, or of its distinct holders' names (most have one: no array). */
  byPatent: Map<number, number | number[]>;
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

const indexes = new SnapshotCache<HolderIndex>({
  label: '大屏权利人索引 screen holder index',
  fingerprint: (db) => patentDataVersion(db),
  load: async (db, scope, progress) => {
    const idx: HolderIndex = { names: [], nameIndex: new Map(), byPatent: new Map() };
    put(idx, await findHolders(db, scope));
    progress.update(idx.byPatent.size);
    return idx;
  },
  patch: async (db, idx, ids) => {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    for (const id of sorted) idx.byPatent.delete(id);
    for (let i = 0; i < sorted.length; i += 500) put(idx, await findHoldersOf(db, sorted.slice(i, i + 500)));
    return idx;
  },
  patchLimit: (idx) => Math.floor(idx.byPatent.size / 4),
  whileLoading: 'wait',
});

/** Keeps the holder indexes current: written patents are patched in at the next read. */
export function registerHolderIndexHook(): void {
  onPatentsWritten((ctx, _trx, ids) => {
    indexes.noteWritten(ctx.db, ids);
    return Promise.resolve();
  });
}

const ymd = (d: string) => Number(d.slice(0, 10).replaceAll('-', ''));

/** Holders with the most effective invention patents in a region on a date, most first, then by name. */
export async function topHoldersFromSnapshot(ctx: AppContext, regionCode: string, date: string, limit: number) {
  const s = await patentSnapshot(ctx, regionCode);
  const idx = await indexes.get(ctx.db, snapshotScope(regionCode));
  if (!idx) throw new Error('holder index unavailable');
  const prefix = regionPrefix(regionCode);
  const inRegion = s.codes.map((c) => c.startsWith(prefix));
  const d = ymd(date);
  const counts = new Int32Array(idx.names.length);
  for (let i = 0; i < s.size; i++) {
    if (s.kind[i] !== 0 || !inRegion[s.region[i] ?? 0]) continue;
    if (!isInForceOn(ymdDates(s.grant[i], s.terminated[i], s.expires[i]), d)) continue;
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
