import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';

/** Patents written by one import above which it ends with the statistics refresh below. */
export const LARGE_IMPORT = 20_000;

const GIN_INDEXES = ['patent_search_tx'] as const;

/**
 * After a large import, PostgreSQL: merges the GIN pending lists into the indexes (a search otherwise
 * scans up to 16 MB of unsorted entries per index, 0012-search-speed) and refreshes the planner's
 * statistics. Autovacuum had not analysed the facts table 50 minutes into a 1M import, and the planner
 * then estimated 1 row for 400,000 hits and chose plans 10× slower. SQLite: nothing (its planner
 * does not use statistics for FTS5).
 */
export async function finishLargeImport(ctx: Pick<AppContext, 'db' | 'dialect'>, written: number): Promise<void> {
  if (ctx.dialect !== 'postgres' || written < LARGE_IMPORT) return;
  for (const ix of GIN_INDEXES) await sql`select gin_clean_pending_list(to_regclass(${ix}))`.execute(ctx.db);
  await sql`analyze patents`.execute(ctx.db);
  await sql`analyze patent_search_facts`.execute(ctx.db);
}
