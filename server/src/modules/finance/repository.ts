import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Insertable, Updateable } from 'kysely';
import type { FinanceApplicationTable, FinanceProductTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';
import { highValueTerms } from '../high-value/api.js';

// —— Products ——

const productColumns = [
  'fp.id',
  'fp.org_id',
  'fp.region_code',
  'fp.status',
  'fp.version',
  'fp.name',
  'fp.kind',
  'fp.amount_min',
  'fp.amount_max',
  'fp.rate',
  'fp.rate_sort',
  'fp.term_min',
  'fp.term_max',
  'fp.regions',
  'fp.rules',
  'fp.description',
  'fp.listed_at',
  'fp.is_demo',
  'fp.updated_at',
  'o.name as org_name',
  'o.kind as org_kind',
] as const;

function productsQuery(db: Executor) {
  return db
    .selectFrom('finance_products as fp')
    .innerJoin('organisations as o', 'o.id', 'fp.org_id')
    .select([...productColumns])
    .select((eb) =>
      eb
        .selectFrom('finance_product_versions as v')
        .select((e) => e.fn.max('v.version').as('pv'))
        .whereRef('v.product_id', '=', 'fp.id')
        .where('v.status', '=', 'pending')
        .as('pending_version'),
    )
    .select((eb) =>
      eb
        .selectFrom('finance_product_versions as v')
        .select('v.review_note')
        .whereRef('v.product_id', '=', 'fp.id')
        .orderBy('v.version', 'desc')
        .limit(1)
        .as('review_note'),
    );
}
export type ProductRow = Awaited<ReturnType<ReturnType<typeof productsQuery>['executeTakeFirstOrThrow']>>;

export function findProduct(db: Executor, id: number) {
  return productsQuery(db).where('fp.id', '=', id).executeTakeFirst();
}

export function findProductsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return productsQuery(db)
    .where('fp.id', 'in', [...ids])
    .execute();
}

/** Listed products, filtered (kind; a region served — a product serving the region or any ancestor of it; an amount within range). */
export async function findListedProducts(db: Executor, f: { kind?: string; regionAncestry?: string[]; amount?: number; sort: string }) {
  let q = productsQuery(db).where('fp.status', '=', 'listed');
  if (f.kind) q = q.where('fp.kind', '=', f.kind);
  if (f.amount !== undefined) q = q.where('fp.amount_min', '<=', f.amount).where('fp.amount_max', '>=', f.amount);
  if (f.regionAncestry && f.regionAncestry.length > 0) {
    const codes = f.regionAncestry;
    q = q.where((eb) => eb.or(codes.map((c) => eb(sql`fp.regions`, 'like', `%"${c}"%`))));
  }
  if (f.sort === 'amount') q = q.orderBy('fp.amount_max', 'desc');
  else if (f.sort === 'term') q = q.orderBy('fp.term_max', 'desc');
  else if (f.sort === 'newest') q = q.orderBy('fp.listed_at', 'desc');
  else q = q.orderBy('fp.rate_sort', 'asc');
  return q.orderBy('fp.id', 'asc').execute();
}

export async function findProductsPage(db: Executor, f: { orgId?: number; status?: string; pendingOnly?: boolean }, page: number, pageSize: number) {
  let q = productsQuery(db);
  if (f.orgId !== undefined) q = q.where('fp.org_id', '=', f.orgId);
  if (f.status) q = q.where('fp.status', '=', f.status);
  if (f.pendingOnly)
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('finance_product_versions as v').select('v.id').whereRef('v.product_id', '=', 'fp.id').where('v.status', '=', 'pending')),
    );
  const rows = await q
    .orderBy('fp.updated_at', 'desc')
    .orderBy('fp.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let c = db.selectFrom('finance_products as fp').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.orgId !== undefined) c = c.where('fp.org_id', '=', f.orgId);
  if (f.status) c = c.where('fp.status', '=', f.status);
  if (f.pendingOnly)
    c = c.where((eb) =>
      eb.exists(eb.selectFrom('finance_product_versions as v').select('v.id').whereRef('v.product_id', '=', 'fp.id').where('v.status', '=', 'pending')),
    );
  const total = Number((await c.executeTakeFirst())?.n ?? 0);
  return { rows, total };
}

export async function insertProduct(trx: Executor, row: Insertable<FinanceProductTable>): Promise<number> {
  const r = await trx.insertInto('finance_products').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateProduct(trx: Executor, id: number, set: Updateable<FinanceProductTable>): Promise<void> {
  await trx.updateTable('finance_products').set(set).where('id', '=', id).execute();
}

export async function insertProductVersion(
  trx: Executor,
  row: { product_id: number; version: number; data: string; submitted_by: number | null; submitted_at: string },
): Promise<void> {
  await trx
    .insertInto('finance_product_versions')
    .values({ ...row, status: 'pending', reviewed_by: null, reviewed_at: null, review_note: null })
    .execute();
}

/** Supersedes the product's pending versions (a newer submission replaces an unreviewed one). */
export async function supersedePendingVersions(trx: Executor, productId: number): Promise<void> {
  await trx.updateTable('finance_product_versions').set({ status: 'superseded' }).where('product_id', '=', productId).where('status', '=', 'pending').execute();
}

export function findProductVersions(db: Executor, productId: number) {
  return db.selectFrom('finance_product_versions').selectAll().where('product_id', '=', productId).orderBy('version', 'desc').execute();
}

export async function maxProductVersion(db: Executor, productId: number): Promise<number> {
  const r = await db
    .selectFrom('finance_product_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

export async function reviewProductVersion(
  trx: Executor,
  productId: number,
  version: number,
  set: { status: 'approved' | 'returned'; reviewed_by: number | null; reviewed_at: string; review_note: string | null },
): Promise<void> {
  await trx.updateTable('finance_product_versions').set(set).where('product_id', '=', productId).where('version', '=', version).execute();
}

// —— The enterprise's figures, from the registry and the profile ——

/**
 * Per holder organisation (all, or those listed): effective invention patents on `today` and how many of them
 * are high-value (any of the five CNIPA criteria on that date, read from the dated facts the high-value module
 * keeps, by its one SQL copy of the rule, `highValueTerms`).
 */
export async function holderPatentCounts(db: Executor, orgIds: readonly number[] | null, today: string, tenYearsBefore: string) {
  const { any } = highValueTerms(today, tenYearsBefore);
  let q = db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select(['pp.org_id', sql<number>`count(distinct p.id)`.as('inventions'), sql<number>`count(distinct case when ${any} = 1 then p.id end)`.as('high_value')])
    .where('pp.role', '=', 'holder')
    .where('pp.org_id', 'is not', null)
    .where('p.kind', '=', 'invention')
    .where(inForceCondition(patentDateColumns('p'), today));
  if (orgIds) q = q.where('pp.org_id', 'in', [...orgIds]);
  return q.groupBy('pp.org_id').execute();
}

/** Per holder organisation: the IPC codes of its patents in force on `today` (distinct). */
export async function holderIpcCodes(db: Executor, orgIds: readonly number[] | null, today: string) {
  let q = db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .innerJoin('patent_ipc as pi', 'pi.patent_id', 'p.id')
    .select(['pp.org_id', 'pi.code'])
    .distinct()
    .where('pp.role', '=', 'holder')
    .where('pp.org_id', 'is not', null)
    .where(inForceCondition(patentDateColumns('p'), today));
  if (orgIds) q = q.where('pp.org_id', 'in', [...orgIds]);
  return q.execute();
}

/** Enterprise profiles (tags, establishment date) of the organisations listed, or every enterprise. */
export async function enterpriseProfiles(db: Executor, orgIds: readonly number[] | null) {
  let q = db
    .selectFrom('organisations as o')
    .leftJoin('enterprise_profiles as ep', 'ep.org_id', 'o.id')
    .select(['o.id', 'o.name', 'o.region_code', 'ep.tags', 'ep.established_on'])
    .where('o.kind', 'in', ['enterprise', 'university']);
  if (orgIds) q = q.where('o.id', 'in', [...orgIds]);
  return q.execute();
}

export function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
}

// —— Collateral ——

/** The organisation's patents (as registered holder) with their legal dates. */
export function findHeldPatents(db: Executor, orgId: number, ids?: readonly number[]) {
  let q = db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select(['p.id', 'p.app_no', 'p.title', 'p.kind', 'p.grant_date', 'p.expires_on', 'p.terminated_on'])
    .distinct()
    .where('pp.role', '=', 'holder')
    .where('pp.org_id', '=', orgId);
  if (ids) q = q.where('p.id', 'in', ids.length > 0 ? [...ids] : [-1]);
  return q.orderBy('p.id').limit(2000).execute();
}

export function findOwnTrademarks(db: Executor, orgId: number, ids?: readonly number[]) {
  let q = db.selectFrom('trademarks').select(['id', 'reg_no', 'mark', 'reg_date', 'expires_on', 'status']).where('owner_org_id', '=', orgId);
  if (ids) q = q.where('id', 'in', ids.length > 0 ? [...ids] : [-1]);
  return q.orderBy('id').limit(2000).execute();
}

export function findPatentLabels(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('patents')
    .select(['id', 'app_no', 'title', 'grant_date', 'expires_on', 'terminated_on'])
    .where('id', 'in', [...ids])
    .execute();
}

export function findTrademarkLabels(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('trademarks')
    .select(['id', 'reg_no', 'mark', 'reg_date', 'expires_on', 'status'])
    .where('id', 'in', [...ids])
    .execute();
}

// —— Applications ——

const applicationColumns = [
  'a.id',
  'a.product_id',
  'a.product_version',
  'a.enterprise_org_id',
  'a.bank_org_id',
  'a.region_code',
  'a.status',
  'a.amount',
  'a.term_months',
  'a.purpose',
  'a.collateral',
  'a.submitted_at',
  'a.submitted_on',
  'a.accepted_at',
  'a.decided_at',
  'a.return_reason',
  'a.decline_reason',
  'a.valuation_method',
  'a.valuation_value',
  'a.valuation_appraiser',
  'a.valued_on',
  'a.valuation_attachment_id',
  'a.approved_amount',
  'a.approved_rate',
  'a.term_start',
  'a.term_end',
  'a.disbursed_amount',
  'a.disbursed_on',
  'a.contract_no',
  'a.is_demo',
  'fp.name as product_name',
  'fp.kind as product_kind',
  'e.name as enterprise_name',
  'b.name as bank_name',
] as const;

function applicationsQuery(db: Executor) {
  return db
    .selectFrom('finance_applications as a')
    .innerJoin('finance_products as fp', 'fp.id', 'a.product_id')
    .innerJoin('organisations as e', 'e.id', 'a.enterprise_org_id')
    .innerJoin('organisations as b', 'b.id', 'a.bank_org_id')
    .leftJoin('work_items as w', (j) => j.onRef('w.record_id', '=', 'a.id').on('w.record_type', '=', 'finance_application').on('w.closed_at', 'is', null))
    .select([...applicationColumns, 'w.due_on'])
    .select((eb) =>
      eb.selectFrom('finance_consents as c').select('c.id').whereRef('c.application_id', '=', 'a.id').orderBy('c.id', 'desc').limit(1).as('consent_id'),
    );
}
export type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationsQuery>['executeTakeFirstOrThrow']>>;

export function findApplication(db: Executor, id: number) {
  return applicationsQuery(db).where('a.id', '=', id).executeTakeFirst();
}

export async function findApplicationsPage(db: Executor, where: Expression<SqlBool>[], page: number, pageSize: number) {
  let q = applicationsQuery(db);
  for (const w of where) q = q.where(w);
  const rows = await q
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let c = db.selectFrom('finance_applications as a').select((eb) => eb.fn.countAll<number>().as('n'));
  for (const w of where) c = c.where(w);
  return { rows, total: Number((await c.executeTakeFirst())?.n ?? 0) };
}

export const applicationCondition = {
  enterprise: (orgId: number) => sql<SqlBool>`a.enterprise_org_id = ${orgId}`,
  bank: (orgId: number) => sql<SqlBool>`a.bank_org_id = ${orgId}`,
  status: (s: string) => sql<SqlBool>`a.status = ${s}`,
  /** Waiting for the bank: to accept, decide or disburse. */
  open: () => sql<SqlBool>`a.status in ('submitted', 'accepted', 'valued', 'approved')`,
  region: (code: string) => regionCondition('a.region_code', code),
};

export async function insertApplication(trx: Executor, row: Insertable<FinanceApplicationTable>): Promise<number> {
  const r = await trx.insertInto('finance_applications').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateApplication(trx: Executor, id: number, set: Updateable<FinanceApplicationTable>): Promise<void> {
  await trx.updateTable('finance_applications').set(set).where('id', '=', id).execute();
}

export async function findLiveApplication(db: Executor, liveKey: string) {
  return db.selectFrom('finance_applications').select(['id', 'status']).where('live_key', '=', liveKey).executeTakeFirst();
}

/** Collateral already offered in another live application (patent or trademark ids). */
export async function findLiveCollateral(db: Executor, enterpriseOrgId: number) {
  return db
    .selectFrom('finance_applications')
    .select(['id', 'collateral'])
    .where('enterprise_org_id', '=', enterpriseOrgId)
    .where('live_key', 'is not', null)
    .execute();
}

// —— Consents ——

export async function insertConsent(
  trx: Executor,
  row: { application_id: number; enterprise_org_id: number; bank_org_id: number; wording: string; granted_by: number | null; granted_at: string },
): Promise<number> {
  const r = await trx
    .insertInto('finance_consents')
    .values({ ...row, revoked_by: null, revoked_at: null, revoke_reason: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findConsent(db: Executor, id: number) {
  return db.selectFrom('finance_consents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findConsentsOf(db: Executor, enterpriseOrgId: number) {
  return db
    .selectFrom('finance_consents as c')
    .innerJoin('finance_applications as a', 'a.id', 'c.application_id')
    .innerJoin('finance_products as fp', 'fp.id', 'a.product_id')
    .innerJoin('organisations as b', 'b.id', 'c.bank_org_id')
    .select(['c.id', 'c.application_id', 'c.wording', 'c.granted_at', 'c.revoked_at', 'c.revoke_reason', 'b.name as bank_name', 'fp.name as product_name'])
    .where('c.enterprise_org_id', '=', enterpriseOrgId)
    .orderBy('c.id', 'desc')
    .limit(500)
    .execute();
}

export async function revokeConsentRow(
  trx: Executor,
  id: number,
  set: { revoked_by: number | null; revoked_at: string; revoke_reason: string },
): Promise<void> {
  await trx.updateTable('finance_consents').set(set).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

// —— Oversight ——

/** Every application in the region (funnel facts only). */
export function findFunnelRows(db: Executor, regionCode: string, from?: string, to?: string) {
  let q = db
    .selectFrom('finance_applications as a')
    .innerJoin('organisations as b', 'b.id', 'a.bank_org_id')
    .select([
      'a.id',
      'a.bank_org_id',
      'b.name as bank_name',
      'a.region_code',
      'a.status',
      'a.accepted_at',
      'a.submitted_on',
      'a.disbursed_on',
      'a.approved_amount',
    ])
    .where(regionCondition('a.region_code', regionCode));
  if (from) q = q.where('a.submitted_on', '>=', from);
  if (to) q = q.where('a.submitted_on', '<=', to);
  return q.limit(200_000).execute();
}

export async function countOverdue(db: Executor, regionCode: string, today: string): Promise<number> {
  const r = await db
    .selectFrom('work_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('record_type', '=', 'finance_application')
    .where('closed_at', 'is', null)
    .where('due_on', '<', today)
    .where(regionCondition('region_code', regionCode))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Products listed on `onDate` (listed before or on it and still listed), per stored region code within `rootCode`. */
export function countListedProductsByRegion(db: Executor, rootCode: string, onDate: string) {
  return db
    .selectFrom('finance_products')
    .select(['region_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'listed')
    .where('listed_at', '<=', `${onDate}T23:59:59.999Z`)
    .where(regionCondition('region_code', rootCode))
    .groupBy('region_code')
    .execute();
}
