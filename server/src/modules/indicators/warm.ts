import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { findBureauRegions } from './repository.js';
import { patentSnapshot, snapshotScope } from './patent-snapshot.js';
import { indicatorValues } from './values.js';

/** Indicators counted from the patent snapshot: the panel the screen and the values page open with. */
const SNAPSHOT_KEYS = ['effective_invention_patents', 'high_value_invention_patents', 'patent_grants', 'invention_patent_grants'];

/**
 * Warms the city patent snapshots (patent-snapshot.ts) of the cities that have an IP bureau on the
 * platform, and their counts for last year and the year before, so the first screen or indicator
 * panel after a start does not pay for loading the registry (7.7 s at 1M patents). Started by
 * main.ts after `listen`, not awaited; never throws — a failure is logged and the first read then
 * loads the snapshot as it would have anyway. Tests call it explicitly when they want it.
 */
export async function warmIndicatorCaches(
  ctx: AppContext,
  log: (msg: string) => void = (m) => console.warn(m),
  /** Region codes to warm instead of the bureaus' (the benchmark). */
  only?: readonly string[],
): Promise<{ scopes: string[]; ms: number } | null> {
  const t0 = performance.now();
  try {
    const bureaus = only ? only.map((region_code) => ({ region_code })) : await findBureauRegions(ctx.db);
    // City scopes only: a province-level bureau would load a whole province.
    const scopes = [...new Set(bureaus.map((b) => snapshotScope(b.region_code)))].filter((s) => !s.endsWith('0000')).sort();
    const year = String(Number(todayIso(ctx).slice(0, 4)) - 1);
    for (const scope of scopes) {
      await patentSnapshot(ctx, scope);
      await indicatorValues(ctx, null, { keys: SNAPSHOT_KEYS, regionCode: scope, period: year, includeChildren: true, depth: 2 });
    }
    return { scopes, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    log(`指标缓存预热失败（首次读取时再加载）/ indicator cache warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
