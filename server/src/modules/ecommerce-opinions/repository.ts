import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { EcommerceOpinionTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';

export const OPINION = 'ecommerce_opinion';

export function findOpinion(db: Executor, id: number) {
  return db.selectFrom('ecommerce_opinions').selectAll().where('id', '=', id).executeTakeFirst();
}
export type OpinionRow = NonNullable<Awaited<ReturnType<typeof findOpinion>>>;

export async function insertOpinion(trx: Executor, row: Insertable<EcommerceOpinionTable>): Promise<number> {
  const r = await trx.insertInto('ecommerce_opinions').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Moves an opinion out of status `from` (false when another step moved it first). */
export async function moveOpinion(trx: Executor, id: number, from: string, patch: Updateable<EcommerceOpinionTable>): Promise<boolean> {
  const r = await trx.updateTable('ecommerce_opinions').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Opinions in the actor's jurisdiction, oldest due first. */
export async function listOpinions(db: Executor, actor: Actor, f: { status?: string }, page: { page: number; pageSize: number }) {
  let q = db.selectFrom('ecommerce_opinions as e').where(accessCondition(actor, { region: 'e.region_code', owner: 'e.owner_org_id' }));
  if (f.status) q = q.where('e.status', '=', f.status);
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('e')
    .orderBy('e.due_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Opinions issued per stored region code, by the date issued. */
export async function countIssued(db: Executor, rootCode: string, period: { start: string; end: string }) {
  const rows = await db
    .selectFrom('ecommerce_opinions as e')
    .select(['e.region_code as code', sql<number>`count(*)`.as('n')])
    .where('e.status', '=', 'issued')
    .where(regionCondition('e.region_code', rootCode))
    .where('e.issued_on', '>=', period.start)
    .where('e.issued_on', '<=', period.end)
    .groupBy('e.region_code')
    .execute();
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n));
  return m;
}
