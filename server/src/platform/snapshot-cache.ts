import type { Db } from '../db/database.js';
import { startProgress, type Progress } from './progress.js';

/**
 * In-memory snapshots of table data kept current without reloading on every read (the indicators'
 * columnar patent snapshot, the search's facet snapshot, the screen's holder index). One helper, one
 * behaviour:
 * - **load** the whole snapshot of a key (a city, or '' for one per database) on first use or warm-up;
 * - **patch**: the write hook notes the ids it wrote (`noteWritten`), and the next read re-reads just
 *   those rows; more than `patchLimit` pending ids load again instead;
 * - **fingerprint**: every read compares a cheap data version (newest change, newest id…) with the
 *   snapshot's; a change nobody noted (another process, a reader racing a writer's commit on
 *   PostgreSQL) loads the snapshot again;
 * - **reload at a limited rate**: a snapshot whose readers can answer without it (`whileLoading:
 *   'none'`: they get null and answer in SQL) reloads in the background, not sooner than
 *   `reloadPauseMs` after the last load — while another process imports, every batch would otherwise
 *   start a new load. A snapshot that must answer exactly (`'wait'`) makes its readers wait for the load;
 * - **warm** after listen (`warm`, `warmAfterListen`), printing progress when a load takes long.
 * State is per database handle, so test databases never share it.
 */
export interface SnapshotSpec<S> {
  /** Names the snapshot in progress lines and warnings. */
  label: string;
  /** The data version a snapshot is current for. */
  fingerprint(db: Db, key: string): Promise<string>;
  /** Builds the snapshot of a key from scratch, reporting how far it has got. */
  load(db: Db, key: string, progress: Progress): Promise<S>;
  /** Re-reads the written ids into the snapshot; the patched snapshot, or null when only a load will do. */
  patch(db: Db, snapshot: S, ids: readonly number[], key: string): Promise<S | null>;
  /** Most pending ids worth patching. */
  patchLimit(snapshot: S): number;
  /** What a read gets while the snapshot (re)loads: `wait` for it, or `none` (null). */
  whileLoading: 'wait' | 'none';
  /** `none` only: least time between the end of one load and the start of the next forced by an unnoted write. */
  reloadPauseMs?: number;
}

interface Entry<S> {
  snapshot: S | null;
  fingerprint: string;
  pending: number[];
  /** When the last load ended (ms since epoch; 0 never). */
  loadedAt: number;
  loading: Promise<S | null> | null;
  /** The refresh of the current reads (they share it). */
  refreshing: Promise<S | null> | null;
}

/** A snapshot per database handle and key, kept current by patches, fingerprints and reloads. */
export class SnapshotCache<S> {
  private readonly states = new WeakMap<Db, Map<string, Entry<S>>>();

  constructor(private readonly spec: SnapshotSpec<S>) {}

  private entry(db: Db, key: string): Entry<S> {
    let m = this.states.get(db);
    if (!m) this.states.set(db, (m = new Map()));
    let e = m.get(key);
    if (!e) m.set(key, (e = { snapshot: null, fingerprint: '', pending: [], loadedAt: 0, loading: null, refreshing: null }));
    return e;
  }

  /** The write hook's part: these ids are patched into every loaded (or loading) snapshot at its next read. */
  noteWritten(db: Db, ids: readonly number[]): void {
    for (const e of this.states.get(db)?.values() ?? []) {
      if (!e.snapshot && !e.loading) continue; // nothing loaded yet: the load will read them
      for (const id of ids) e.pending.push(id);
    }
  }

  /** The current snapshot of `key`; null while it loads when readers do not wait (`whileLoading: 'none'`). */
  get(db: Db, key = ''): Promise<S | null> {
    const e = this.entry(db, key);
    if (e.loading) return this.spec.whileLoading === 'wait' ? e.loading : Promise.resolve(null);
    e.refreshing ??= this.refresh(db, key, e).finally(() => {
      e.refreshing = null;
    });
    return e.refreshing;
  }

  /** Loads the snapshot now if it is not current (start-up warm-up, tests); resolves with it. */
  async warm(db: Db, key = ''): Promise<S | null> {
    const e = this.entry(db, key);
    const s = await this.get(db, key);
    if (s !== null) return s;
    await (e.loading ?? this.load(db, key, e));
    return this.get(db, key);
  }

  private mayReload(e: Entry<S>): boolean {
    return e.loadedAt === 0 || Date.now() - e.loadedAt >= (this.spec.reloadPauseMs ?? 0);
  }

  private async refresh(db: Db, key: string, e: Entry<S>): Promise<S | null> {
    const wait = this.spec.whileLoading === 'wait';
    const s = e.snapshot;
    if (!s) {
      if (wait) return this.load(db, key, e);
      if (this.mayReload(e)) void this.load(db, key, e);
      return null;
    }
    // The version first: rows a writer noted but had not committed when they are patched below show up
    // as a version change at a later read with nothing pending, and the snapshot then loads again.
    const fingerprint = await this.spec.fingerprint(db, key);
    const pending = e.pending;
    e.pending = [];
    if (pending.length === 0 && fingerprint === e.fingerprint) return s;
    if (pending.length > 0 && pending.length <= this.spec.patchLimit(s)) {
      const patched = await this.spec.patch(db, s, pending, key);
      if (patched) {
        e.snapshot = patched;
        e.fingerprint = fingerprint;
        return patched;
      }
    }
    // Written without a note, or too much to patch: load again.
    if (wait) return this.load(db, key, e);
    e.snapshot = null;
    if (this.mayReload(e)) void this.load(db, key, e);
    return null;
  }

  private load(db: Db, key: string, e: Entry<S>): Promise<S | null> {
    const run = async (): Promise<S | null> => {
      const progress = startProgress(`${this.spec.label}${key ? ` ${key}` : ''}`);
      try {
        // Ids noted from here on may or may not be in what the load reads: they stay pending.
        e.pending = [];
        const fingerprint = await this.spec.fingerprint(db, key);
        const s = await this.spec.load(db, key, progress);
        e.snapshot = s;
        e.fingerprint = fingerprint;
        return s;
      } catch (err) {
        e.snapshot = null;
        if (this.spec.whileLoading === 'wait') throw err;
        console.warn(`${this.spec.label}加载失败 / load failed: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      } finally {
        progress.end();
      }
    };
    e.loading ??= run().finally(() => {
      e.loading = null;
      e.loadedAt = Date.now();
    });
    return e.loading;
  }
}

/** One piece of start-up warm-up: what it warms, and the work (its result is printed after the label). */
export interface Warmer {
  label: string;
  run: () => Promise<string | null | undefined>;
}

/**
 * Runs the warmers one after another, after `listen` (not awaited by the caller): requests are served
 * meanwhile, and the first screen or search after a start finds its snapshots loaded. Each prints one
 * line with its time; a failure is printed and never stops the server (the first read then loads).
 */
export async function warmAfterListen(warmers: readonly Warmer[], log: (line: string) => void = (l) => console.log(l)): Promise<void> {
  for (const w of warmers) {
    const t0 = performance.now();
    try {
      const said = await w.run();
      log(`${w.label}已预热 / warmed${said ? `: ${said}` : ''} (${Math.round(performance.now() - t0)} ms)`);
    } catch (err) {
      log(`${w.label}预热失败（首次读取时再加载）/ warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
