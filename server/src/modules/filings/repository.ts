import type { Insertable, Updateable } from 'kysely';
import type { FilingTable } from '../../db/schema.js';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

function filingQuery(db: Executor) {
  return db.selectFrom('filings as f').innerJoin('organisations as o', 'o.id', 'f.org_id').selectAll('f').select('o.name as org_name');
}
export type FilingRow = Awaited<ReturnType<ReturnType<typeof filingQuery>['executeTakeFirstOrThrow']>>;

export async function findFiling(db: Executor, id: number): Promise<FilingRow | undefined> {
  return filingQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** The patents of filings, by filing id. */
export async function findFilingPatents(db: Executor, ids: number[]) {
  if (ids.length === 0) return new Map<number, { id: number; appNo: string; title: string; kind: string }[]>();
  const rows = await db
    .selectFrom('filing_patents as fp')
    .innerJoin('patents as p', 'p.id', 'fp.patent_id')
    .select(['fp.filing_id', 'p.id', 'p.app_no', 'p.title', 'p.kind'])
    .where('fp.filing_id', 'in', ids)
    .orderBy('p.id')
    .execute();
  const out = new Map<number, { id: number; appNo: string; title: string; kind: string }[]>();
  for (const r of rows) {
    out.set(Number(r.filing_id), [...(out.get(Number(r.filing_id)) ?? []), { id: Number(r.id), appNo: r.app_no, title: r.title, kind: r.kind }]);
  }
  return out;
}

export interface FilingFilter {
  orgId?: number;
  withinRegion?: string;
  kind?: string;
  status?: string;
}

function filtered(db: Executor, f: FilingFilter) {
  let q = filingQuery(db);
  if (f.orgId !== undefined) q = q.where('f.org_id', '=', f.orgId);
  if (f.withinRegion) q = q.where(regionCondition('f.region_code', f.withinRegion));
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.status) q = q.where('f.status', '=', f.status);
  return q;
}

export async function listFilings(db: Executor, f: FilingFilter, page: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .orderBy('f.submitted_at', 'desc')
      .orderBy('f.id', 'desc')
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

/**
 * Patents (of the list) the organisation holds, and those licensed to it still in term: under an open licence,
 * or as the licensee (of any kind, ordinary included) of a licence contract the authority has filed.
 */
export async function usablePatentIds(db: Executor, orgId: number, patentIds: number[], today: string) {
  const held = await db
    .selectFrom('patent_parties')
    .select('patent_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'holder')
    .where('patent_id', 'in', patentIds)
    .execute();
  const licensed = await db
    .selectFrom('open_licences')
    .select('patent_id')
    .where('licensee_org_id', '=', orgId)
    .where('term_end', '>', today)
    .where('patent_id', 'in', patentIds)
    .execute();
  const org = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  const contracts = await db
    .selectFrom('filings as f')
    .innerJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
    .select('fp.patent_id')
    .where('f.kind', '=', 'licence_contract')
    .where('f.status', '=', 'approved')
    .where('f.counterparty', '=', org?.name ?? '')
    .where((eb) => eb.or([eb('f.ends_on', 'is', null), eb('f.ends_on', '>=', today)]))
    .where('fp.patent_id', 'in', patentIds)
    .execute();
  return {
    held: new Set(held.map((r) => Number(r.patent_id))),
    licensed: new Set([...licensed, ...contracts].map((r) => Number(r.patent_id))),
  };
}

/** The enterprise's approved filings, latest first. */
export async function findApprovedFilingsOf(db: Executor, orgId: number) {
  return db
    .selectFrom('filings')
    .select(['id', 'kind', 'title', 'filing_no', 'approved_at'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'approved')
    .orderBy('approved_at', 'desc')
    .execute();
}

/** The registry dates of the patents a filing names. */
export async function findPatentDates(db: Executor, ids: readonly number[]) {
  return db
    .selectFrom('patents')
    .select(['id', 'app_no', 'kind', 'app_date', 'grant_date', 'expires_on', 'terminated_on', 'source_status'])
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * What the filing checks read about the patents: their holders, event history and the other licence-contract
 * filings still standing on them (submitted, forwarded or filed; not `exceptFilingId`).
 */
export async function findFilingCheckFacts(db: Executor, ids: readonly number[], exceptFilingId: number | null) {
  const list = [...ids];
  const [holders, events, licences] = await Promise.all([
    db.selectFrom('patent_parties').select(['patent_id']).where('patent_id', 'in', list).where('role', '=', 'holder').execute(),
    db
      .selectFrom('patent_events')
      .select(['patent_id', 'kind', 'event_date', 'details'])
      .where('patent_id', 'in', list)
      .orderBy('event_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('filings as f')
      .innerJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
      .select(['fp.patent_id', 'f.id', 'f.licence_kind', 'f.starts_on', 'f.ends_on', 'f.scope'])
      .where('f.kind', '=', 'licence_contract')
      .where('f.status', 'in', ['submitted', 'forwarded', 'approved'])
      .where('fp.patent_id', 'in', list)
      .where('f.id', '!=', exceptFilingId ?? -1)
      .execute(),
  ]);
  return { holders, events, licences };
}

/** Kinds of the organisation's attachments: those with the given ids, and those already linked to the filing. */
export async function findFilingAttachmentKinds(db: Executor, orgId: number, ids: readonly number[], filingId: number | null): Promise<string[]> {
  if (ids.length === 0 && filingId === null) return [];
  const rows = await db
    .selectFrom('attachments')
    .select('kind')
    .where('org_id', '=', orgId)
    .where((eb) => {
      const ors = ids.length > 0 ? [eb('id', 'in', [...ids])] : [];
      if (filingId !== null) ors.push(eb.and([eb('record_type', '=', 'filing'), eb('record_id', '=', filingId)]));
      return eb.or(ors);
    })
    .execute();
  return rows.map((r) => r.kind);
}

/** An enterprise organisation by its exact name (the transferee of a transfer contract), if registered. */
export async function findEnterpriseByName(db: Executor, name: string) {
  return db.selectFrom('organisations').select(['id', 'region_code']).where('name', '=', name).where('kind', '=', 'enterprise').executeTakeFirst();
}

/** A new filing; its id. */
export async function insertFiling(trx: Executor, row: Insertable<FilingTable>): Promise<number> {
  const r = await trx.insertInto('filings').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a filing. */
export async function updateFiling(trx: Executor, id: number, set: Updateable<FilingTable>): Promise<void> {
  await trx.updateTable('filings').set(set).where('id', '=', id).execute();
}

/** The filing names exactly these patents. */
export async function replacePatents(trx: Executor, id: number, patentIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('filing_patents').where('filing_id', '=', id).execute();
  await trx
    .insertInto('filing_patents')
    .values([...new Set(patentIds)].map((patent_id) => ({ filing_id: id, patent_id })))
    .execute();
}

/**
 * Approved filings per kind for enterprises in a region (prefix of region codes) approved within a period
 * (inclusive dates): filings, distinct patents and enterprises, and the summed amounts.
 */
export async function countApprovedFilings(db: Executor, f: { regionPrefix: string; from?: string | null; to?: string | null }) {
  let q = db
    .selectFrom('filings as f')
    .leftJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
    .select([
      'f.kind',
      sql<number>`count(distinct f.id)`.as('filings'),
      sql<number>`count(distinct fp.patent_id)`.as('patents'),
      sql<number>`count(distinct f.org_id)`.as('enterprises'),
    ])
    .where('f.status', '=', 'approved')
    .where(regionCondition('f.region_code', f.regionPrefix.padEnd(6, '0')))
    .groupBy('f.kind');
  if (f.from) q = q.where('f.approved_at', '>=', f.from);
  if (f.to) q = q.where('f.approved_at', '<', `${f.to}~`);
  let amounts = db
    .selectFrom('filings as f')
    .select(['f.kind', sql<number>`coalesce(sum(f.amount), 0)`.as('amount')])
    .where('f.status', '=', 'approved')
    .where(regionCondition('f.region_code', f.regionPrefix.padEnd(6, '0')))
    .groupBy('f.kind');
  if (f.from) amounts = amounts.where('f.approved_at', '>=', f.from);
  if (f.to) amounts = amounts.where('f.approved_at', '<', `${f.to}~`);
  const [rows, sums] = await Promise.all([q.execute(), amounts.execute()]);
  return { rows, sums };
}
