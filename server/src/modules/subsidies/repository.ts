import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type {
  LprRateTable,
  SubsidyApplicationTable,
  SubsidyBatchHoldTable,
  SubsidyBatchTable,
  SubsidyDisbursementTable,
  SubsidyPolicyTable,
} from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** Data access of interest subsidies: the LPR series, applications, batches, disbursements. */

// —— LPR series ——
export type LprRow = Selectable<LprRateTable>;

/** The whole series, newest month first (a few hundred rows at most: one per month). */
export function listLprRates(db: Executor): Promise<LprRow[]> {
  return db.selectFrom('lpr_rates').selectAll().orderBy('month', 'desc').execute();
}
export function findLprRate(db: Executor, id: number) {
  return db.selectFrom('lpr_rates').selectAll().where('id', '=', id).executeTakeFirst();
}
export function findLprByMonth(db: Executor, month: string) {
  return db.selectFrom('lpr_rates').selectAll().where('month', '=', month).executeTakeFirst();
}
export async function insertLprRate(db: Executor, row: Insertable<LprRateTable>): Promise<number> {
  return Number((await db.insertInto('lpr_rates').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateLprRate(db: Executor, id: number, row: Updateable<LprRateTable>): Promise<void> {
  await db.updateTable('lpr_rates').set(row).where('id', '=', id).execute();
}

// —— Applications ——
const applicationQuery = (db: Executor) =>
  db
    .selectFrom('subsidy_applications as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .leftJoin('subsidy_disbursements as p', 'p.application_id', 'a.id')
    .selectAll('a')
    .select(['o.name as org_name', 'p.amount as paid_amount', 'p.paid_on', 'p.reference as paid_reference']);
export type ApplicationView = Awaited<ReturnType<ReturnType<typeof applicationQuery>['executeTakeFirstOrThrow']>>;

export function findApplication(db: Executor, id: number): Promise<ApplicationView | undefined> {
  return applicationQuery(db).where('a.id', '=', id).executeTakeFirst();
}

export interface ApplicationFilter {
  orgId?: number;
  status?: string;
  withinRegion?: string;
  batchId?: number;
}
function filtered(db: Executor, f: ApplicationFilter) {
  let q = applicationQuery(db);
  if (f.orgId !== undefined) q = q.where('a.org_id', '=', f.orgId);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.withinRegion) q = q.where(regionCondition('a.region_code', f.withinRegion));
  if (f.batchId !== undefined) q = q.where('a.batch_id', '=', f.batchId);
  return q;
}

/** A page of applications, newest first. */
export async function listApplications(db: Executor, f: ApplicationFilter, page: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .orderBy('a.submitted_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filtered(db, f)
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every application of a batch (a batch is at most 10,000). */
export function listBatchApplications(db: Executor, batchId: number) {
  return filtered(db, { batchId }).orderBy('a.id').execute();
}

/** Applications by id (for gathering a batch). */
export function findApplicationsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('subsidy_applications').select(['id', 'org_id', 'region_code', 'status', 'approved_amount']).where('id', 'in', ids).execute();
}

export async function insertApplication(db: Executor, row: Insertable<SubsidyApplicationTable>): Promise<number> {
  return Number((await db.insertInto('subsidy_applications').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateApplication(db: Executor, id: number, row: Updateable<SubsidyApplicationTable>): Promise<void> {
  await db.updateTable('subsidy_applications').set(row).where('id', '=', id).execute();
}
export async function updateApplicationsOfBatch(db: Executor, batchId: number, row: Updateable<SubsidyApplicationTable>): Promise<void> {
  await db.updateTable('subsidy_applications').set(row).where('batch_id', '=', batchId).execute();
}
export async function assignBatch(db: Executor, ids: readonly number[], batchId: number, at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('subsidy_applications')
      .set({ batch_id: batchId, status: 'batched', updated_at: at })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}

/** Statuses whose amount counts as granted for the caps (approved on review or later). */
export const GRANTED_STATUSES = ['verified', 'batched', 'approved', 'paid'] as const;
/** Statuses of an application still in progress (a second one for the same loan is refused). */
export const OPEN_STATUSES = ['submitted', 'returned', 'verified', 'batched', 'approved'] as const;

/**
 * What an enterprise has already been granted, per cap scope, leaving one application out: this subsidy year,
 * this period, in total, and on the same loan (same bank, contract date and principal).
 */
export async function grantedUsage(
  db: Executor,
  a: { orgId: number; policyKey: string; year: number; period: string; bank: string; contractDate: string; principal: number; exceptId?: number },
) {
  let q = db
    .selectFrom('subsidy_applications')
    .select([
      sql<number>`coalesce(sum(approved_amount), 0)`.as('total'),
      sql<number>`coalesce(sum(case when subsidy_year = ${a.year} then approved_amount else 0 end), 0)`.as('year'),
      sql<number>`coalesce(sum(case when period = ${a.period} then approved_amount else 0 end), 0)`.as('period'),
      sql<number>`coalesce(sum(case when bank = ${a.bank} and contract_date = ${a.contractDate} and principal = ${a.principal} then approved_amount else 0 end), 0)`.as(
        'loan',
      ),
    ])
    .where('org_id', '=', a.orgId)
    .where('policy_key', '=', a.policyKey)
    .where('status', 'in', GRANTED_STATUSES);
  if (a.exceptId !== undefined) q = q.where('id', '!=', a.exceptId);
  const r = await q.executeTakeFirstOrThrow();
  return { enterprise_total: Number(r.total), enterprise_year: Number(r.year), period: Number(r.period), loan: Number(r.loan) };
}

/** An application in progress for the same loan (same bank, contract date, principal) and period, if any. */
export function findOpenForLoan(db: Executor, a: { orgId: number; bank: string; contractDate: string; principal: number; period: string; exceptId?: number }) {
  let q = db
    .selectFrom('subsidy_applications')
    .select('id')
    .where('org_id', '=', a.orgId)
    .where('bank', '=', a.bank)
    .where('contract_date', '=', a.contractDate)
    .where('principal', '=', a.principal)
    .where('period', '=', a.period)
    .where('status', 'in', OPEN_STATUSES);
  if (a.exceptId !== undefined) q = q.where('id', '!=', a.exceptId);
  return q.executeTakeFirst();
}

// —— Batches ——
const batchQuery = (db: Executor) =>
  db
    .selectFrom('subsidy_batches as b')
    .selectAll('b')
    .select((eb) => [
      eb
        .selectFrom('subsidy_applications as a')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('a.batch_id', '=', 'b.id')
        .as('app_count'),
      eb
        .selectFrom('subsidy_applications as a')
        .select(sql<number>`count(distinct a.org_id)`.as('n'))
        .whereRef('a.batch_id', '=', 'b.id')
        .as('org_count'),
      eb
        .selectFrom('subsidy_applications as a')
        .select(sql<number>`coalesce(sum(a.approved_amount), 0)`.as('n'))
        .whereRef('a.batch_id', '=', 'b.id')
        .as('total'),
      eb
        .selectFrom('subsidy_disbursements as d')
        .select(sql<number>`coalesce(sum(d.amount), 0)`.as('n'))
        .whereRef('d.batch_id', '=', 'b.id')
        .as('paid_total'),
    ]);
export type BatchView = Awaited<ReturnType<ReturnType<typeof batchQuery>['executeTakeFirstOrThrow']>>;

export function findBatch(db: Executor, id: number): Promise<BatchView | undefined> {
  return batchQuery(db).where('b.id', '=', id).executeTakeFirst();
}
export async function listBatches(db: Executor, f: { withinRegion: string; status?: string }, page: { page: number; pageSize: number }) {
  let q = batchQuery(db).where(regionCondition('b.region_code', f.withinRegion));
  if (f.status) q = q.where('b.status', '=', f.status);
  let c = db
    .selectFrom('subsidy_batches as b')
    .select(sql<number>`count(*)`.as('n'))
    .where(regionCondition('b.region_code', f.withinRegion));
  if (f.status) c = c.where('b.status', '=', f.status);
  const [rows, count] = await Promise.all([
    q
      .orderBy('b.created_at', 'desc')
      .orderBy('b.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    c.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export async function insertBatch(db: Executor, row: Insertable<SubsidyBatchTable>): Promise<number> {
  return Number((await db.insertInto('subsidy_batches').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateBatch(db: Executor, id: number, row: Updateable<SubsidyBatchTable>): Promise<void> {
  await db.updateTable('subsidy_batches').set(row).where('id', '=', id).execute();
}
export async function insertDisbursements(db: Executor, rows: Insertable<SubsidyDisbursementTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('subsidy_disbursements')
      .values(rows.slice(i, i + 200))
      .execute();
}

// —— Indicators ——
type Rows = { code: string | null; n: number | string | null }[];
const toMap = (rows: Rows) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};

/**
 * Subsidies paid in a period per stored region code of the enterprise: the amount (`amount`) or the enterprises
 * paid (`enterprises`, distinct per region).
 */
export function subsidiesPaid(db: Executor, measure: 'amount' | 'enterprises', q: { rootCode: string; start: string; end: string }) {
  return db
    .selectFrom('subsidy_disbursements as d')
    .select(['d.region_code as code', (measure === 'amount' ? sql<number>`coalesce(sum(d.amount), 0)` : sql<number>`count(distinct d.org_id)`).as('n')])
    .where(regionCondition('d.region_code', q.rootCode))
    .where('d.paid_on', '>=', q.start)
    .where('d.paid_on', '<=', q.end)
    .groupBy('d.region_code')
    .execute()
    .then(toMap);
}

/** Stored applications by id, in id order (for computing a batch at once). */
export async function findApplicationRows(db: Executor, ids: readonly number[]) {
  const out: Selectable<SubsidyApplicationTable>[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('subsidy_applications')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return out.sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Amounts granted to these organisations, grouped by what the caps compare (one query per 500 organisations);
 * `statuses` narrows what counts as granted (the batch approval counts approved and paid ones only).
 */
export async function grantedByOrg(db: Executor, orgIds: readonly number[], statuses: readonly string[] = GRANTED_STATUSES) {
  const out: {
    org_id: number;
    policy_key: string;
    subsidy_year: number;
    period: string;
    bank: string;
    contract_date: string;
    principal: number;
    id: number;
    amount: number;
  }[] = [];
  for (let i = 0; i < orgIds.length; i += 500) {
    const rows = await db
      .selectFrom('subsidy_applications')
      .select(['id', 'org_id', 'policy_key', 'subsidy_year', 'period', 'bank', 'contract_date', 'principal', 'approved_amount'])
      .where('org_id', 'in', orgIds.slice(i, i + 500))
      .where('status', 'in', statuses)
      .execute();
    out.push(
      ...rows.map((r) => ({
        ...r,
        id: Number(r.id),
        org_id: Number(r.org_id),
        subsidy_year: Number(r.subsidy_year),
        principal: Number(r.principal),
        amount: Number(r.approved_amount ?? 0),
      })),
    );
  }
  return out;
}

// —— Batch holds (applications held out of a batch at approval) ——
export async function insertBatchHolds(db: Executor, rows: Insertable<SubsidyBatchHoldTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('subsidy_batch_holds')
      .values(rows.slice(i, i + 500))
      .execute();
}
/** The holds of a batch with the enterprise's name, in application order. */
export function listBatchHolds(db: Executor, batchId: number) {
  return db
    .selectFrom('subsidy_batch_holds as h')
    .innerJoin('organisations as o', 'o.id', 'h.org_id')
    .select(['h.application_id', 'h.org_id', 'o.name as org_name', 'h.code', 'h.params', 'h.held_at'])
    .where('h.batch_id', '=', batchId)
    .orderBy('h.application_id')
    .execute();
}
/** Takes applications out of their batch, back to review (待审核), with the reason as the review note. */
export async function releaseFromBatch(db: Executor, rows: { id: number; note: string }[], at: string): Promise<void> {
  for (const r of rows)
    await db
      .updateTable('subsidy_applications')
      .set({ batch_id: null, status: 'submitted', approved_amount: null, review_note: r.note, updated_at: at })
      .where('id', '=', r.id)
      .execute();
}

// —— Policies staff maintain (versions) ——
export type PolicyVersionRow = Selectable<SubsidyPolicyTable> & { created_by_name: string | null };
const policyQuery = (db: Executor) =>
  db.selectFrom('subsidy_policies as p').leftJoin('users as u', 'u.id', 'p.created_by').selectAll('p').select('u.display_name as created_by_name');
/** Every version of every key (a few dozen rows), newest version first within a key. */
export function listPolicyVersions(db: Executor, key?: string): Promise<PolicyVersionRow[]> {
  let q = policyQuery(db);
  if (key !== undefined) q = q.where('p.key', '=', key);
  return q.orderBy('p.key').orderBy('p.version_no', 'desc').execute();
}
/** The newest version of a key, if staff have saved one. */
export function latestPolicyVersion(db: Executor, key: string): Promise<PolicyVersionRow | undefined> {
  return policyQuery(db).where('p.key', '=', key).orderBy('p.version_no', 'desc').limit(1).executeTakeFirst();
}
export async function insertPolicyVersion(db: Executor, row: Insertable<SubsidyPolicyTable>): Promise<number> {
  return Number((await db.insertInto('subsidy_policies').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
