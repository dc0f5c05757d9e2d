import type { Executor } from '../../db/database.js';

/** A patent_events row as recordPatentEvents writes it. */
export interface PatentEventRow {
  patent_id: number;
  event_date: string;
  kind: string;
  summary: string;
  details: string | null;
  source: string;
  authority: string;
  authority_no: string | null;
  authority_date: string | null;
  created_at: string;
}

/** Adds an event to a patent's history; undefined when the same (patent, kind, date, summary) is already there. */
export async function insertPatentEventRow(trx: Executor, row: PatentEventRow): Promise<number | undefined> {
  const r = await trx
    .insertInto('patent_events')
    .values(row)
    .onConflict((oc) => oc.columns(['patent_id', 'kind', 'event_date', 'summary']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r === undefined ? undefined : Number(r.id);
}

/** A new registered pledge. */
export async function insertPledge(
  trx: Executor,
  row: {
    patent_id: number;
    event_id: number;
    pledgor: string | null;
    pledgee: string;
    amount: number;
    currency: string;
    registered_on: string;
    authority: string;
    authority_no: string | null;
    at: string;
  },
): Promise<void> {
  const { at, ...values } = row;
  await trx
    .insertInto('patent_pledges')
    .values({ ...values, ended_on: null, created_at: at, updated_at: at })
    .execute();
}

/**
 * The patent's pledge an act on it refers to: the standing one registered under `authorityNo` when given,
 * else its oldest standing pledge.
 */
export async function findStandingPledge(trx: Executor, patentId: number, authorityNo: string | null) {
  let q = trx.selectFrom('patent_pledges').select(['id']).where('patent_id', '=', patentId).where('ended_on', 'is', null);
  if (authorityNo !== null) q = q.where('authority_no', '=', authorityNo);
  return q.orderBy('registered_on').orderBy('id').executeTakeFirst();
}

/** Changes a standing pledge (质押变更) or ends it (注销). */
export async function updatePledge(
  trx: Executor,
  id: number,
  set: { pledgee?: string; amount?: number; currency?: string; ended_on?: string },
  at: string,
): Promise<void> {
  await trx
    .updateTable('patent_pledges')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Every registered pledge of the patents, standing or ended. */
export async function findPledges(db: Executor, patentIds: readonly number[]) {
  if (patentIds.length === 0) return [];
  return db
    .selectFrom('patent_pledges')
    .select(['patent_id', 'pledgor', 'pledgee', 'amount', 'currency', 'registered_on', 'authority', 'authority_no', 'ended_on'])
    .where('patent_id', 'in', [...patentIds])
    .orderBy('patent_id')
    .orderBy('registered_on')
    .orderBy('id')
    .execute();
}

/**
 * A registered transfer moves the patent (Patent Law art. 10): the transferee becomes its holder (专利权人) —
 * the holder rows, the holders' names and, when the transferee's region is known, the patent's region.
 */
export async function moveHolder(trx: Executor, patentId: number, to: { name: string; orgId: number | null; regionCode: string | null }, at: string) {
  await trx.deleteFrom('patent_parties').where('patent_id', '=', patentId).where('role', '=', 'holder').execute();
  await trx.insertInto('patent_parties').values({ patent_id: patentId, role: 'holder', seq: 1, name: to.name, org_id: to.orgId }).execute();
  await trx
    .updateTable('patents')
    .set({ holders: JSON.stringify([to.name]), ...(to.regionCode ? { region_code: to.regionCode } : {}), updated_at: at })
    .where('id', '=', patentId)
    .execute();
}
