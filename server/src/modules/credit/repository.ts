import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { CreditListingTable, CreditRepairTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';
import type { Executor } from '../../db/database.js';

export interface CreditListingRow {
  id: number;
  org_id: number | null;
  subject_name: string;
  behaviour: string;
  measures_json: string;
  authority: string;
  decision_no: string | null;
  starts_on: string;
  ends_on: string;
}

const COLUMNS = ['id', 'org_id', 'subject_name', 'behaviour', 'measures_json', 'authority', 'decision_no', 'starts_on', 'ends_on'] as const;

/**
 * Listings in force on `onDate` (YYYY-MM-DD): started, not past their (inclusive) end date, and not ended early
 * by a repair or revocation taking effect on or before that day. The one rule of "in force" for listings.
 */
function inForceOn(db: Executor, onDate: string) {
  return db
    .selectFrom('credit_listings')
    .where('org_id', 'is not', null)
    .where('starts_on', '<=', onDate)
    .where('ends_on', '>=', onDate)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', onDate)]));
}

/** One organisation's listings in force on a date. */
export async function findListingsInForce(db: Executor, orgId: number, onDate: string): Promise<CreditListingRow[]> {
  const rows = await inForceOn(db, onDate).where('org_id', '=', orgId).select(COLUMNS).orderBy('starts_on').orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), org_id: r.org_id === null ? null : Number(r.org_id) }));
}

/** Every organisation's listings in force on a date (listings are few; screenings over many enterprises read them once). */
export async function findAllListingsInForce(db: Executor, onDate: string): Promise<CreditListingRow[]> {
  const rows = await inForceOn(db, onDate).select(COLUMNS).orderBy('starts_on').orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), org_id: r.org_id === null ? null : Number(r.org_id) }));
}

// ——— The module's own records: listings, repairs, the public list, statistics ———

export type ListingRecord = Selectable<CreditListingTable>;
export type RepairRecord = Selectable<CreditRepairTable> & { subject_name: string; behaviour: string };

const num = <T extends { id: number | string }>(r: T) => ({ ...r, id: Number(r.id) });

export async function insertListing(db: Executor, row: Insertable<CreditListingTable>): Promise<number> {
  const r = await db.insertInto('credit_listings').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findListing(db: Executor, id: number): Promise<ListingRecord | undefined> {
  const r = await db.selectFrom('credit_listings').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function updateListing(db: Executor, id: number, patch: Updateable<CreditListingTable>): Promise<void> {
  await db.updateTable('credit_listings').set(patch).where('id', '=', id).execute();
}

/** The organisation an org listing names: its name and region, when it exists. */
export async function findOrgForListing(db: Executor, orgId: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'region_code', 'kind']).where('id', '=', orgId).executeTakeFirst();
}

/** Listings in the actor's jurisdiction, newest first. */
export async function findListingsPage(db: Executor, actor: Actor, q: { status?: string; q?: string; page: number; pageSize: number }) {
  let base = db.selectFrom('credit_listings').where(accessCondition(actor, { region: 'credit_listings.region_code', owner: 'credit_listings.org_id' }));
  if (q.status) base = base.where('status', '=', q.status);
  if (q.q) base = base.where((eb) => eb.or([eb('subject_name', 'like', `%${q.q}%`), eb('decision_no', 'like', `%${q.q}%`)]));
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('starts_on', 'desc')
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

/** Published listings in force on `onDate` (the public list). */
export async function findPublicListingsPage(db: Executor, onDate: string, q: { q?: string; page: number; pageSize: number }) {
  let base = db
    .selectFrom('credit_listings')
    .where('published', '=', 1)
    .where('status', '=', 'in_force')
    .where('starts_on', '<=', onDate)
    .where('ends_on', '>=', onDate);
  if (q.q) base = base.where('subject_name', 'like', `%${q.q}%`).where('subject_kind', '=', 'org');
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('starts_on', 'desc')
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

/** Every listing of an organisation (its own view and its profile), newest first. */
export async function findOrgListings(db: Executor, orgId: number): Promise<ListingRecord[]> {
  const rows = await db.selectFrom('credit_listings').selectAll().where('org_id', '=', orgId).orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
  return rows.map(num);
}

const repairColumns = [
  'r.id',
  'r.listing_id',
  'r.org_id',
  'r.region_code',
  'r.status',
  'r.statement',
  'r.applied_by',
  'r.applied_at',
  'r.decided_by',
  'r.decided_at',
  'r.decision_note',
  'r.is_demo',
  'l.subject_name',
  'l.behaviour',
] as const;

export async function insertRepair(db: Executor, row: Insertable<CreditRepairTable>): Promise<number> {
  const r = await db.insertInto('credit_repairs').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findRepair(db: Executor, id: number): Promise<RepairRecord | undefined> {
  const r = await db
    .selectFrom('credit_repairs as r')
    .innerJoin('credit_listings as l', 'l.id', 'r.listing_id')
    .select(repairColumns)
    .where('r.id', '=', id)
    .executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function updateRepair(db: Executor, id: number, patch: Updateable<CreditRepairTable>): Promise<void> {
  await db.updateTable('credit_repairs').set(patch).where('id', '=', id).execute();
}

export async function hasPendingRepair(db: Executor, listingId: number): Promise<boolean> {
  const r = await db.selectFrom('credit_repairs').select('id').where('listing_id', '=', listingId).where('status', '=', 'pending').executeTakeFirst();
  return r !== undefined;
}

export async function findRepairsPage(db: Executor, actor: Actor, q: { status?: string; page: number; pageSize: number }) {
  let base = db
    .selectFrom('credit_repairs as r')
    .innerJoin('credit_listings as l', 'l.id', 'r.listing_id')
    .where(accessCondition(actor, { region: 'r.region_code', owner: 'r.org_id' }));
  if (q.status) base = base.where('r.status', '=', q.status);
  const [items, total] = await Promise.all([
    base
      .select(repairColumns)
      .orderBy('r.applied_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

export async function findOrgRepairs(db: Executor, orgId: number): Promise<RepairRecord[]> {
  const rows = await db
    .selectFrom('credit_repairs as r')
    .innerJoin('credit_listings as l', 'l.id', 'r.listing_id')
    .select(repairColumns)
    .where('r.org_id', '=', orgId)
    .orderBy('r.applied_at', 'desc')
    .execute();
  return rows.map(num);
}

type Counted = { code: string | null; n: number | string | null }[];
const toMap = (rows: Counted) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};

/** Listings that started in [from, to], per stored region code below `rootCode` (indicator credit_listings). */
export async function countListingsStarted(db: Executor, rootCode: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('credit_listings')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('starts_on', '>=', from)
    .where('starts_on', '<=', to)
    .where('status', '!=', 'revoked')
    .groupBy('region_code')
    .execute();
  return toMap(rows);
}

/** Repairs approved in [from, to] (decision timestamps compared with the period's days), per region (indicator credit_repairs). */
export async function countRepairsApproved(db: Executor, rootCode: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('credit_repairs')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('status', '=', 'approved')
    .where('decided_at', '>=', from)
    .where('decided_at', '<', `${to}~`)
    .groupBy('region_code')
    .execute();
  return toMap(rows);
}
