import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DisputeEventTable, PatentDisputeTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export type DisputeRow = Selectable<PatentDisputeTable>;

/** Inserts a dispute and numbers it from its id (平台案件号 PD-2026-000001). */
export async function insertDispute(trx: Executor, row: Omit<Insertable<PatentDisputeTable>, 'case_no'>, year: string): Promise<number> {
  const r = await trx
    .insertInto('patent_disputes')
    .values({ ...row, case_no: `tmp-${Math.random().toString(36).slice(2)}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await trx
    .updateTable('patent_disputes')
    .set({ case_no: `PD-${year}-${String(id).padStart(6, '0')}` })
    .where('id', '=', id)
    .execute();
  return id;
}

export async function findDispute(db: Executor, id: number): Promise<DisputeRow | undefined> {
  return db.selectFrom('patent_disputes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateDispute(trx: Executor, id: number, set: Updateable<PatentDisputeTable>): Promise<void> {
  await trx.updateTable('patent_disputes').set(set).where('id', '=', id).execute();
}

export async function insertDisputeEvent(trx: Executor, row: Insertable<DisputeEventTable>): Promise<void> {
  await trx.insertInto('dispute_events').values(row).execute();
}

export async function findDisputeEvents(db: Executor, id: number) {
  return db.selectFrom('dispute_events').selectAll().where('dispute_id', '=', id).orderBy('id').execute();
}

/** A page of disputes in a region, newest first. */
export async function listDisputes(db: Executor, f: { region: string; status?: string }, page: number, pageSize: number) {
  let q = db.selectFrom('patent_disputes').where(regionCondition('region_code', f.region));
  if (f.status) q = q.where('status', '=', f.status);
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
