import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PledgeApplicationTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { partyCondition } from '../../platform/parties.js';

export const PLEDGE = 'pledge_application';

/** The statuses in which an application still holds its rights (a second application on them is refused). */
export const OPEN_STATUSES = ['awaiting_pledgee', 'submitted'] as const;

const columns = [
  'p.id',
  'p.asset_kind',
  'p.pledgor_org_id',
  'p.pledgee_org_id',
  'p.region_code',
  'p.status',
  'p.contract_no',
  'p.secured_amount',
  'p.loan_amount',
  'p.debt_starts_on',
  'p.debt_ends_on',
  'p.financing_application_id',
  'p.pledgor_confirmed_at',
  'p.pledgee_confirmed_at',
  'p.submitted_at',
  'p.authority',
  'p.authority_name',
  'p.registration_no',
  'p.registered_on',
  'p.refusal_no',
  'p.refused_on',
  'p.refusal_rule',
  'p.refusal_note',
  'p.release_no',
  'p.released_on',
  'p.note',
  'p.is_demo',
  'p.created_at',
] as const;

function base(db: Executor) {
  return db
    .selectFrom('pledge_applications as p')
    .innerJoin('organisations as a', 'a.id', 'p.pledgor_org_id')
    .innerJoin('organisations as b', 'b.id', 'p.pledgee_org_id')
    .select([...columns, 'a.name as pledgor_name', 'b.name as pledgee_name']);
}
export type PledgeRow = NonNullable<Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirst']>>>;

export async function findPledgeApplication(db: Executor, id: number): Promise<PledgeRow | undefined> {
  return base(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PledgeFilter {
  pledgorOrgId?: number;
  pledgeeOrgId?: number;
  withinRegion?: string;
  status?: string;
  financingApplicationId?: number;
}

export async function listPledgeApplications(db: Executor, f: PledgeFilter, page: { page: number; pageSize: number }) {
  let q = base(db);
  if (f.pledgorOrgId !== undefined) q = q.where('p.pledgor_org_id', '=', f.pledgorOrgId);
  if (f.pledgeeOrgId !== undefined) {
    const org = f.pledgeeOrgId;
    // The pledgee sees the applications it stands on as a party (its part ends with a decline or withdrawal).
    q = q.where('p.pledgee_org_id', '=', org).where(partyCondition(PLEDGE, 'p.id', org));
  }
  if (f.withinRegion !== undefined) q = q.where(regionCondition('p.region_code', f.withinRegion));
  if (f.status !== undefined) q = q.where('p.status', '=', f.status);
  if (f.financingApplicationId !== undefined) q = q.where('p.financing_application_id', '=', f.financingApplicationId);
  const total = await q
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  const rows = await q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total?.n ?? 0) };
}

export async function insertPledgeApplication(trx: Executor, row: Insertable<PledgeApplicationTable>): Promise<number> {
  const r = await trx.insertInto('pledge_applications').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updatePledgeApplication(trx: Executor, id: number, set: Updateable<PledgeApplicationTable>): Promise<void> {
  await trx.updateTable('pledge_applications').set(set).where('id', '=', id).execute();
}

export async function insertPledgeAssets(trx: Executor, id: number, kind: 'patent' | 'trademark', ids: readonly number[]): Promise<void> {
  await trx
    .insertInto('pledge_application_assets')
    .values(ids.map((a) => ({ application_id: id, patent_id: kind === 'patent' ? a : null, trademark_id: kind === 'trademark' ? a : null })))
    .execute();
}

/** The rights of each application: patents (申请号, 名称) or trademarks (注册号, 商标). */
export async function findPledgeAssets(db: Executor, ids: readonly number[]) {
  const out = new Map<number, { id: number; number: string; title: string }[]>();
  if (ids.length === 0) return out;
  const patents = await db
    .selectFrom('pledge_application_assets as x')
    .innerJoin('patents as t', 't.id', 'x.patent_id')
    .select(['x.application_id', 't.id', 't.app_no as number', 't.title'])
    .where('x.application_id', 'in', [...ids])
    .orderBy('t.id')
    .execute();
  const marks = await db
    .selectFrom('pledge_application_assets as x')
    .innerJoin('trademarks as t', 't.id', 'x.trademark_id')
    .select(['x.application_id', 't.id', 't.reg_no as number', 't.mark as title'])
    .where('x.application_id', 'in', [...ids])
    .orderBy('t.id')
    .execute();
  for (const r of [...patents, ...marks]) {
    const k = Number(r.application_id);
    const list = out.get(k) ?? [];
    list.push({ id: Number(r.id), number: r.number, title: r.title });
    out.set(k, list);
  }
  return out;
}

/** What the registration rules read of the patents: dates, status text, holders, events. */
export async function findPatentFacts(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return { patents: [], holders: [], events: [] };
  const list = [...ids];
  const [patents, holders, events] = await Promise.all([
    db
      .selectFrom('patents')
      .select(['id', 'app_no', 'kind', 'app_date', 'grant_date', 'expires_on', 'terminated_on', 'source_status'])
      .where('id', 'in', list)
      .execute(),
    db.selectFrom('patent_parties').select(['patent_id', 'org_id', 'name']).where('patent_id', 'in', list).where('role', '=', 'holder').execute(),
    db.selectFrom('patent_events').select(['patent_id', 'kind', 'event_date']).where('patent_id', 'in', list).orderBy('event_date').orderBy('id').execute(),
  ]);
  return { patents, holders, events };
}

export async function findTrademarkFacts(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('trademarks')
    .select(['id', 'reg_no', 'mark', 'owner_org_id', 'owner_name', 'reg_date', 'expires_on', 'status'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Other open applications holding any of these rights (not `exceptId`). */
export async function findOpenApplicationsOn(db: Executor, kind: 'patent' | 'trademark', ids: readonly number[], exceptId: number | null) {
  if (ids.length === 0) return [];
  const col = kind === 'patent' ? 'x.patent_id' : 'x.trademark_id';
  return db
    .selectFrom('pledge_application_assets as x')
    .innerJoin('pledge_applications as p', 'p.id', 'x.application_id')
    .select([`${col} as asset_id`, 'p.id'])
    .where(col, 'in', [...ids])
    .where('p.status', 'in', [...OPEN_STATUSES])
    .where('p.id', '!=', exceptId ?? -1)
    .execute();
}

/** Kinds of the organisations' attachments: those with the given ids, and those already linked to the application. */
export async function findAttachmentKinds(db: Executor, orgIds: readonly number[], ids: readonly number[], applicationId: number | null): Promise<string[]> {
  if (ids.length === 0 && applicationId === null) return [];
  const rows = await db
    .selectFrom('attachments')
    .select('kind')
    .where('org_id', 'in', [...orgIds])
    .where((eb) => {
      const ors = ids.length > 0 ? [eb('id', 'in', [...ids])] : [];
      if (applicationId !== null) ors.push(eb.and([eb('record_type', '=', PLEDGE), eb('record_id', '=', applicationId)]));
      return eb.or(ors);
    })
    .execute();
  return rows.map((r) => r.kind);
}

export async function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
}

/** Banks and financial institutions on the platform (the pledgees an enterprise may name). */
export async function findBanks(db: Executor) {
  return db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'bank').orderBy('name').orderBy('id').execute();
}

/** The patents and trademarks the organisation holds (the rights it may offer), with their pledges in force. */
export async function findHeldRights(db: Executor, orgId: number) {
  const patents = await db
    .selectFrom('patent_parties as h')
    .innerJoin('patents as t', 't.id', 'h.patent_id')
    .select(['t.id', 't.app_no as number', 't.title', 't.expires_on', 't.grant_date', 't.terminated_on'])
    .where('h.org_id', '=', orgId)
    .where('h.role', '=', 'holder')
    .orderBy('t.id')
    .limit(500)
    .execute();
  const marks = await db
    .selectFrom('trademarks as t')
    .select(['t.id', 't.reg_no as number', 't.mark as title', 't.expires_on'])
    .where('t.owner_org_id', '=', orgId)
    .orderBy('t.id')
    .limit(500)
    .execute();
  return { patents, marks };
}

/** The enterprise's registered pledges as pledgor (registered, released), newest first. */
export async function findPledgesOfPledgor(db: Executor, orgId: number) {
  return base(db)
    .where('p.pledgor_org_id', '=', orgId)
    .where('p.status', 'in', ['registered', 'released'])
    .orderBy('p.registered_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(50)
    .execute();
}

/** The applications securing a financing application that still stand (open or registered): a second is refused. */
export async function findLivePledgesForFinancing(db: Executor, financingApplicationId: number) {
  return db
    .selectFrom('pledge_applications')
    .select('id')
    .where('financing_application_id', '=', financingApplicationId)
    .where('status', 'in', [...OPEN_STATUSES, 'registered'])
    .orderBy('id')
    .execute();
}
