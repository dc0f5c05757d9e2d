import { sql, type Kysely } from 'kysely';
import type { Executor } from '../database.js';
import { isPostgres } from '../migration-helpers.js';
import { indexPatents } from '../../modules/patents/search/index-writer.js';
import { startProgress } from '../../platform/progress.js';

/** The PostgreSQL vectors of 0003 that 0013 folds into `tx`, and their GIN indexes. */
const OLD_VECTORS = ['ti', 'pa', 'inv', 'ag', 'fl'] as const;
const OLD_INDEXED = ['pa', 'inv', 'ag', 'fl'] as const;
const oldIndex = (v: string) => `patent_search_${v}`;

/**
 * Search index, third layout.
 * - Both dialects: the title on the facts table, and decade tokens in the index (ax201 = applied
 *   2010–2019, px/gx for publication and grant), so a date range of whole years is a few posting lists
 *   instead of one a year (search/date-tokens.ts).
 * - PostgreSQL: ONE tsvector a patent (`tx`, one GIN index) instead of six: title, abstract and claims
 *   tokens weighted A/B/C plus marked copies of the title, party, agency and filter tokens
 *   (search/pg-match.ts), so a whole query is one tsquery the index answers in one scan. And the
 *   vector goes out of line (TOAST) whenever a row would exceed 128 bytes, so the heap keeps only the
 *   facts: every search visits the heap page of each hit (bitmap heap scan), and at 200,000 patents the
 *   heap shrank from 256 MB to ~40 MB (电机, 14,615 hits: 12,190 pages visited before).
 * Every patent already indexed is re-indexed in batches (none on a new database). The index is emptied
 * first: re-indexing row by row would leave an FTS5 tombstone for every old row, which every later
 * merge checks each position against (measured at a million patents: 30 % of the CPU, and not done
 * after six minutes); re-inserting into an empty index is an import's cost without the other tables.
 * On PostgreSQL the GIN index is dropped first and built once after the rows are in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const trx = db as unknown as Executor;
  const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  const columns = await db.introspection.getTables().then((ts) => ts.find((t) => t.name === 'patent_search_facts')?.columns ?? []);
  if (!columns.some((c) => c.name === 'title')) await db.schema.alterTable('patent_search_facts').addColumn('title', 'text').execute();
  const cache = dialect === 'sqlite' ? Number(Object.values((await sql`pragma cache_size`.execute(db)).rows[0] ?? {})[0] ?? -2000) : 0;
  if (dialect === 'postgres') {
    for (const ix of [...OLD_INDEXED.map(oldIndex), 'patent_search_tx']) await sql`drop index if exists ${sql.ref(ix)}`.execute(db);
    for (const v of OLD_VECTORS) if (columns.some((c) => c.name === v)) await db.schema.alterTable('patent_search_facts').dropColumn(v).execute();
    await sql`alter table patent_search_facts set (toast_tuple_target = 128)`.execute(db);
  }
  if (dialect === 'sqlite') {
    await sql`insert into patent_fts (patent_fts) values ('delete-all')`.execute(db);
    // The import's page cache (import/bulk-store.ts): the index's pages are touched all over each batch.
    await sql`pragma cache_size = -262144`.execute(db);
  }
  await trx.deleteFrom('patent_search_facts').execute();
  // Progress lines only (minutes at a million patents); what the migration does is unchanged.
  const total = Number(
    (
      await trx
        .selectFrom('patents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  const progress = startProgress('0013 检索索引重建 re-indexing patents');
  for (let last = 0, done = 0; ;) {
    const ids = (await trx.selectFrom('patents').select('id').where('id', '>', last).orderBy('id').limit(4000).execute()).map((r) => Number(r.id));
    if (ids.length === 0) break;
    await indexPatents({ dialect }, trx, ids);
    last = ids[ids.length - 1] as number;
    progress.update((done += ids.length), total);
  }
  progress.end();
  if (dialect === 'sqlite') await sql.raw(`pragma cache_size = ${Math.trunc(cache) || -2000}`).execute(db);
  if (dialect === 'postgres') {
    await sql`create index patent_search_tx on patent_search_facts using gin (tx) with (gin_pending_list_limit = 16384)`.execute(db);
    await sql`analyze patent_search_facts`.execute(db);
  }
}

/**
 * PostgreSQL: the schema of 0012 again (a vector per field, empty, with their indexes; the older code's
 * `rebuildSearchIndex` refills them). SQLite: nothing (the title column and decade tokens are harmless to
 * older code).
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table patent_search_facts reset (toast_tuple_target)`.execute(db);
  for (const v of OLD_VECTORS) await sql`alter table patent_search_facts add column if not exists ${sql.ref(v)} tsvector not null default ''`.execute(db);
  for (const v of OLD_VECTORS) await sql`alter table patent_search_facts alter column ${sql.ref(v)} set compression lz4`.execute(db);
  for (const v of OLD_INDEXED)
    await sql`create index if not exists ${sql.ref(oldIndex(v))} on patent_search_facts using gin (${sql.ref(v)}) with (gin_pending_list_limit = 16384)`.execute(
      db,
    );
}
