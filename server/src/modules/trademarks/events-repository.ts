import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { TrademarkEventTable, TrademarkPledgeTable } from '../../db/schema.js';

/** Adds an event to a trademark's history; its id, or undefined when the same event (trademark, kind, date, summary) is there already. */
export async function insertTrademarkEventRow(trx: Executor, row: Insertable<TrademarkEventTable>): Promise<number | undefined> {
  const r = await trx
    .insertInto('trademark_events')
    .values(row)
    .onConflict((oc) => oc.columns(['trademark_id', 'kind', 'event_date', 'summary']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}

export async function insertTrademarkPledge(trx: Executor, row: Insertable<TrademarkPledgeTable>): Promise<void> {
  await trx.insertInto('trademark_pledges').values(row).execute();
}

/** The standing pledge of the trademark registered under `authorityNo` (else its oldest standing one). */
export async function findStandingTrademarkPledge(trx: Executor, trademarkId: number, authorityNo: string | null) {
  let q = trx.selectFrom('trademark_pledges').select(['id']).where('trademark_id', '=', trademarkId).where('ended_on', 'is', null);
  if (authorityNo) q = q.where('authority_no', '=', authorityNo);
  return q.orderBy('registered_on').orderBy('id').executeTakeFirst();
}

export async function updateTrademarkPledge(
  trx: Executor,
  id: number,
  set: { ended_on?: string; pledgee?: string; amount?: number; currency?: string },
  at: string,
): Promise<void> {
  await trx
    .updateTable('trademark_pledges')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The trademarks' pledges (standing and ended), oldest first. */
export async function findTrademarkPledges(db: Executor, trademarkIds: readonly number[]) {
  if (trademarkIds.length === 0) return [];
  return db
    .selectFrom('trademark_pledges')
    .select(['trademark_id', 'pledgor', 'pledgee', 'amount', 'currency', 'registered_on', 'authority', 'authority_no', 'ended_on'])
    .where('trademark_id', 'in', [...trademarkIds])
    .orderBy('trademark_id')
    .orderBy('registered_on')
    .orderBy('id')
    .execute();
}

/** The trademark's legal-status events, oldest first. */
export async function findTrademarkEvents(db: Executor, trademarkId: number) {
  return db
    .selectFrom('trademark_events')
    .select(['id', 'event_date', 'kind', 'summary', 'details', 'authority', 'authority_no', 'authority_date'])
    .where('trademark_id', '=', trademarkId)
    .orderBy('event_date')
    .orderBy('id')
    .execute();
}
