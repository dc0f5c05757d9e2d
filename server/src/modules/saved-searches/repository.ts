import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { SavedSearchTable } from '../../db/schema.js';

/** The user's saved searches, newest first. */
export async function findSavedSearchesOf(db: Executor, userId: number) {
  return db.selectFrom('saved_searches').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
}

/** One saved search (of the user, when given). */
export async function findSavedSearch(db: Executor, id: number, userId?: number) {
  let q = db.selectFrom('saved_searches').selectAll().where('id', '=', id);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return q.executeTakeFirst();
}

/** A new saved search; its id. */
export async function insertSavedSearch(trx: Executor, row: Insertable<SavedSearchTable>): Promise<number> {
  const r = await trx.insertInto('saved_searches').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Deletes a saved search. */
export async function deleteSavedSearchRow(trx: Executor, id: number): Promise<void> {
  await trx.deleteFrom('saved_searches').where('id', '=', id).execute();
}

/** Saved searches with alerts on. */
export async function findAlertingSearches(db: Executor) {
  return db.selectFrom('saved_searches').selectAll().where('alert', '=', 1).execute();
}

/** Records a search's latest count. */
export async function setSearchChecked(db: Executor, id: number, count: number, at: string): Promise<void> {
  await db.updateTable('saved_searches').set({ last_match_count: count, last_checked_at: at }).where('id', '=', id).execute();
}

/** Ids of the patents written since `since`. */
export async function findPatentIdsWrittenSince(db: Executor, since: string): Promise<number[]> {
  return (await db.selectFrom('patents').select('id').where('updated_at', '>=', since).execute()).map((r) => r.id);
}

/** Titles and application numbers of patents. */
export async function findPatentTitles(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('patents')
    .select(['title', 'app_no'])
    .where('id', 'in', [...ids])
    .execute();
}
