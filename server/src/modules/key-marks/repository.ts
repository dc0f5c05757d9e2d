import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { KeyMarkTable } from '../../db/schema.js';
import { containsText } from '../../platform/text-match-sql.js';

export type KeyMarkRow = Selectable<KeyMarkTable>;

export async function insertKeyMark(db: Executor, row: Insertable<KeyMarkTable>): Promise<number> {
  const r = await db.insertInto('key_marks').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findKeyMark(db: Executor, id: number): Promise<KeyMarkRow | undefined> {
  return db.selectFrom('key_marks').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function updateKeyMark(db: Executor, id: number, patch: Updateable<KeyMarkTable>): Promise<void> {
  await db.updateTable('key_marks').set(patch).where('id', '=', id).execute();
}
/** A standing listing of the trademark, or of the same folded mark without a trademark. */
export function findStandingListing(db: Executor, f: { trademarkId: number | null; markFolded: string }): Promise<KeyMarkRow | undefined> {
  let q = db.selectFrom('key_marks').selectAll().where('removed_on', 'is', null);
  q = f.trademarkId !== null ? q.where('trademark_id', '=', f.trademarkId) : q.where('trademark_id', 'is', null).where('mark_folded', '=', f.markFolded);
  return q.executeTakeFirst();
}
export async function findKeyMarksPage(db: Executor, f: { q?: string; includeRemoved?: boolean }, page: number, pageSize: number) {
  let base = db.selectFrom('key_marks');
  if (!f.includeRemoved) base = base.where('removed_on', 'is', null);
  if (f.q) base = base.where((eb) => eb.or([containsText('mark', f.q ?? ''), containsText('holder_name', f.q ?? ''), eb('reg_no', '=', f.q ?? '')]));
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('listed_on', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}
/** Listings standing on `onDate` (listed by then, not removed by then) of these trademarks or folded marks. */
export async function findListingsFor(db: Executor, trademarkIds: readonly number[], foldedMarks: readonly string[], onDate: string): Promise<KeyMarkRow[]> {
  if (trademarkIds.length === 0 && foldedMarks.length === 0) return [];
  return db
    .selectFrom('key_marks')
    .selectAll()
    .where('listed_on', '<=', onDate)
    .where((eb) => eb.or([eb('removed_on', 'is', null), eb('removed_on', '>', onDate)]))
    .where((eb) =>
      eb.or([
        ...(trademarkIds.length > 0 ? [eb('trademark_id', 'in', [...trademarkIds])] : []),
        ...(foldedMarks.length > 0 ? [eb('mark_folded', 'in', [...foldedMarks])] : []),
      ]),
    )
    .orderBy('id')
    .execute();
}

// —— The register's trademarks (read) ——
export function findTrademark(db: Executor, id: number) {
  return db.selectFrom('trademarks').select(['id', 'mark', 'reg_no', 'owner_name']).where('id', '=', id).executeTakeFirst();
}
export function findTrademarkMarks(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('trademarks')
    .select(['id', 'mark'])
    .where('id', 'in', [...ids])
    .execute();
}

// —— Geographical indications (read) ——
export function findGi(db: Executor, id: number) {
  return db.selectFrom('geo_indications').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}
export function findOrgName(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'credit_code']).where('id', '=', id).executeTakeFirst();
}
/** Whether the organisation (by id, or by its credit code) is an authorised user of the GI on `onDate`. */
export async function isAuthorisedGiUser(db: Executor, giId: number, org: { id: number; creditCode: string | null }, onDate: string): Promise<boolean> {
  const row = await db
    .selectFrom('gi_authorised_users')
    .select('id')
    .where('gi_id', '=', giId)
    .where((eb) => eb.or([eb('org_id', '=', org.id), ...(org.creditCode ? [eb('credit_code', '=', org.creditCode)] : [])]))
    .where((eb) => eb.or([eb('authorised_on', 'is', null), eb('authorised_on', '<=', onDate)]))
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', onDate)]))
    .executeTakeFirst();
  return row !== undefined;
}
