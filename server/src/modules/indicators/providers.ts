import type { Period } from '@zhichan/contract';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';

/**
 * Computed-indicator provider registry. A module that can compute an indicator from its own data
 * registers a provider for the indicator key (`registerIndicatorProvider`); from then on the
 * indicator is *computed*, until then it is *reported*. Providers answer raw counts per stored region
 * code below a root region; the values service rolls them up to cities, counties and towns.
 *
 * Results are cached per database, keyed by the provider's data sources' versions: writers bump a
 * source's version (`bumpIndicatorData('patents')`, done by the patent write hook), so a cached value
 * never outlives the data under it. Providers without a versioned source are computed on every read.
 */
export interface IndicatorProvider {
  /** What is counted, in Chinese (shown as the provenance of computed values). */
  method: string;
  /** Data sources whose versions key the cache; empty = never cached. */
  sources: readonly string[];
  compute(ctx: AppContext, q: { rootCode: string; period: Period }): Promise<Map<string, number>>;
}

const providers = new Map<string, IndicatorProvider>();

/** Registers the provider of an indicator (modules call this when loaded). */
export function registerIndicatorProvider(key: string, provider: IndicatorProvider): void {
  providers.set(key, provider);
}

/** The provider of an indicator, if any module registered one. */
export function findIndicatorProvider(key: string): IndicatorProvider | undefined {
  return providers.get(key);
}

const versions = new WeakMap<Db, Map<string, number>>();
const caches = new WeakMap<Db, Map<string, Promise<unknown>>>();
const MAX_CACHE_ENTRIES = 2000;

/** Marks a data source as changed for this database: cached values computed from it are dropped. */
export function bumpIndicatorData(db: Db, source: string): void {
  const v = versions.get(db) ?? new Map<string, number>();
  v.set(source, (v.get(source) ?? 0) + 1);
  versions.set(db, v);
}

function versionKey(db: Db, sources: readonly string[]): string {
  const v = versions.get(db);
  return sources.map((s) => `${s}:${v?.get(s) ?? 0}`).join(',');
}

/**
 * Memoises `work` per database under `key` and the current versions of `sources`: the first caller
 * computes, concurrent and later callers share the result until a source's version moves on.
 */
export function cachedByVersion<T>(db: Db, key: string, sources: readonly string[], work: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const k = `${key}|${versionKey(db, sources)}`;
  const hit = cache.get(k) as Promise<T> | undefined;
  if (hit) return hit;
  if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
  const pending = work();
  cache.set(k, pending);
  pending.catch(() => cache.delete(k));
  return pending;
}

/** Runs a provider for a root and period, through the version-keyed cache. */
export function computeIndicator(ctx: AppContext, key: string, p: IndicatorProvider, rootCode: string, period: Period): Promise<Map<string, number>> {
  if (p.sources.length === 0) return p.compute(ctx, { rootCode, period });
  return cachedByVersion(ctx.db, `${key}|${rootCode}|${period.start}|${period.end}`, p.sources, () => p.compute(ctx, { rootCode, period }));
}
