import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { FairComplaintTable, FairExhibitFilingTable, FairTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';

export type FairRecord = Selectable<FairTable> & { organiser_name: string };
export type ComplaintRecord = Selectable<FairComplaintTable> & { fair_name: string; respondent_name: string; fair_ends_on: string };

const num = <T extends { id: number | string }>(r: T) => ({ ...r, id: Number(r.id) });

const fairColumns = [
  'f.id',
  'f.series',
  'f.edition',
  'f.name',
  'f.venue',
  'f.region_code',
  'f.organiser_org_id',
  'f.starts_on',
  'f.ends_on',
  'f.desk_required',
  'f.desk_location',
  'f.desk_contact',
  'f.desk_created_at',
  'f.is_demo',
  'f.created_by',
  'f.created_at',
  'o.name as organiser_name',
] as const;

export async function insertFair(db: Executor, row: Insertable<FairTable>): Promise<number> {
  const r = await db.insertInto('fairs').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findFair(db: Executor, id: number): Promise<FairRecord | undefined> {
  const r = await db
    .selectFrom('fairs as f')
    .innerJoin('organisations as o', 'o.id', 'f.organiser_org_id')
    .select(fairColumns)
    .where('f.id', '=', id)
    .executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function findFairByEdition(db: Executor, series: string, edition: number) {
  return db.selectFrom('fairs').select('id').where('series', '=', series).where('edition', '=', edition).executeTakeFirst();
}

/** The register of fairs; `status` is read against `today` (upcoming: not yet open; open; ended). */
export async function findFairsPage(db: Executor, today: string, q: { q?: string; status?: string; page: number; pageSize: number }) {
  let base = db.selectFrom('fairs as f').innerJoin('organisations as o', 'o.id', 'f.organiser_org_id');
  if (q.q) base = base.where((eb) => eb.or([eb('f.name', 'like', `%${q.q}%`), eb('f.series', 'like', `%${q.q}%`), eb('f.venue', 'like', `%${q.q}%`)]));
  if (q.status === 'upcoming') base = base.where('f.starts_on', '>', today);
  if (q.status === 'open') base = base.where('f.starts_on', '<=', today).where('f.ends_on', '>=', today);
  if (q.status === 'ended') base = base.where('f.ends_on', '<', today);
  const [items, total] = await Promise.all([
    base
      .select(fairColumns)
      .orderBy('f.starts_on', 'desc')
      .orderBy('f.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

/** Filings, commitments and complaints of each fair. */
export async function countFairRecords(db: Executor, fairIds: number[]) {
  const out = new Map<number, { filings: number; commitments: number; complaints: number }>();
  for (const id of fairIds) out.set(id, { filings: 0, commitments: 0, complaints: 0 });
  if (fairIds.length === 0) return out;
  const [f, c, k] = await Promise.all([
    db
      .selectFrom('fair_exhibit_filings')
      .select(['fair_id', sql<number>`count(*)`.as('n')])
      .where('fair_id', 'in', fairIds)
      .groupBy('fair_id')
      .execute(),
    db
      .selectFrom('fair_commitments')
      .select(['fair_id', sql<number>`count(*)`.as('n')])
      .where('fair_id', 'in', fairIds)
      .groupBy('fair_id')
      .execute(),
    db
      .selectFrom('fair_complaints')
      .select(['fair_id', sql<number>`count(*)`.as('n')])
      .where('fair_id', 'in', fairIds)
      .groupBy('fair_id')
      .execute(),
  ]);
  const at = (id: number | string) => out.get(Number(id)) ?? { filings: 0, commitments: 0, complaints: 0 };
  for (const r of f) at(r.fair_id).filings = Number(r.n);
  for (const r of c) at(r.fair_id).commitments = Number(r.n);
  for (const r of k) at(r.fair_id).complaints = Number(r.n);
  return out;
}

export async function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'region_code']).where('id', '=', id).executeTakeFirst();
}

// ——— Bars on repeat infringers ———

export async function findBars(db: Executor, series: string, edition: number) {
  return db
    .selectFrom('fair_bars as b')
    .innerJoin('organisations as o', 'o.id', 'b.exhibitor_org_id')
    .select(['b.exhibitor_org_id', 'b.reason', 'o.name'])
    .where('b.series', '=', series)
    .where('b.edition', '=', edition)
    .orderBy('b.id')
    .execute();
}

export async function isBarred(db: Executor, series: string, edition: number, orgId: number): Promise<boolean> {
  const r = await db
    .selectFrom('fair_bars')
    .select('id')
    .where('series', '=', series)
    .where('edition', '=', edition)
    .where('exhibitor_org_id', '=', orgId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertBar(
  db: Executor,
  row: { series: string; edition: number; exhibitor_org_id: number; reason: string; decided_from_fair_id: number; created_at: string },
) {
  await db.insertInto('fair_bars').values(row).execute();
}

/** The editions of a series at which the organisation was found infringing (a resolved complaint, outcome infringing). */
export async function infringingEditions(db: Executor, series: string, orgId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('fair_complaints as c')
    .innerJoin('fairs as f', 'f.id', 'c.fair_id')
    .select('f.edition')
    .distinct()
    .where('f.series', '=', series)
    .where('c.respondent_org_id', '=', orgId)
    .where('c.status', '=', 'resolved')
    .where('c.outcome', '=', 'infringing')
    .orderBy('f.edition')
    .execute();
  return rows.map((r) => Number(r.edition));
}

// ——— Filings and commitments ———

/** The registry facts an exhibit filing is checked against: the patent, whether it is in force on `on`, who holds it. */
export async function findPatentForFiling(db: Executor, patentId: number, on: string) {
  const p = await db
    .selectFrom('patents as p')
    .select(['p.id', 'p.app_no', 'p.title', sql<number>`case when ${inForceCondition(patentDateColumns('p'), on)} then 1 else 0 end`.as('in_force')])
    .where('p.id', '=', patentId)
    .executeTakeFirst();
  if (!p) return undefined;
  const holders = await db.selectFrom('patent_parties').select('org_id').where('patent_id', '=', patentId).where('role', '=', 'holder').execute();
  return { ...p, id: Number(p.id), inForce: Number(p.in_force) === 1, holderOrgIds: holders.flatMap((h) => (h.org_id === null ? [] : [Number(h.org_id)])) };
}

/** An open licence the organisation holds under the patent, granted by `from` and running to `to`. */
export async function hasOpenLicence(db: Executor, patentId: number, orgId: number, from: string, to: string): Promise<boolean> {
  const r = await db
    .selectFrom('open_licences')
    .select('id')
    .where('patent_id', '=', patentId)
    .where('licensee_org_id', '=', orgId)
    .where('granted_on', '<=', from)
    .where('term_end', '>=', to)
    .executeTakeFirst();
  return r !== undefined;
}

export async function findFiling(db: Executor, fairId: number, orgId: number, patentId: number) {
  return db
    .selectFrom('fair_exhibit_filings')
    .select('id')
    .where('fair_id', '=', fairId)
    .where('exhibitor_org_id', '=', orgId)
    .where('patent_id', '=', patentId)
    .executeTakeFirst();
}

export async function insertFiling(db: Executor, row: Insertable<FairExhibitFilingTable>): Promise<number> {
  const r = await db.insertInto('fair_exhibit_filings').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

const filingSelect = (db: Executor) =>
  db
    .selectFrom('fair_exhibit_filings as x')
    .innerJoin('fairs as f', 'f.id', 'x.fair_id')
    .innerJoin('organisations as o', 'o.id', 'x.exhibitor_org_id')
    .innerJoin('patents as p', 'p.id', 'x.patent_id')
    .select([
      'x.id',
      'x.fair_id',
      'f.name as fair_name',
      'x.exhibitor_org_id',
      'o.name as exhibitor_name',
      'x.patent_id',
      'p.app_no',
      'p.title',
      'x.basis',
      'x.exhibit_name',
      'x.booth',
      'x.filed_at',
    ]);

export async function findFilingsOfFair(db: Executor, fairId: number) {
  return filingSelect(db).where('x.fair_id', '=', fairId).orderBy('x.id').execute();
}
export async function findFilingsOfOrg(db: Executor, orgId: number) {
  return filingSelect(db).where('x.exhibitor_org_id', '=', orgId).orderBy('x.filed_at', 'desc').execute();
}
export async function findFilingById(db: Executor, id: number) {
  return filingSelect(db).where('x.id', '=', id).executeTakeFirst();
}

export async function findCommitment(db: Executor, fairId: number, orgId: number) {
  return db.selectFrom('fair_commitments').select(['id', 'signed_at']).where('fair_id', '=', fairId).where('exhibitor_org_id', '=', orgId).executeTakeFirst();
}

export async function insertCommitment(
  db: Executor,
  row: { fair_id: number; exhibitor_org_id: number; text: string; signed_by: number | null; signed_at: string },
) {
  const r = await db.insertInto('fair_commitments').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findCommitmentsOfOrg(db: Executor, orgId: number) {
  return db
    .selectFrom('fair_commitments as c')
    .innerJoin('fairs as f', 'f.id', 'c.fair_id')
    .select(['c.fair_id', 'f.name as fair_name', 'c.exhibitor_org_id', 'c.text', 'c.signed_at'])
    .where('c.exhibitor_org_id', '=', orgId)
    .orderBy('c.signed_at', 'desc')
    .execute();
}

// ——— Complaints ———

export async function insertComplaint(db: Executor, row: Insertable<FairComplaintTable>): Promise<number> {
  const r = await db.insertInto('fair_complaints').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateComplaint(db: Executor, id: number, patch: Updateable<FairComplaintTable>): Promise<void> {
  await db.updateTable('fair_complaints').set(patch).where('id', '=', id).execute();
}

const complaintSelect = (db: Executor) =>
  db
    .selectFrom('fair_complaints as c')
    .innerJoin('fairs as f', 'f.id', 'c.fair_id')
    .innerJoin('organisations as o', 'o.id', 'c.respondent_org_id')
    .selectAll('c')
    .select(['f.name as fair_name', 'o.name as respondent_name', 'f.ends_on as fair_ends_on']);

export async function findComplaint(db: Executor, id: number): Promise<ComplaintRecord | undefined> {
  const r = await complaintSelect(db).where('c.id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}
export async function findComplaintsOfFair(db: Executor, fairId: number): Promise<ComplaintRecord[]> {
  return (await complaintSelect(db).where('c.fair_id', '=', fairId).orderBy('c.received_at').orderBy('c.id').execute()).map(num);
}
export async function findComplaintsAgainst(db: Executor, orgId: number): Promise<ComplaintRecord[]> {
  return (await complaintSelect(db).where('c.respondent_org_id', '=', orgId).orderBy('c.received_at', 'desc').execute()).map(num);
}

// ——— Indicators ———

type Counted = { code: string | null; n: number | string | null }[];
const toMap = (rows: Counted) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};

/** Fairs with a complaint desk that opened in [from, to], per region (indicator fairs_protected). */
export async function countFairsProtected(db: Executor, rootCode: string, from: string, to: string) {
  const rows = await db
    .selectFrom('fairs')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('desk_created_at', 'is not', null)
    .where('starts_on', '>=', from)
    .where('starts_on', '<=', to)
    .groupBy('region_code')
    .execute();
  return toMap(rows);
}

/** Complaints received at fair desks in [from, to] (Beijing days), per the fair's region (indicator fair_complaints). */
export async function countFairComplaints(db: Executor, rootCode: string, fromInstant: string, toInstant: string) {
  const rows = await db
    .selectFrom('fair_complaints')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('received_at', '>=', fromInstant)
    .where('received_at', '<', toInstant)
    .groupBy('region_code')
    .execute();
  return toMap(rows);
}
