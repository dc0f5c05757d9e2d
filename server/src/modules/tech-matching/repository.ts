import type { Insertable, Updateable } from 'kysely';
import type { TechDemandTable, TechListingTable } from '../../db/schema.js';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { containsText } from '../../platform/text-match-sql.js';

/** Queries of listings and demands (the only SQL of the posts). */

export interface PostFilter {
  status?: string;
  withinRegion?: string;
  orgId?: number;
  q?: string;
  field?: string;
  priceMode?: string;
}

function listingQuery(db: Executor, f: PostFilter) {
  let q = db.selectFrom('tech_listings as t').innerJoin('organisations as o', 'o.id', 't.org_id').leftJoin('regions as r', 'r.code', 't.region_code');
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.withinRegion) q = q.where(regionCondition('t.region_code', f.withinRegion));
  if (f.orgId !== undefined) q = q.where('t.org_id', '=', f.orgId);
  if (f.field) q = q.where(containsText('t.field', f.field));
  if (f.priceMode) q = q.where('t.price_mode', '=', f.priceMode);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('t.title', text), containsText('t.description', text), containsText('o.name', text)]));
  }
  return q;
}

function demandQuery(db: Executor, f: PostFilter) {
  let q = db.selectFrom('tech_demands as t').innerJoin('organisations as o', 'o.id', 't.org_id').leftJoin('regions as r', 'r.code', 't.region_code');
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.withinRegion) q = q.where(regionCondition('t.region_code', f.withinRegion));
  if (f.orgId !== undefined) q = q.where('t.org_id', '=', f.orgId);
  if (f.field) q = q.where(containsText('t.field', f.field));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('t.title', text), containsText('t.description', text), containsText('o.name', text)]));
  }
  return q;
}

/** A page of listings with organisation and region names, newest first. */
export async function findListings(db: Executor, f: PostFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    listingQuery(db, f)
      .selectAll('t')
      .select(['o.name as org_name', 'r.full_name as region_name'])
      .orderBy('t.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    listingQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
export type ListingRow = Awaited<ReturnType<typeof findListings>>['items'][number];

/** A page of demands with organisation and region names, newest first. */
export async function findDemands(db: Executor, f: PostFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    demandQuery(db, f)
      .selectAll('t')
      .select(['o.name as org_name', 'r.full_name as region_name'])
      .orderBy('t.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    demandQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
export type DemandRow = Awaited<ReturnType<typeof findDemands>>['items'][number];

export async function findListing(db: Executor, id: number): Promise<ListingRow | undefined> {
  return db
    .selectFrom('tech_listings as t')
    .innerJoin('organisations as o', 'o.id', 't.org_id')
    .leftJoin('regions as r', 'r.code', 't.region_code')
    .selectAll('t')
    .select(['o.name as org_name', 'r.full_name as region_name'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function findDemand(db: Executor, id: number): Promise<DemandRow | undefined> {
  return db
    .selectFrom('tech_demands as t')
    .innerJoin('organisations as o', 'o.id', 't.org_id')
    .leftJoin('regions as r', 'r.code', 't.region_code')
    .selectAll('t')
    .select(['o.name as org_name', 'r.full_name as region_name'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** The patents offered by each listing. */
export async function listingPatents(db: Executor, listingIds: readonly number[]) {
  if (listingIds.length === 0) return new Map<number, { id: number; appNo: string; title: string; mainIpc: string | null }[]>();
  const rows = await db
    .selectFrom('tech_listing_patents as lp')
    .innerJoin('patents as p', 'p.id', 'lp.patent_id')
    .select(['lp.listing_id', 'p.id', 'p.app_no', 'p.title', 'p.main_ipc'])
    .where('lp.listing_id', 'in', listingIds)
    .orderBy('p.id')
    .execute();
  const out = new Map<number, { id: number; appNo: string; title: string; mainIpc: string | null }[]>();
  for (const r of rows) {
    const list = out.get(Number(r.listing_id)) ?? [];
    list.push({ id: Number(r.id), appNo: r.app_no, title: r.title, mainIpc: r.main_ipc });
    out.set(Number(r.listing_id), list);
  }
  return out;
}

/** Patents among `ids` that the organisation holds or applied for (by link or by its registered name). */
export async function patentsHeldBy(db: Executor, orgId: number, orgName: string, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('patent_parties')
    .select('patent_id')
    .where('patent_id', 'in', ids)
    .where('role', 'in', ['holder', 'applicant'])
    .where((eb) => eb.or([eb('org_id', '=', orgId), eb('name', '=', orgName)]))
    .execute();
  return new Set(rows.map((r) => Number(r.patent_id)));
}

/** An organisation's name. */
export async function orgName(db: Executor, orgId: number): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()).name;
}

/** A new listing; its id. */
export async function insertListing(trx: Executor, row: Insertable<TechListingTable>): Promise<number> {
  const r = await trx.insertInto('tech_listings').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a listing. */
export async function updateListingRow(trx: Executor, id: number, set: Updateable<TechListingTable>): Promise<void> {
  await trx.updateTable('tech_listings').set(set).where('id', '=', id).execute();
}

/** The listing names exactly these patents. */
export async function replaceListingPatents(trx: Executor, id: number, patentIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('tech_listing_patents').where('listing_id', '=', id).execute();
  if (patentIds.length > 0)
    await trx
      .insertInto('tech_listing_patents')
      .values(patentIds.map((p) => ({ listing_id: id, patent_id: p })))
      .execute();
}

/** A new demand; its id. */
export async function insertDemand(trx: Executor, row: Insertable<TechDemandTable>): Promise<number> {
  const r = await trx.insertInto('tech_demands').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a demand. */
export async function updateDemandRow(trx: Executor, id: number, set: Updateable<TechDemandTable>): Promise<void> {
  await trx.updateTable('tech_demands').set(set).where('id', '=', id).execute();
}

/** Forgets a demand's stored matches. */
export async function deleteMatchesOf(trx: Executor, demandId: number): Promise<void> {
  await trx.deleteFrom('tech_matches').where('demand_id', '=', demandId).execute();
}
