import { sql, type Kysely } from 'kysely';
import { codeCollation, idType, isPostgres } from '../migration-helpers.js';

/**
 * Full-text patent search index (专利检索索引). A narrow facts table (one row per patent: type, dates as
 * yyyymmdd integers, main IPC class, county, first applicant) answers filters, facets and date sorting
 * without touching the wide patents rows. The text index holds character bigrams generated in JS
 * (modules/patents/search/tokenizer.ts): on SQLite an FTS5 table (contentless, rowid = patent id, ascii
 * tokenizer so the tokens stay as written); on PostgreSQL tsvector columns with GIN indexes on the facts
 * table. The index is maintained by the patents write hook in the writer's transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const code = codeCollation(db);
  let facts = db.schema
    .createTable('patent_search_facts')
    .addColumn('id', idType(db), (c) => c.primaryKey().references('patents.id').onDelete('cascade'))
    .addColumn('kind', 'integer', (c) => c.notNull())
    .addColumn('app_ymd', 'integer', (c) => c.notNull())
    .addColumn('pub_ymd', 'integer')
    .addColumn('grant_ymd', 'integer')
    .addColumn('expires_ymd', 'integer')
    .addColumn('terminated_ymd', 'integer')
    .addColumn('ipc_class', 'text', code)
    .addColumn('county', 'text', code)
    .addColumn('applicant', 'text');
  if (isPostgres(db)) {
    // ti (title alone, small and stored inline) ranks very large results without reading the toasted tx.
    for (const v of ['tx', 'ti', 'pa', 'inv', 'ag', 'fl']) facts = facts.addColumn(v, sql`tsvector`, (c) => c.notNull());
  }
  await facts.execute();
  await db.schema.createIndex('patent_search_facts_app').on('patent_search_facts').column('app_ymd').execute();

  if (isPostgres(db)) {
    for (const v of ['tx', 'pa', 'inv', 'ag', 'fl']) {
      await db.schema.createIndex(`patent_search_${v}`).on('patent_search_facts').using('gin').column(v).execute();
    }
    return;
  }
  // detail=full keeps token positions: a term of 3+ characters is a phrase of consecutive bigrams.
  await sql`create virtual table patent_fts using fts5(ti, ab, cl, pa, inv, ag, fl, content='', contentless_delete=1, tokenize='ascii', detail=full)`.execute(
    db,
  );
  // Ingest tuning (persisted in the index's config): merge 8 segments at a time instead of 4 (less rewriting
  // during bulk imports) and keep up to 64 MB of pending tokens in memory per transaction.
  await sql`insert into patent_fts(patent_fts, rank) values ('automerge', 8)`.execute(db);
  await sql`insert into patent_fts(patent_fts, rank) values ('hashsize', 67108864)`.execute(db);
  await sql`create trigger patent_fts_on_patent_delete after delete on patents begin delete from patent_fts where rowid = old.id; end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`drop trigger if exists patent_fts_on_patent_delete`.execute(db);
    await sql`drop table if exists patent_fts`.execute(db);
  }
  await db.schema.dropTable('patent_search_facts').execute();
}
