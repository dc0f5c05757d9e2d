import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';

/** Page cache the search wants on SQLite: the facts table (~75 MB at a million patents) stays in memory. */
const SEARCH_CACHE_KIB = 65_536;
const tuned = new WeakSet<object>();

/**
 * Raises SQLite's page cache from its 2 MB default to 64 MB, once per connection, unless the database
 * layer already chose a size. Facets, filters and date order look up one facts row per hit; with the
 * default cache each lookup is a read from the OS (~1 µs), with the larger one a memory access.
 * The better home for this is db/database.ts (noted for the lead); until then search sets it.
 */
export async function tuneSearchConnection(ctx: Pick<AppContext, 'db' | 'dialect'>): Promise<void> {
  if (ctx.dialect !== 'sqlite' || tuned.has(ctx.db)) return;
  tuned.add(ctx.db);
  const r = await sql<{ cache_size: number }>`pragma cache_size`.execute(ctx.db);
  if (Number(r.rows[0]?.cache_size) === -2000) await sql`pragma cache_size = ${sql.raw(String(-SEARCH_CACHE_KIB))}`.execute(ctx.db);
}
