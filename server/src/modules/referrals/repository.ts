import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ReferralTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';

export const REFERRAL = 'referral';

function referralQuery(db: Executor) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('organisations as o', 'o.id', 'r.owner_org_id')
    .leftJoin('organisations as po', 'po.id', 'r.police_org_id')
    .leftJoin('organisations as pr', 'pr.id', 'r.procuratorate_org_id')
    .selectAll('r')
    .select(['o.name as owner_name', 'po.name as police_name', 'pr.name as procuratorate_name']);
}
export type ReferralView = Awaited<ReturnType<ReturnType<typeof referralQuery>['executeTakeFirstOrThrow']>>;

/** One referral with the names of its organisations. */
export function findReferral(db: Executor, id: number): Promise<ReferralView | undefined> {
  return referralQuery(db).where('r.id', '=', id).executeTakeFirst();
}

export async function insertReferral(trx: Executor, row: Insertable<ReferralTable>): Promise<number> {
  const r = await trx.insertInto('referrals').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Moves a referral out of status `from` (false when another step moved it first). */
export async function moveReferral(trx: Executor, id: number, from: string, patch: Updateable<ReferralTable>): Promise<boolean> {
  const r = await trx.updateTable('referrals').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Statuses in which the bureau acts (decide, hand over, reconsider, ask for supervision, receive, conclude). */
const bureauWaiting = ['proposed', 'approved', 'refused', 'upheld', 'sent', 'received'];

/** The referrals waiting for the actor: the bureau's steps in its region, or the police's / procuratorate's own. */
function waitingCondition(actor: Actor): Expression<SqlBool> {
  if (actor.scope === 'region') return sql<SqlBool>`r.status in (${sql.join(bureauWaiting)})`;
  return sql<SqlBool>`((r.police_org_id = ${actor.orgId} and r.status in ('handed_over', 'reconsideration')) or (r.procuratorate_org_id = ${actor.orgId} and r.status = 'supervision'))`;
}

export interface ReferralFilter {
  direction?: string;
  status?: string;
  waiting?: boolean;
}

/** The referrals the actor may see (jurisdiction, owner, or a standing party), newest first. */
export async function listReferrals(db: Executor, actor: Actor, f: ReferralFilter, page: { page: number; pageSize: number }) {
  let q = db
    .selectFrom('referrals as r')
    .where(accessCondition(actor, { region: 'r.region_code', owner: 'r.owner_org_id', parties: { recordType: REFERRAL, idColumn: 'r.id' } }));
  if (f.direction) q = q.where('r.direction', '=', f.direction);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.waiting) q = q.where(waitingCondition(actor));
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const ids = await q
    .select('r.id')
    .orderBy('r.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const rows =
    ids.length === 0
      ? []
      : await referralQuery(db)
          .where(
            'r.id',
            'in',
            ids.map((r) => r.id),
          )
          .orderBy('r.id', 'desc')
          .execute();
  return { rows, total: Number(total.n) };
}

/** An organisation's kind, name, region and status (the receiving unit of a referral). */
export function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'kind', 'name', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
}

/** Active organisations of the given kinds (police, procuratorates, bureaus), by name. */
export function findOrgsOfKinds(db: Executor, kinds: readonly string[]) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'region_code'])
    .where('kind', 'in', [...kinds])
    .where('status', '=', 'active')
    .orderBy('region_code')
    .orderBy('name')
    .limit(500)
    .execute();
}

type Rows = { code: string | null; n: number | string | null }[];
const toMap = (rows: Rows) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};
/** ISO timestamps compared with dates: the period's last day is included up to its last instant. */
const endOfDay = (d: string) => `${d}~`;

/**
 * Referral counts per stored region code for the indicators: handed over to the police (by handover time),
 * suggested to the procuratorate (by the time it was asked), and reverse referrals (by the time they were sent).
 */
export function countReferrals(db: Executor, measure: 'to_police' | 'to_procuratorate' | 'reverse', rootCode: string, period: { start: string; end: string }) {
  const col = measure === 'to_police' ? 'r.handed_over_at' : measure === 'to_procuratorate' ? 'r.suggested_at' : 'r.proposed_at';
  return db
    .selectFrom('referrals as r')
    .select(['r.region_code as code', sql<number>`count(*)`.as('n')])
    .where('r.direction', '=', measure === 'reverse' ? 'reverse' : 'to_police')
    .where(col, 'is not', null)
    .where(regionCondition('r.region_code', rootCode))
    .where(col, '>=', period.start)
    .where(col, '<', endOfDay(period.end))
    .groupBy('r.region_code')
    .execute()
    .then(toMap);
}
