import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { IpInsuranceClaimTable, IpInsurancePolicyTable, IpSecuritizationTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export const POLICY = 'ip_insurance_policy';
export const DEAL = 'ip_securitization';

function policyBase(db: Executor) {
  return db
    .selectFrom('ip_insurance_policies as p')
    .innerJoin('organisations as i', 'i.id', 'p.insurer_org_id')
    .innerJoin('organisations as e', 'e.id', 'p.insured_org_id')
    .selectAll('p')
    .select(['i.name as insurer_name', 'e.name as insured_name']);
}
export type PolicyRow = NonNullable<Awaited<ReturnType<ReturnType<typeof policyBase>['executeTakeFirst']>>>;

export function findPolicy(db: Executor, id: number) {
  return policyBase(db).where('p.id', '=', id).executeTakeFirst();
}

export async function listPolicies(
  db: Executor,
  where: { access: Expression<SqlBool>; kind?: string; region?: string },
  page: { page: number; pageSize: number },
) {
  let q = policyBase(db).where(where.access);
  if (where.kind) q = q.where('p.kind', '=', where.kind);
  if (where.region) q = q.where(regionCondition('p.region_code', where.region));
  const total = await q
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  const rows = await q
    .orderBy('p.starts_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total?.n ?? 0) };
}

export async function insertPolicy(
  trx: Executor,
  row: Insertable<IpInsurancePolicyTable>,
  rights: { patentIds: number[]; trademarkIds: number[] },
): Promise<number> {
  const r = await trx.insertInto('ip_insurance_policies').values(row).returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  const values = [
    ...rights.patentIds.map((patent_id) => ({ policy_id: id, patent_id, trademark_id: null })),
    ...rights.trademarkIds.map((trademark_id) => ({ policy_id: id, patent_id: null, trademark_id })),
  ];
  if (values.length > 0) await trx.insertInto('ip_insurance_rights').values(values).execute();
  return id;
}

export async function findPolicyRights(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const patents = await db
    .selectFrom('ip_insurance_rights as r')
    .innerJoin('patents as t', 't.id', 'r.patent_id')
    .select(['r.policy_id', 't.id', 't.app_no as number', 't.title'])
    .where('r.policy_id', 'in', [...ids])
    .execute();
  const marks = await db
    .selectFrom('ip_insurance_rights as r')
    .innerJoin('trademarks as t', 't.id', 'r.trademark_id')
    .select(['r.policy_id', 't.id', 't.reg_no as number', 't.mark as title'])
    .where('r.policy_id', 'in', [...ids])
    .execute();
  return [...patents.map((p) => ({ ...p, kind: 'patent' as const })), ...marks.map((m) => ({ ...m, kind: 'trademark' as const }))];
}

export async function findClaims(db: Executor, policyIds: readonly number[]) {
  if (policyIds.length === 0) return [];
  return db
    .selectFrom('ip_insurance_claims')
    .selectAll()
    .where('policy_id', 'in', [...policyIds])
    .orderBy('loss_on')
    .orderBy('id')
    .execute();
}

export async function findClaim(db: Executor, policyId: number, claimId: number) {
  return db.selectFrom('ip_insurance_claims').selectAll().where('policy_id', '=', policyId).where('id', '=', claimId).executeTakeFirst();
}

export async function insertClaim(trx: Executor, row: Insertable<IpInsuranceClaimTable>): Promise<number> {
  const r = await trx.insertInto('ip_insurance_claims').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function settleClaimRow(
  trx: Executor,
  id: number,
  set: { status: string; amount_paid: number | null; settled_on: string; reason: string | null },
) {
  await trx.updateTable('ip_insurance_claims').set(set).where('id', '=', id).execute();
}

export async function findOrgs(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function countExisting(db: Executor, table: 'patents' | 'trademarks', ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .where('id', 'in', [...ids])
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

// —— Securitization ——

export async function insertDeal(
  trx: Executor,
  row: Insertable<IpSecuritizationTable>,
  patentIds: readonly number[],
  orgIds: readonly number[],
): Promise<number> {
  const r = await trx.insertInto('ip_securitizations').values(row).returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  const values = [
    ...patentIds.map((patent_id) => ({ deal_id: id, patent_id, org_id: null })),
    ...orgIds.map((org_id) => ({ deal_id: id, patent_id: null, org_id })),
  ];
  if (values.length > 0) await trx.insertInto('ip_securitization_assets').values(values).execute();
  return id;
}

export function findDeal(db: Executor, id: number) {
  return db.selectFrom('ip_securitizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listDeals(db: Executor, where: { access: Expression<SqlBool>; region?: string }, page: { page: number; pageSize: number }) {
  let q = db.selectFrom('ip_securitizations as d').selectAll('d').where(where.access);
  if (where.region) q = q.where(regionCondition('d.region_code', where.region));
  const total = await q
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  const rows = await q
    .orderBy('d.issued_on', 'desc')
    .orderBy('d.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findDealAssets(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return { patents: [], orgs: [] };
  const patents = await db
    .selectFrom('ip_securitization_assets as a')
    .innerJoin('patents as t', 't.id', 'a.patent_id')
    .select(['a.deal_id', 't.id', 't.app_no', 't.title'])
    .where('a.deal_id', 'in', [...ids])
    .execute();
  const orgs = await db
    .selectFrom('ip_securitization_assets as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .select(['a.deal_id', 'o.id', 'o.name'])
    .where('a.deal_id', 'in', [...ids])
    .execute();
  return { patents, orgs };
}

// —— Indicators and the profile ——

/** Policies starting within [from, to] below the root: region, kind, insured, sum insured, trademarks covered. */
export async function findPoliciesIn(db: Executor, rootCode: string, from: string, to: string) {
  return db
    .selectFrom('ip_insurance_policies as p')
    .select([
      'p.region_code as code',
      'p.kind',
      'p.insured_org_id',
      'p.sum_insured',
      sql<number>`(select count(*) from ip_insurance_rights r where r.policy_id = p.id and r.trademark_id is not null)`.as('marks'),
    ])
    .where(regionCondition('p.region_code', rootCode))
    .where('p.starts_on', '>=', from)
    .where('p.starts_on', '<=', to)
    .execute();
}

/** Deals issued within [from, to] below the root, with their originators. */
export async function findDealsIn(db: Executor, rootCode: string, from: string, to: string) {
  const deals = await db
    .selectFrom('ip_securitizations as d')
    .select(['d.id', 'd.region_code as code', 'd.amount', 'd.tranches'])
    .where(regionCondition('d.region_code', rootCode))
    .where('d.issued_on', '>=', from)
    .where('d.issued_on', '<=', to)
    .execute();
  const orgs =
    deals.length === 0
      ? []
      : await db
          .selectFrom('ip_securitization_assets')
          .select(['deal_id', 'org_id'])
          .where('org_id', 'is not', null)
          .where(
            'deal_id',
            'in',
            deals.map((d) => Number(d.id)),
          )
          .execute();
  return { deals, orgs };
}

/** The enterprise's policies (insured) and deals (originator), for its profile. */
export async function findProfileFacts(db: Executor, orgId: number) {
  const policies = await policyBase(db).where('p.insured_org_id', '=', orgId).orderBy('p.starts_on', 'desc').limit(20).execute();
  const deals = await db
    .selectFrom('ip_securitizations as d')
    .innerJoin('ip_securitization_assets as a', 'a.deal_id', 'd.id')
    .select(['d.id', 'd.name', 'd.issuer', 'd.amount', 'd.issued_on'])
    .where('a.org_id', '=', orgId)
    .orderBy('d.issued_on', 'desc')
    .limit(20)
    .execute();
  return { policies, deals };
}
