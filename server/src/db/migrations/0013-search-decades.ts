import { sql, type Kysely } from 'kysely';
import type { Executor } from '../database.js';
import { isPostgres } from '../migration-helpers.js';
import { indexPatents } from '../../modules/patents/search/index-writer.js';

/**
 * The title on the search facts table, and decade tokens in the search index (ax201 = applied 2010–2019, px/gx for publication and grant), so a
 * date range of whole years is a few posting lists instead of one a year (search/date-tokens.ts).
 * Every patent already indexed is re-indexed in batches, on both dialects (none on a new database).
 * The index is emptied first: re-indexing row by row would leave a tombstone for every old row, and
 * FTS5 then checks each position it merges against them (measured at a million patents: 30 % of the CPU,
 * and not done after six minutes); re-inserting into an empty index is an import's cost without the other tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const trx = db as unknown as Executor;
  const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  const columns = await db.introspection.getTables().then((ts) => ts.find((t) => t.name === 'patent_search_facts')?.columns ?? []);
  if (!columns.some((c) => c.name === 'title')) await db.schema.alterTable('patent_search_facts').addColumn('title', 'text').execute();
  const cache = dialect === 'sqlite' ? Number(Object.values((await sql`pragma cache_size`.execute(db)).rows[0] ?? {})[0] ?? -2000) : 0;
  if (dialect === 'sqlite') {
    await sql`insert into patent_fts (patent_fts) values ('delete-all')`.execute(db);
    // The import's page cache (import/bulk-tuning.ts): the index's pages are touched all over each batch.
    await sql`pragma cache_size = -262144`.execute(db);
  }
  await trx.deleteFrom('patent_search_facts').execute();
  for (let last = 0; ;) {
    const ids = (await trx.selectFrom('patents').select('id').where('id', '>', last).orderBy('id').limit(4000).execute()).map((r) => Number(r.id));
    if (ids.length === 0) break;
    await indexPatents({ dialect }, trx, ids);
    last = ids[ids.length - 1] as number;
  }
  if (dialect === 'sqlite') await sql.raw(`pragma cache_size = ${Math.trunc(cache) || -2000}`).execute(db);
}

export async function down(): Promise<void> {
  // The extra tokens are harmless to older code; nothing to undo.
}
