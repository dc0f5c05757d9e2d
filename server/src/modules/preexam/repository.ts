import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PreexamEntityTable, PreexamFieldTable, PreexamRequestTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export const PREEXAM_ENTITY = 'preexam_entity';
export const PREEXAM_REQUEST = 'preexam_request';

export type FieldRow = Selectable<PreexamFieldTable>;
export type EntityRecord = Selectable<PreexamEntityTable> & { org_name: string };
export type RequestRecord = Selectable<PreexamRequestTable> & { org_name: string; examiner_name: string | null };

const num = <T extends { id: number | string }>(r: T) => ({ ...r, id: Number(r.id) });

/** The centre's approved fields (all centres when none is named). */
export async function findFields(db: Executor, centreRegion?: string): Promise<FieldRow[]> {
  let q = db.selectFrom('preexam_fields').selectAll();
  if (centreRegion) q = q.where('centre_region', '=', centreRegion);
  return (await q.orderBy('centre_region').orderBy('ipc_prefix').execute()).map(num);
}

export async function insertField(db: Executor, row: Insertable<PreexamFieldTable>): Promise<number> {
  const r = await db.insertInto('preexam_fields').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findFieldByPrefix(db: Executor, centreRegion: string, prefix: string) {
  return db.selectFrom('preexam_fields').select('id').where('centre_region', '=', centreRegion).where('ipc_prefix', '=', prefix).executeTakeFirst();
}

export async function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'name', 'region_code', 'kind']).where('id', '=', id).executeTakeFirst();
}

const entityColumns = [
  'e.id',
  'e.org_id',
  'e.region_code',
  'e.centre_region',
  'e.ipc_prefixes',
  'e.contact',
  'e.phone',
  'e.status',
  'e.renewal',
  'e.cnipa_no',
  'e.cnipa_on',
  'e.valid_until',
  'e.note',
  'e.is_demo',
  'e.created_at',
  'e.updated_at',
  'o.name as org_name',
] as const;

export async function insertEntity(db: Executor, row: Insertable<PreexamEntityTable>): Promise<number> {
  const r = await db.insertInto('preexam_entities').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateEntity(db: Executor, id: number, patch: Updateable<PreexamEntityTable>): Promise<void> {
  await db.updateTable('preexam_entities').set(patch).where('id', '=', id).execute();
}

export async function findEntity(db: Executor, id: number): Promise<EntityRecord | undefined> {
  const r = await db
    .selectFrom('preexam_entities as e')
    .innerJoin('organisations as o', 'o.id', 'e.org_id')
    .select(entityColumns)
    .where('e.id', '=', id)
    .executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function findEntityOfOrg(db: Executor, orgId: number): Promise<EntityRecord | undefined> {
  const r = await db
    .selectFrom('preexam_entities as e')
    .innerJoin('organisations as o', 'o.id', 'e.org_id')
    .select(entityColumns)
    .where('e.org_id', '=', orgId)
    .executeTakeFirst();
  return r ? num(r) : undefined;
}

/** Entities within a region (the examiner's jurisdiction), newest first. */
export async function findEntitiesPage(db: Executor, region: string, q: { status?: string; page: number; pageSize: number }) {
  let base = db.selectFrom('preexam_entities as e').innerJoin('organisations as o', 'o.id', 'e.org_id').where(regionCondition('e.region_code', region));
  if (q.status) base = base.where('e.status', '=', q.status);
  const [items, total] = await Promise.all([
    base
      .select(entityColumns)
      .orderBy('e.updated_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

const requestColumns = [
  'r.id',
  'r.entity_id',
  'r.org_id',
  'r.region_code',
  'r.title',
  'r.patent_type',
  'r.ipc',
  'r.summary',
  'r.status',
  'r.examiner_user_id',
  'r.received_on',
  'r.due_on',
  'r.defects',
  'r.corrections',
  'r.reasons',
  'r.finished_on',
  'r.cnipa_app_no',
  'r.cnipa_result',
  'r.cnipa_result_on',
  'r.is_demo',
  'r.created_at',
  'r.updated_at',
  'o.name as org_name',
  'u.display_name as examiner_name',
] as const;

function requestQuery(db: Executor) {
  return db
    .selectFrom('preexam_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .leftJoin('users as u', 'u.id', 'r.examiner_user_id')
    .select(requestColumns);
}

export async function insertRequest(db: Executor, row: Insertable<PreexamRequestTable>): Promise<number> {
  const r = await db.insertInto('preexam_requests').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateRequest(db: Executor, id: number, patch: Updateable<PreexamRequestTable>): Promise<void> {
  await db.updateTable('preexam_requests').set(patch).where('id', '=', id).execute();
}

export async function findRequest(db: Executor, id: number): Promise<RequestRecord | undefined> {
  const r = await requestQuery(db).where('r.id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function findRequestsOfOrg(db: Executor, orgId: number): Promise<RequestRecord[]> {
  return (await requestQuery(db).where('r.org_id', '=', orgId).orderBy('r.id', 'desc').limit(200).execute()).map(num);
}

export async function findRequestsPage(db: Executor, region: string, q: { status?: string; page: number; pageSize: number }) {
  let base = db
    .selectFrom('preexam_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .leftJoin('users as u', 'u.id', 'r.examiner_user_id')
    .where(regionCondition('r.region_code', region));
  if (q.status) base = base.where('r.status', '=', q.status);
  const [items, total] = await Promise.all([
    base
      .select(requestColumns)
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(num), total: Number(total.n) };
}

/** Requests of a region in a form the statistics read (status, dates, outcome). */
export async function findRequestFacts(db: Executor, region: string) {
  return db
    .selectFrom('preexam_requests')
    .select(['status', 'received_on', 'finished_on', 'examiner_user_id'])
    .where(regionCondition('region_code', region))
    .where('is_demo', '=', 0)
    .execute();
}

export async function countEntities(db: Executor, region: string) {
  const rows = await db
    .selectFrom('preexam_entities')
    .select(['status', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', region))
    .where('is_demo', '=', 0)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Active staff users of a region holding a role, with their examiner fields (null when none are set) and open load. */
export async function findExaminerCandidates(db: Executor, region: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .leftJoin('preexam_examiners as x', 'x.user_id', 'u.id')
    .select([
      'u.id',
      'u.display_name',
      'o.region_code',
      'x.ipc_prefixes',
      (eb) =>
        eb
          .selectFrom('preexam_requests as r')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('r.examiner_user_id', '=', 'u.id')
          .where('r.status', 'in', ['submitted', 'examining', 'correcting'])
          .as('load'),
    ])
    .where('u.role', 'in', roles)
    .where('u.status', '=', 'active')
    .where(regionCondition('o.region_code', region))
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: Number(r.id), name: r.display_name, regionCode: r.region_code, ipcPrefixes: r.ipc_prefixes, load: Number(r.load ?? 0) }));
}

export async function upsertExaminer(db: Executor, userId: number, ipcPrefixes: string, at: string): Promise<void> {
  await db
    .insertInto('preexam_examiners')
    .values({ user_id: userId, ipc_prefixes: ipcPrefixes, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ipc_prefixes: ipcPrefixes, updated_at: at }))
    .execute();
}

export async function findUser(db: Executor, id: number) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.role', 'u.status', 'u.org_id', 'o.region_code'])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

/** The registry patent with this (normalised) application number, once it appears. */
export async function findPatentIdByAppNo(db: Executor, appNo: string): Promise<number | null> {
  const r = await db.selectFrom('patents').select('id').where('app_no', '=', appNo).executeTakeFirst();
  return r ? Number(r.id) : null;
}

/** Open requests waiting for an answer whose answer period ended before `today` (the withdrawal sweep). */
export async function findLapsedCorrections(db: Executor, today: string) {
  return db
    .selectFrom('preexam_requests')
    .select(['id', 'region_code', 'due_on', 'org_id'])
    .where('status', '=', 'correcting')
    .where('due_on', '<', today)
    .execute();
}
