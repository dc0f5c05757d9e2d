import { ZScreenData, type ScreenData } from '@zhichan/contract';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { auditVersion } from '../../platform/audit.js';
import { todayIso, type AppContext } from '../../platform/context.js';
import { serialiseChecked, type SerialisedBody } from '../../platform/routes.js';
import { patentDataVersion } from '../indicators/api.js';
import { getScreenData, resolveRegion } from './service.js';

/**
 * The screen's body, serialised once per region, period and day and sent as it is until the data under
 * it changes (a wall screen polls the same answer all day; issue #19 item 8). The body depends on the
 * region and period asked (not on the caller: values are read on the system's behalf once the region
 * is known to be within reach) and on today (the default year, the in-force date).
 *
 * Data version: the patents' fingerprint the indicators' snapshot and the holder index follow
 * (patentDataVersion: patent writes, the concordance) plus the newest audit row (every other change
 * the screen shows — reported figures, population, weights, licences, filings, deals, settings — goes
 * through mutate() and writes one). Every request compares it; requests arriving together share one
 * version read. Jurisdiction is checked before the cache is consulted.
 */
interface Entry {
  version: string;
  body: Promise<SerialisedBody<ScreenData>>;
}

const MAX_ENTRIES = 500;
const bodies = new WeakMap<Db, Map<string, Entry>>();
const versionReads = new WeakMap<Db, Promise<string>>();

/** The data version the cached bodies are current for; concurrent callers share one read. */
function screenDataVersion(db: Db): Promise<string> {
  let read = versionReads.get(db);
  if (!read) {
    read = Promise.all([patentDataVersion(db), auditVersion(db)])
      .then(([patents, audit]) => `${patents}|${audit}`)
      .finally(() => versionReads.delete(db));
    versionReads.set(db, read);
  }
  return read;
}

/** The screen's body for a request, from the cache when the data has not changed since it was made. */
export async function getScreenBody(
  ctx: AppContext,
  actor: Actor,
  query: { region?: string | undefined; year?: number | undefined; period?: string | undefined },
): Promise<SerialisedBody<ScreenData>> {
  const root = await resolveRegion(ctx, actor, query.region);
  const version = await screenDataVersion(ctx.db);
  const key = `${root.code}|${query.period ?? ''}|${query.year ?? ''}|${todayIso(ctx)}`;
  let cache = bodies.get(ctx.db);
  if (!cache) bodies.set(ctx.db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.body;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const body = getScreenData(ctx, actor, { ...query, region: root.code }).then((data) => serialiseChecked(ZScreenData, data));
  const entry = { version, body };
  cache.set(key, entry);
  body.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return body;
}
