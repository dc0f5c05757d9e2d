import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';
import type { Executor } from '../../db/database.js';
import type { OutreachNeedTable, OutreachOutletTable, OutreachTrainingTable } from '../../db/schema.js';

export type OutletRow = Selectable<OutreachOutletTable>;
export type TrainingRow = Selectable<OutreachTrainingTable>;
export type NeedRow = Selectable<OutreachNeedTable> & { org_name: string; visited_on: string };

// —— Outlets ——

export async function findOutlets(db: Executor, actor: Actor): Promise<OutletRow[]> {
  return db
    .selectFrom('outreach_outlets')
    .selectAll()
    .where(accessCondition(actor, { region: 'region_code' }))
    .orderBy('region_code')
    .orderBy('id')
    .execute();
}
export async function findOutlet(db: Executor, id: number): Promise<OutletRow | undefined> {
  return db.selectFrom('outreach_outlets').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function insertOutlet(db: Executor, row: Insertable<OutreachOutletTable>): Promise<number> {
  return Number((await db.insertInto('outreach_outlets').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateOutlet(db: Executor, id: number, set: Partial<Insertable<OutreachOutletTable>>): Promise<void> {
  await db.updateTable('outreach_outlets').set(set).where('id', '=', id).execute();
}
export async function findWindowLog(db: Executor, outletId: number) {
  return db
    .selectFrom('outreach_window_log')
    .selectAll()
    .where('outlet_id', '=', outletId)
    .orderBy('on_date', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}
export async function insertWindowLog(
  db: Executor,
  row: {
    outlet_id: number;
    region_code: string;
    on_date: string;
    kind: string;
    applicant: string;
    count: number;
    note: string;
    recorded_by: number | null;
    is_demo: number;
    created_at: string;
  },
): Promise<number> {
  return Number((await db.insertInto('outreach_window_log').values(row).returning('id').executeTakeFirstOrThrow()).id);
}

// —— Trainings ——

const trainingCounts = (db: Executor) =>
  db
    .selectFrom('outreach_trainings as t')
    .selectAll('t')
    .select([
      sql<number>`(select coalesce(sum(r.attendees), 0) from outreach_registrations r where r.training_id = t.id)`.as('registered'),
      sql<number>`(select coalesce(sum(r.attendees), 0) from outreach_registrations r where r.training_id = t.id and r.attended = 1)`.as('attended'),
    ]);

export async function findTrainingsPage(db: Executor, q: { kind?: string; year?: number; page: number; pageSize: number }) {
  let base = db.selectFrom('outreach_trainings');
  if (q.kind) base = base.where('kind', '=', q.kind);
  if (q.year) base = base.where('held_on', '>=', `${q.year}-01-01`).where('held_on', '<=', `${q.year}-12-31`);
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0);
  let rows = trainingCounts(db);
  if (q.kind) rows = rows.where('t.kind', '=', q.kind);
  if (q.year) rows = rows.where('t.held_on', '>=', `${q.year}-01-01`).where('t.held_on', '<=', `${q.year}-12-31`);
  const items = await rows
    .orderBy('t.held_on', 'desc')
    .orderBy('t.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items, total };
}
export async function findTraining(db: Executor, id: number) {
  return trainingCounts(db).where('t.id', '=', id).executeTakeFirst();
}
export async function insertTraining(db: Executor, row: Insertable<OutreachTrainingTable>): Promise<number> {
  return Number((await db.insertInto('outreach_trainings').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateTrainingStatus(db: Executor, id: number, status: string, at: string): Promise<void> {
  await db.updateTable('outreach_trainings').set({ status, updated_at: at }).where('id', '=', id).execute();
}
export async function findOrgRegistrations(db: Executor, orgId: number, trainingIds: readonly number[]): Promise<Set<number>> {
  if (trainingIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('outreach_registrations')
    .select('training_id')
    .where('org_id', '=', orgId)
    .where('training_id', 'in', trainingIds)
    .execute();
  return new Set(rows.map((r) => Number(r.training_id)));
}

const registrationQuery = (db: Executor) =>
  db
    .selectFrom('outreach_registrations as r')
    .innerJoin('outreach_trainings as t', 't.id', 'r.training_id')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .selectAll('r')
    .select(['t.title as training_title', 't.held_on', 't.region_code', 'o.name as org_name']);

export async function findRegistrations(db: Executor, trainingId: number) {
  return registrationQuery(db).where('r.training_id', '=', trainingId).orderBy('r.id').execute();
}
export async function findRegistrationsOfOrg(db: Executor, orgId: number) {
  return registrationQuery(db).where('r.org_id', '=', orgId).orderBy('t.held_on', 'desc').execute();
}
export async function findRegistration(db: Executor, id: number) {
  return registrationQuery(db).where('r.id', '=', id).executeTakeFirst();
}
export async function insertRegistration(
  db: Executor,
  row: { training_id: number; org_id: number; contact_name: string; contact_phone: string; attendees: number; attended: null; registered_at: string },
): Promise<number> {
  return Number((await db.insertInto('outreach_registrations').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateAttendance(db: Executor, id: number, attended: number): Promise<void> {
  await db.updateTable('outreach_registrations').set({ attended }).where('id', '=', id).execute();
}

// —— Visits and needs ——

export async function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'region_code']).where('id', '=', id).executeTakeFirst();
}
export async function insertVisit(
  db: Executor,
  row: {
    org_id: number;
    region_code: string;
    visited_on: string;
    visitors: string;
    summary: string;
    recorded_by: number | null;
    is_demo: number;
    created_at: string;
  },
): Promise<number> {
  return Number((await db.insertInto('outreach_visits').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function insertNeed(db: Executor, row: Insertable<OutreachNeedTable>): Promise<number> {
  return Number((await db.insertInto('outreach_needs').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
const needQuery = (db: Executor) =>
  db
    .selectFrom('outreach_needs as n')
    .innerJoin('outreach_visits as v', 'v.id', 'n.visit_id')
    .innerJoin('organisations as o', 'o.id', 'n.org_id')
    .selectAll('n')
    .select(['o.name as org_name', 'v.visited_on']);

export async function findNeed(db: Executor, id: number): Promise<NeedRow | undefined> {
  return needQuery(db).where('n.id', '=', id).executeTakeFirst();
}
export async function findNeedsOfVisit(db: Executor, visitId: number): Promise<NeedRow[]> {
  return needQuery(db).where('n.visit_id', '=', visitId).orderBy('n.id').execute();
}
export async function findNeedsPage(db: Executor, actor: Actor, q: { status?: string; region?: string; page: number; pageSize: number }) {
  const cond = accessCondition(actor, { region: 'n.region_code', owner: 'n.org_id' });
  let base = db.selectFrom('outreach_needs as n').where(cond);
  let rows = needQuery(db).where(cond);
  if (q.status) {
    base = base.where('n.status', '=', q.status);
    rows = rows.where('n.status', '=', q.status);
  }
  if (q.region) {
    base = base.where(regionCondition('n.region_code', q.region));
    rows = rows.where(regionCondition('n.region_code', q.region));
  }
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0);
  const items = await rows
    .orderBy('n.due_on')
    .orderBy('n.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items, total };
}
export async function updateNeed(db: Executor, id: number, set: Partial<Insertable<OutreachNeedTable>>): Promise<void> {
  await db.updateTable('outreach_needs').set(set).where('id', '=', id).execute();
}

// —— Indicators (per stored region code below a root) ——

const byRegion = (rows: { region_code: string; n: number | string | null }[]) => new Map(rows.map((r) => [r.region_code, Number(r.n ?? 0)]));

/** Trainings held (status held) with the date in [start, end], optionally of some kinds. */
export async function countTrainingsHeld(db: Executor, rootCode: string, start: string, end: string, kinds?: readonly string[]) {
  let q = db
    .selectFrom('outreach_trainings')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('status', '=', 'held')
    .where('held_on', '>=', start)
    .where('held_on', '<=', end);
  if (kinds) q = q.where('kind', 'in', kinds);
  return byRegion(await q.groupBy('region_code').execute());
}
/** People who attended trainings held in [start, end]. */
export async function countTrainees(db: Executor, rootCode: string, start: string, end: string) {
  const rows = await db
    .selectFrom('outreach_registrations as r')
    .innerJoin('outreach_trainings as t', 't.id', 'r.training_id')
    .select(['t.region_code', sql<number>`sum(r.attendees)`.as('n')])
    .where(regionCondition('t.region_code', rootCode))
    .where('t.status', '=', 'held')
    .where('r.attended', '=', 1)
    .where('t.held_on', '>=', start)
    .where('t.held_on', '<=', end)
    .groupBy('t.region_code')
    .execute();
  return byRegion(rows);
}
/** Trademark window business in [start, end] (consultations apart). */
export async function countWindowBusiness(db: Executor, rootCode: string, start: string, end: string, consultations: boolean) {
  const rows = await db
    .selectFrom('outreach_window_log')
    .select(['region_code', sql<number>`sum(count)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('on_date', '>=', start)
    .where('on_date', '<=', end)
    .where('kind', consultations ? '=' : '<>', 'consultation')
    .groupBy('region_code')
    .execute();
  return byRegion(rows);
}
/** Needs open at the end of the day `end`: collected by then and not answered by then. */
export async function countOpenNeeds(db: Executor, rootCode: string, end: string) {
  const rows = await db
    .selectFrom('outreach_needs')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('opened_on', '<=', end)
    .where((eb) => eb.or([eb('answered_on', 'is', null), eb('answered_on', '>', end)]))
    .groupBy('region_code')
    .execute();
  return byRegion(rows);
}
/** Needs collected in [start, end]. */
export async function countNeedsCollected(db: Executor, rootCode: string, start: string, end: string) {
  const rows = await db
    .selectFrom('outreach_needs')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('opened_on', '>=', start)
    .where('opened_on', '<=', end)
    .groupBy('region_code')
    .execute();
  return byRegion(rows);
}
/** Outlets standing at the end of the period. */
export async function countOutlets(db: Executor, rootCode: string, end: string) {
  const rows = await db
    .selectFrom('outreach_outlets')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('created_at', '<', `${end}T99`)
    .groupBy('region_code')
    .execute();
  return byRegion(rows);
}
