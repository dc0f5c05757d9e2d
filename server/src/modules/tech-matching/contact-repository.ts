import { sql } from 'kysely';
import type { Insertable, Updateable } from 'kysely';
import type { TechContactMessageTable, TechContactTable, TechDealTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import type { Executor } from '../../db/database.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';

/** Queries of contact threads, messages and deals. */

/** Record type of a contact thread (对接) for the workflow kit and its parties. */
export const CONTACT = 'tech_contact';

export interface ContactFilter {
  /**
   * Contacts the actor may see (`accessCondition`): those its organisation started or is a standing party
   * of (the side contacted), and for the bureau those of its jurisdiction.
   */
  visibleTo?: Actor;
}

function contactQuery(db: Executor, f: ContactFilter) {
  const q = db
    .selectFrom('tech_contacts as c')
    .innerJoin('organisations as fo', 'fo.id', 'c.from_org_id')
    .innerJoin('organisations as tob', 'tob.id', 'c.to_org_id')
    .leftJoin('tech_demands as d', 'd.id', 'c.demand_id');
  if (!f.visibleTo) return q;
  return q.where(accessCondition(f.visibleTo, { region: 'c.region_code', owner: 'c.from_org_id', parties: { recordType: CONTACT, idColumn: 'c.id' } }));
}

const CONTACT_COLUMNS = [
  'c.id',
  'c.status',
  'c.demand_id',
  'd.title as demand_title',
  'c.listing_id',
  'c.patent_id',
  'c.subject',
  'c.from_org_id',
  'fo.name as from_org_name',
  'c.to_org_id',
  'tob.name as to_org_name',
  'c.region_code',
  'c.initiator',
  'c.contact_name',
  'c.contact_phone',
  'c.contact_email',
  'c.created_at',
  'c.updated_at',
] as const;

export async function findContacts(db: Executor, f: ContactFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    contactQuery(db, f)
      .select(CONTACT_COLUMNS)
      .orderBy('c.updated_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    contactQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
export type ContactRow = Awaited<ReturnType<typeof findContacts>>['items'][number];

export async function findContact(db: Executor, id: number): Promise<ContactRow | undefined> {
  return contactQuery(db, {}).select(CONTACT_COLUMNS).where('c.id', '=', id).executeTakeFirst();
}

export async function findMessages(db: Executor, contactId: number) {
  return db
    .selectFrom('tech_contact_messages as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.org_id', 'o.name as org_name', 'u.display_name', 'm.body', 'm.created_at'])
    .where('m.contact_id', '=', contactId)
    .orderBy('m.id')
    .execute();
}

export interface DealFilter {
  partyOrgId?: number;
  withinRegion?: string;
  contactId?: number;
}

function dealQuery(db: Executor, f: DealFilter) {
  let q = db
    .selectFrom('tech_deals as x')
    .innerJoin('tech_contacts as c', 'c.id', 'x.contact_id')
    .innerJoin('organisations as b', 'b.id', 'x.buyer_org_id')
    .innerJoin('organisations as s', 's.id', 'x.seller_org_id');
  if (f.partyOrgId !== undefined) {
    const org = f.partyOrgId;
    q = q.where((eb) => eb.or([eb('x.buyer_org_id', '=', org), eb('x.seller_org_id', '=', org)]));
  }
  if (f.withinRegion) q = q.where(regionCondition('x.region_code', f.withinRegion));
  if (f.contactId !== undefined) q = q.where('x.contact_id', '=', f.contactId);
  return q;
}

const DEAL_COLUMNS = [
  'x.id',
  'x.contact_id',
  'x.kind',
  'x.amount',
  'x.deal_date',
  'x.buyer_org_id',
  'b.name as buyer_name',
  'x.seller_org_id',
  's.name as seller_name',
  'x.region_code',
  'c.subject',
  'x.note',
  'x.created_at',
] as const;

export async function findDeals(db: Executor, f: DealFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    dealQuery(db, f)
      .select(DEAL_COLUMNS)
      .orderBy('x.deal_date', 'desc')
      .orderBy('x.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    dealQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
export type DealRow = Awaited<ReturnType<typeof findDeals>>['items'][number];

/** Active user ids of an organisation (who hears about a contact). */
export async function orgUserIds(db: Executor, orgId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('status', '=', 'active').execute();
  return rows.map((r) => Number(r.id));
}

/** A registry patent's id, title and application number. */
export async function findPatentBrief(db: Executor, id: number) {
  return db.selectFrom('patents').select(['id', 'title', 'app_no']).where('id', '=', id).executeTakeFirst();
}

/** A new contact thread; its id. */
/** An open thread (待回复 or 洽谈中) this organisation started about this demand, if any. */
export async function findOpenDemandContact(db: Executor, demandId: number, fromOrgId: number) {
  return db
    .selectFrom('tech_contacts')
    .select('id')
    .where('demand_id', '=', demandId)
    .where('from_org_id', '=', fromOrgId)
    .where('initiator', '=', 'supplier')
    .where('status', 'in', ['open', 'talking'])
    .executeTakeFirst();
}

export async function insertContact(trx: Executor, row: Insertable<TechContactTable>): Promise<number> {
  const r = await trx.insertInto('tech_contacts').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a contact thread. */
export async function updateContact(trx: Executor, id: number, set: Updateable<TechContactTable>): Promise<void> {
  await trx.updateTable('tech_contacts').set(set).where('id', '=', id).execute();
}

/** A message in a thread. */
export async function insertMessage(trx: Executor, row: Insertable<TechContactMessageTable>): Promise<void> {
  await trx.insertInto('tech_contact_messages').values(row).execute();
}

/** A deal reached in a thread. */
export async function insertDeal(trx: Executor, row: Insertable<TechDealTable>): Promise<void> {
  await trx.insertInto('tech_deals').values(row).execute();
}

/**
 * Technology transfer activity in a region (full code or prefix padded) and period (inclusive dates):
 * deals by kind with their amounts, listings and demands published, contacts started.
 */
export async function countTechActivity(db: Executor, region: string, from: string | null, to: string | null) {
  const within = regionCondition('region_code', region);
  let deals = db.selectFrom('tech_deals').where(within);
  if (from) deals = deals.where('deal_date', '>=', from);
  if (to) deals = deals.where('deal_date', '<=', to);
  const byKind = await deals
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`coalesce(sum(amount), 0)`.as('amount')])
    .groupBy('kind')
    .execute();
  // Timestamps are ISO UTC text: the period's end day is included up to its last instant.
  const hi = to ? `${to}T23:59:59.999Z` : null;
  const countPosts = async (table: 'tech_listings' | 'tech_demands') => {
    let q = db.selectFrom(table).where(within).where('published_at', 'is not', null);
    if (from) q = q.where('published_at', '>=', from);
    if (hi) q = q.where('published_at', '<=', hi);
    const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  };
  let contacts = db.selectFrom('tech_contacts').where(within);
  if (from) contacts = contacts.where('created_at', '>=', from);
  if (hi) contacts = contacts.where('created_at', '<=', hi);
  const contactCount = await contacts.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    byKind,
    listingsPublished: await countPosts('tech_listings'),
    demandsPublished: await countPosts('tech_demands'),
    contactsStarted: Number(contactCount.n),
  };
}
