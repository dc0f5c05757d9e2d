import { sql } from 'kysely';
import type SQLite from 'better-sqlite3';
import { sqliteConnection, type Executor } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';
import { noteFacetsWritten } from './facet-snapshot.js';
import { loadIndexDocuments, type IndexDocument } from './index-documents.js';
import { PG_MARKS } from './pg-match.js';
import { tsvectorLiteral } from './pg-vectors.js';
import { markPartyTokens } from './sqlite-match.js';
import { noteIndexed } from './sqlite-rank.js';

/** Rows per INSERT statement on PostgreSQL (13 parameters a row; the limit is 65,535). */
const CHUNK = 1000;
/** Rows per INSERT statement on SQLite: facts have 12 parameters a row, the FTS5 rows 8 (the limit is 32,766). */
const FACTS_CHUNK = 2700;
const FTS_CHUNK = 4000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Index maintenance for patents just inserted or updated (the onPatentsWritten hook): deletes their
 * index rows and writes new ones, inside the writer's transaction. Ids of deleted patents just lose
 * their rows. Cost is one read of the patents and their IPC rows, and batched inserts.
 */
export async function indexPatents(ctx: Pick<AppContext, 'dialect'> & Partial<Pick<AppContext, 'db'>>, trx: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  noteIndexed(ids.length);
  if (ctx.db) noteFacetsWritten(ctx.db, ids);
  const docs = await loadIndexDocuments(trx, ids);
  if (ctx.dialect === 'postgres') await writePostgres(trx, ids, docs);
  else await writeSqlite(trx, ids, docs, ctx.db ? sqliteConnection(ctx.db) : undefined);
}

// The index's single-row INSERT, prepared once per connection.
const ftsInserts = new WeakMap<SQLite.Database, SQLite.Statement>();
function ftsInsert(conn: SQLite.Database): SQLite.Statement {
  let st = ftsInserts.get(conn);
  if (!st) ftsInserts.set(conn, (st = conn.prepare('insert into patent_fts (rowid, ti, ab, cl, pa, inv, ag, fl) values (?, ?, ?, ?, ?, ?, ?, ?)')));
  return st;
}

/**
 * SQLite: facts first, then the index rows in as few statements as possible (one for a batch of up to
 * 4,000, the importer's batch). FTS5 flushes its pending tokens to a new on-disk segment whenever a later statement of the
 * transaction opens a savepoint (any multi-row write does), so writing the index last and at once leaves
 * one segment per batch, flushed at commit; 250-row inserts cost four segments a batch and ~2× the time.
 */
async function writeSqlite(trx: Executor, ids: readonly number[], docs: readonly IndexDocument[], conn: SQLite.Database | undefined): Promise<void> {
  // Only ids already indexed need deleting (a contentless FTS5 delete of an absent row still costs a tombstone).
  const existing = (await trx.selectFrom('patent_search_facts').select('id').where('id', 'in', ids).execute()).map((r) => r.id);
  for (const part of chunks(existing, 1000)) {
    await trx.deleteFrom('patent_fts').where('rowid', 'in', part).execute();
    await trx.deleteFrom('patent_search_facts').where('id', 'in', part).execute();
  }
  for (const part of chunks(docs, FACTS_CHUNK)) {
    const rows = part.map(({ facts }) => factValues(facts));
    await sql`insert into patent_search_facts (id, kind, app_ymd, pub_ymd, grant_ymd, expires_ymd, terminated_ymd, ipc_class, ipc_classes, county, applicant, title)
      values ${valuesList(rows)}`.execute(trx);
  }
  const row = ({ facts: f, text: t }: IndexDocument) => [f.id, t.ti, t.ab, t.cl, markPartyTokens(t.pa), markPartyTokens(t.inv), markPartyTokens(t.ag), t.fl];
  if (conn) {
    const insert = ftsInsert(conn);
    for (const d of docs) insert.run(row(d));
    return;
  }
  for (const part of chunks(docs, FTS_CHUNK)) {
    const rows = part.map(row);
    await sql`insert into patent_fts (rowid, ti, ab, cl, pa, inv, ag, fl) values ${valuesList(rows)}`.execute(trx);
  }
}

/** `(?, ?, …), (?, ?, …)` with every value bound. */
/** A facts row's values, in the column order of both dialects' `insert into patent_search_facts (…)`. */
function factValues(f: IndexDocument['facts']): (string | number | null)[] {
  return [f.id, f.kind, f.app_ymd, f.pub_ymd, f.grant_ymd, f.expires_ymd, f.terminated_ymd, f.ipc_class, f.ipc_classes, f.county, f.applicant, f.title];
}

function valuesList(rows: readonly (string | number | null)[][]) {
  return sql.join(rows.map((r) => sql`(${sql.join(r)})`));
}

/** The one tsvector of a patent on PostgreSQL (see pg-match.ts): text tokens weighted by field, the rest marked. */
export function pgVector(t: IndexDocument['text']): string {
  return tsvectorLiteral([
    { tokens: t.ti, weight: 'A' },
    { tokens: t.ab, weight: 'B' },
    { tokens: t.cl, weight: 'C' },
    { tokens: t.ti, weight: 'D', mark: PG_MARKS.ti },
    { tokens: t.pa, weight: 'D', mark: PG_MARKS.pa },
    { tokens: t.inv, weight: 'D', mark: PG_MARKS.inv },
    { tokens: t.ag, weight: 'D', mark: PG_MARKS.ag },
    { tokens: t.fl, weight: 'D', mark: PG_MARKS.fl },
  ]);
}

async function writePostgres(trx: Executor, ids: readonly number[], docs: readonly IndexDocument[]): Promise<void> {
  await trx.deleteFrom('patent_search_facts').where('id', 'in', ids).execute();
  for (const part of chunks(docs, CHUNK)) {
    const rows = part.map(({ facts, text }) => sql`(${sql.join(factValues(facts))}, ${pgVector(text)}::tsvector)`);
    await sql`insert into patent_search_facts (id, kind, app_ymd, pub_ymd, grant_ymd, expires_ymd, terminated_ymd, ipc_class, ipc_classes, county, applicant, title, tx)
      values ${sql.join(rows)}`.execute(trx);
  }
}

/** Rebuilds the whole index from the patents table (after restoring a backup, or on a database migrated with patents already in it). */
export async function rebuildSearchIndex(ctx: Pick<AppContext, 'db' | 'dialect'>, batch = 1000): Promise<number> {
  let last = 0;
  let total = 0;
  for (;;) {
    const ids = (await ctx.db.selectFrom('patents').select('id').where('id', '>', last).orderBy('id').limit(batch).execute()).map((r) => Number(r.id));
    if (ids.length === 0) return total;
    await ctx.db.transaction().execute((trx) => indexPatents(ctx, trx, ids));
    last = ids[ids.length - 1] as number;
    total += ids.length;
  }
}
