import { sqliteChangeStamp, type Db } from '../../../db/database.js';
import type { PatentSearchFactsTable } from '../../../db/schema.js';
import type { AppContext } from '../../../platform/context.js';
import type { Progress } from '../../../platform/progress.js';
import { SnapshotCache } from '../../../platform/snapshot-cache.js';
import { LEGAL_STATE_BY_CODE } from './facts-sql.js';
import { hasEndedOn, isInForceOn, ymdDates } from '../in-force.js';
import { classSets, countClasses, facetsFromCounts, kindOfCode, type FacetCounts, type SearchFacets } from './facets.js';

/**
 * The facet values of every indexed patent (the facts table's type, dates, IPC classes, county and
 * first applicant) in typed arrays indexed by patent id, so the facets of a search are counted over ALL
 * its hits from memory: exact at any size, where the SQL path joins each hit to its facts row (~2.5 µs a
 * hit at a million patents, ~60 ms for 8,600 hits) and above 10,000 hits counts a sample. ~26 bytes a
 * patent (28 MB at a million) plus the distinct sets of classes, counties and applicants. A patent's
 * classes are one dictionary entry for the whole set ("B22 B82 C01"): a search counts its hits per set,
 * then adds each set's count to its classes and sections, so it costs no more per hit than one class did.
 *
 * SQLite only (on PostgreSQL the search reads its facet values with its hits, pg-search.ts). Kept
 * current by the platform's snapshot cache (platform/snapshot-cache.ts): the index writer notes the ids
 * it writes and the next read re-reads just those rows; a fingerprint (newest patent change, newest id)
 * catches writes the writer did not report (another process: the import CLI) and then the snapshot is
 * loaded again in the background, at most once per RELOAD_PAUSE_MS. While it is loading (at start, or
 * after such a write) searches count their facets in SQL.
 */

/** Pending ids above which the snapshot is loaded again instead of patched. */
const PATCH_MAX = 50_000;
/** Rows per query while loading (the load yields between chunks, so requests are served meanwhile). */
const LOAD_CHUNK = 20_000;
/**
 * Least time between the end of one load and the start of the next one forced by a write the snapshot
 * was not told of: while another process imports a large file, every one of its batches would otherwise
 * start a new full load (~1.5 s of CPU at a million patents); meanwhile the facets are counted in SQL.
 */
const RELOAD_PAUSE_MS = 30_000;

interface Dictionary {
  values: (string | null)[];
  index: Map<string, number>;
}
const dictionary = (): Dictionary => ({ values: [null], index: new Map() });
function code(d: Dictionary, v: string | null): number {
  if (v === null) return 0;
  let i = d.index.get(v);
  if (i === undefined) {
    i = d.values.length;
    d.values.push(v);
    d.index.set(v, i);
  }
  return i;
}

export interface FacetSnapshot {
  /** 1 invention, 2 utility model, 3 design, 0 unknown (facts.kind), per patent id. */
  kind: Uint8Array;
  /** yyyymmdd, 0 when absent. */
  app: Int32Array;
  grant: Int32Array;
  expires: Int32Array;
  terminated: Int32Array;
  /** The patent's set of IPC classes (facts ipc_classes) as a `classes` dictionary code. */
  cls: Uint32Array;
  county: Uint16Array;
  applicant: Uint32Array;
  classes: Dictionary;
  /** The classes and sections of each `classes` entry, split once (by code). */
  classSets: ReturnType<typeof classSets>[];
  counties: Dictionary;
  applicants: Dictionary;
}

const FACTS_COLUMNS = ['id', 'kind', 'app_ymd', 'grant_ymd', 'expires_ymd', 'terminated_ymd', 'ipc_classes', 'county', 'applicant'] as const;
/** The facts columns the snapshot keeps. */
type FactsRow = Pick<PatentSearchFactsTable, (typeof FACTS_COLUMNS)[number]>;

function allocate(cap: number, from?: FacetSnapshot): FacetSnapshot {
  const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(make: (n: number) => T, old?: T): T => {
    const a = make(cap);
    if (old) a.set(old.subarray(0, Math.min(old.length, cap)));
    return a;
  };
  return {
    kind: grown((n) => new Uint8Array(n), from?.kind),
    app: grown((n) => new Int32Array(n), from?.app),
    grant: grown((n) => new Int32Array(n), from?.grant),
    expires: grown((n) => new Int32Array(n), from?.expires),
    terminated: grown((n) => new Int32Array(n), from?.terminated),
    cls: grown((n) => new Uint32Array(n), from?.cls),
    county: grown((n) => new Uint16Array(n), from?.county),
    applicant: grown((n) => new Uint32Array(n), from?.applicant),
    classes: from?.classes ?? dictionary(),
    classSets: from?.classSets ?? [{ classes: [], sections: [] }],
    counties: from?.counties ?? dictionary(),
    applicants: from?.applicants ?? dictionary(),
  };
}

/** Stores a facts row (or clears the id when `r` is null: the patent is gone). Returns the snapshot (grown if needed). */
function put(s: FacetSnapshot, id: number, r: FactsRow | null): FacetSnapshot {
  if (id >= s.kind.length) s = allocate(Math.ceil(id * 1.25) + 1024, s);
  s.kind[id] = r ? Number(r.kind) : 0;
  s.app[id] = r ? Number(r.app_ymd) : 0;
  s.grant[id] = r?.grant_ymd ? Number(r.grant_ymd) : 0;
  s.expires[id] = r?.expires_ymd ? Number(r.expires_ymd) : 0;
  s.terminated[id] = r?.terminated_ymd ? Number(r.terminated_ymd) : 0;
  s.cls[id] = code(s.classes, r?.ipc_classes ?? null);
  // A new set of classes: split it once.
  for (let i = s.classSets.length; i < s.classes.values.length; i++) s.classSets.push(classSets(s.classes.values[i] ?? ''));
  s.county[id] = code(s.counties, r?.county ?? null);
  s.applicant[id] = code(s.applicants, r?.applicant ?? null);
  return s;
}

/** The fingerprint last read per database, with the change stamp it was read at (SQLite). */
const lastFingerprint = new WeakMap<Db, { stamp: string; fingerprint: string }>();

async function fingerprintOf(db: Db): Promise<string> {
  // Every faceted search reads the fingerprint: while nothing at all was committed since the last read
  // (sqliteChangeStamp), it cannot have moved.
  const stamp = sqliteChangeStamp(db);
  const last = lastFingerprint.get(db);
  if (stamp !== null && last?.stamp === stamp) return last.fingerprint;
  const fingerprint = await readFingerprint(db);
  if (stamp !== null) lastFingerprint.set(db, { stamp, fingerprint });
  return fingerprint;
}

async function readFingerprint(db: Db): Promise<string> {
  // One aggregate per query: SQLite answers a lone max() from an index, two in one select by a scan.
  const at = await db
    .selectFrom('patents')
    .select((eb) => eb.fn.max('updated_at').as('v'))
    .executeTakeFirst();
  const id = await db
    .selectFrom('patents')
    .select((eb) => eb.fn.max('id').as('v'))
    .executeTakeFirst();
  return `${String(at?.v ?? '')}|${String(id?.v ?? '')}`;
}

async function loadAll(db: Db, progress: Progress): Promise<FacetSnapshot> {
  const top = await db
    .selectFrom('patent_search_facts')
    .select((eb) => eb.fn.max('id').as('v'))
    .executeTakeFirst();
  let s = allocate(Math.ceil(Number(top?.v ?? 0) * 1.1) + 1024);
  let loaded = 0;
  for (let last = 0; ;) {
    const rows = await db.selectFrom('patent_search_facts').select(FACTS_COLUMNS).where('id', '>', last).orderBy('id').limit(LOAD_CHUNK).execute();
    for (const r of rows) s = put(s, Number(r.id), r);
    loaded += rows.length;
    progress.update(loaded);
    if (rows.length < LOAD_CHUNK) break;
    last = Number(rows[rows.length - 1]?.id);
    // Yield between chunks (~70 ms each at a million patents): requests are served while it loads.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return s;
}

async function patch(db: Db, s: FacetSnapshot, ids: readonly number[]): Promise<FacetSnapshot> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 500) {
    const part = sorted.slice(i, i + 500);
    const rows = await db.selectFrom('patent_search_facts').select(FACTS_COLUMNS).where('id', 'in', part).execute();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    for (const id of part) s = put(s, id, byId.get(id) ?? null);
  }
  return s;
}

const snapshots = new SnapshotCache<FacetSnapshot>({
  label: '检索分面缓存 search facet snapshot',
  fingerprint: (db) => fingerprintOf(db),
  load: (db, _key, progress) => loadAll(db, progress),
  patch: (db, s, ids) => patch(db, s, ids),
  patchLimit: () => PATCH_MAX,
  whileLoading: 'none',
  reloadPauseMs: RELOAD_PAUSE_MS,
});

/** Called by the index writer for every patent it (re)indexes: the next read patches them in. */
export function noteFacetsWritten(db: Db, ids: readonly number[]): void {
  snapshots.noteWritten(db, ids);
}

/** The current snapshot, or null while it is (re)loading (then the caller counts in SQL). SQLite only. */
export async function facetSnapshot(ctx: Pick<AppContext, 'db' | 'dialect'>): Promise<FacetSnapshot | null> {
  if (ctx.dialect !== 'sqlite') return null;
  return snapshots.get(ctx.db);
}

/** Loads the snapshot now (start-up warm-up, tests). Resolves when it is current. */
export async function warmFacetSnapshot(ctx: Pick<AppContext, 'db' | 'dialect'>): Promise<void> {
  if (ctx.dialect !== 'sqlite') return;
  await snapshots.warm(ctx.db);
}

/**
 * The facets of these hits (patent ids) on the reference date `asOf` (yyyymmdd): the same values and
 * order as facets.ts countFacets over their facts rows, never sampled.
 */
export function snapshotFacets(s: FacetSnapshot, ids: readonly number[], asOf: number): SearchFacets {
  const cls = new Uint32Array(s.classes.values.length);
  const county = new Uint32Array(s.counties.values.length);
  const applicant = new Uint32Array(s.applicants.values.length);
  const years = new Map<number, number>();
  const kinds = new Uint32Array(4);
  const legal = new Uint32Array(LEGAL_STATE_BY_CODE.length);
  const bump = (counts: Uint32Array, i: number | undefined) => {
    counts[i ?? 0] = (counts[i ?? 0] ?? 0) + 1;
  };
  for (const id of ids) {
    if (id >= s.kind.length) continue;
    bump(cls, s.cls[id]);
    bump(county, s.county[id]);
    bump(applicant, s.applicant[id]);
    const year = Math.floor((s.app[id] ?? 0) / 10_000);
    if (year >= 1) years.set(year, (years.get(year) ?? 0) + 1);
    bump(kinds, s.kind[id]);
    // facts-sql.ts legalStateCode, from the same in-force rule (in-force.ts).
    const dates = ymdDates(s.grant[id], s.terminated[id], s.expires[id]);
    bump(legal, hasEndedOn(dates, asOf) ? 1 : isInForceOn(dates, asOf) ? 0 : dates.grant !== null && dates.grant <= asOf ? 3 : 2);
  }
  const toMap = (counts: Uint32Array, d: Dictionary) => {
    const m = new Map<string, number>();
    for (let i = 1; i < counts.length; i++) if (counts[i]) m.set(d.values[i] as string, counts[i] as number);
    return m;
  };
  const m: FacetCounts = {
    section: new Map(),
    cls: new Map(),
    year: new Map([...years].map(([y, n]) => [String(y), n])),
    kind: new Map(),
    legal: new Map(),
    region: toMap(county, s.counties),
    applicant: toMap(applicant, s.applicants),
  };
  for (let i = 1; i < cls.length; i++) if (cls[i]) countClasses(m, s.classSets[i] as ReturnType<typeof classSets>, cls[i] as number);
  for (let k = 1; k <= 3; k++) if (kinds[k]) m.kind.set(kindOfCode(k) as string, kinds[k] as number);
  legal.forEach((n, i) => {
    if (n) m.legal.set(LEGAL_STATE_BY_CODE[i] as string, n);
  });
  return facetsFromCounts(m, ids.length, ids.length, false);
}
