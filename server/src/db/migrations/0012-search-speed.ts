import { sql, type Kysely } from 'kysely';
import type { Executor } from '../database.js';
import { isPostgres } from '../migration-helpers.js';
import { indexPatents } from '../../modules/patents/search/index-writer.js';
import { startProgress } from '../../platform/progress.js';

/** tsvector columns of the search facts table and their GIN indexes (0003-search-index). */
const VECTORS = ['tx', 'ti', 'pa', 'inv', 'ag', 'fl'] as const;
const GIN_INDEXES = ['patent_search_tx', 'patent_search_pa', 'patent_search_inv', 'patent_search_ag', 'patent_search_fl'] as const;

/**
 * Search speed.
 * SQLite: the index's party columns (applicants, inventors, agency) now hold marked tokens
 * (sqlite-match.ts PARTY_MARK), so a plain title/abstract/claims term is matched without a column
 * filter; every patent already indexed is re-indexed in batches (none on a new database).
 * PostgreSQL:
 * - The tsvectors are compressed with lz4 instead of pglz: the 5 KB title/abstract/claims vector of each
 *   patent is TOASTed, and ranking and phrase rechecks decompress it for every candidate row; lz4
 *   decompresses several times faster (and compresses faster on ingest). Applies to rows written from
 *   now on; `rebuildSearchIndex` rewrites older ones.
 * - GIN pending lists of 16 MB instead of 4 MB: an import batch adds ~600 lexeme entries a patent, and
 *   each overflow of the pending list merges it into the index; fewer, larger merges write each
 *   lexeme's posting list fewer times. A large import ends by cleaning the lists (see import/bulk-store.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    const trx = db as unknown as Executor;
    // Progress lines only (minutes at a million patents); what the migration does is unchanged.
    const progress = startProgress('0012 检索索引重建 re-indexing patents');
    for (let last = 0, done = 0; ;) {
      const ids = (await trx.selectFrom('patents').select('id').where('id', '>', last).orderBy('id').limit(4000).execute()).map((r) => Number(r.id));
      if (ids.length === 0) return progress.end();
      await indexPatents({ dialect: 'sqlite' }, trx, ids);
      last = ids[ids.length - 1] as number;
      progress.update((done += ids.length));
    }
  }
  for (const v of VECTORS) await sql`alter table patent_search_facts alter column ${sql.ref(v)} set compression lz4`.execute(db);
  for (const ix of GIN_INDEXES) await sql`alter index ${sql.ref(ix)} set (gin_pending_list_limit = 16384)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const v of VECTORS) await sql`alter table patent_search_facts alter column ${sql.ref(v)} set compression default`.execute(db);
  for (const ix of GIN_INDEXES) await sql`alter index ${sql.ref(ix)} reset (gin_pending_list_limit)`.execute(db);
}
