import { todayIso, type AppContext } from '../../platform/context.js';
import { topHoldersFromSnapshot } from './holder-index.js';

/**
 * Warms the screen's holder index (holder-index.ts) of the cities whose patent snapshots
 * warmIndicatorCaches has just loaded, so the first screen after a start does not build it
 * (about 5 s at 1M patents). Never throws: a failure is logged and the first screen builds it.
 */
export async function warmScreenCaches(
  ctx: AppContext,
  scopes: readonly string[],
  log: (msg: string) => void = (m) => console.warn(m),
): Promise<number | null> {
  const t0 = performance.now();
  try {
    for (const scope of scopes) await topHoldersFromSnapshot(ctx, scope, todayIso(ctx), 10);
    return Math.round(performance.now() - t0);
  } catch (err) {
    log(`大屏缓存预热失败（首次打开时再加载）/ screen cache warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
