import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { MediationTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';

export const MEDIATION = 'mediation';

/** The register: mediation organisations with their organisation's name and region. */
export function findRegister(db: Executor) {
  return db
    .selectFrom('mediation_orgs as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.id', 'm.org_id', 'm.kind', 'm.scope', 'o.name', 'o.region_code'])
    .orderBy('o.region_code')
    .orderBy('o.name')
    .execute();
}

/** Mediators of the given register rows. */
export function findMediators(db: Executor, registerIds: number[]) {
  if (registerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mediators')
    .select(['id', 'mediation_org_id', 'name', 'specialty', 'active'])
    .where('mediation_org_id', 'in', registerIds)
    .orderBy('id')
    .execute();
}

/** The register row of an organisation, if it is registered. */
export function findRegistration(db: Executor, orgId: number) {
  return db.selectFrom('mediation_orgs').select(['id', 'org_id']).where('org_id', '=', orgId).executeTakeFirst();
}

export function findRegistrationById(db: Executor, id: number) {
  return db.selectFrom('mediation_orgs').select(['id', 'org_id']).where('id', '=', id).executeTakeFirst();
}

export async function insertRegistration(trx: Executor, row: { org_id: number; kind: string; scope: string; registered_by: number; created_at: string }) {
  const r = await trx.insertInto('mediation_orgs').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function insertMediator(trx: Executor, row: { mediation_org_id: number; name: string; specialty: string; created_at: string }) {
  const r = await trx.insertInto('mediators').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findMediator(db: Executor, id: number) {
  return db
    .selectFrom('mediators as p')
    .innerJoin('mediation_orgs as m', 'm.id', 'p.mediation_org_id')
    .select(['p.id', 'p.name', 'm.org_id'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function findOrgBasics(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'kind', 'name', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
}

function mediationQuery(db: Executor) {
  return db
    .selectFrom('mediations as d')
    .innerJoin('organisations as o', 'o.id', 'd.owner_org_id')
    .innerJoin('organisations as mo', 'mo.id', 'd.mediation_org_id')
    .leftJoin('mediators as p', 'p.id', 'd.mediator_id')
    .selectAll('d')
    .select(['o.name as owner_name', 'mo.name as mediation_org_name', 'p.name as mediator_name']);
}
export type MediationView = Awaited<ReturnType<ReturnType<typeof mediationQuery>['executeTakeFirstOrThrow']>>;

export function findMediation(db: Executor, id: number): Promise<MediationView | undefined> {
  return mediationQuery(db).where('d.id', '=', id).executeTakeFirst();
}

export async function insertMediation(trx: Executor, row: Insertable<MediationTable>): Promise<number> {
  const r = await trx.insertInto('mediations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Moves a mediation out of status `from` (false when another step moved it first). */
export async function moveMediation(trx: Executor, id: number, from: string, patch: Updateable<MediationTable>): Promise<boolean> {
  const r = await trx.updateTable('mediations').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The mediations the actor may see (jurisdiction, owner, or the mediation organisation as a standing party). */
export async function listMediations(db: Executor, actor: Actor, f: { status?: string; waiting?: boolean }, page: { page: number; pageSize: number }) {
  let q = db
    .selectFrom('mediations as d')
    .where(accessCondition(actor, { region: 'd.region_code', owner: 'd.owner_org_id', parties: { recordType: MEDIATION, idColumn: 'd.id' } }));
  if (f.status) q = q.where('d.status', '=', f.status);
  // Waiting for a mediation organisation: its own open mediations (mediating, agreement awaiting the application or the ruling).
  if (f.waiting) q = q.where('d.status', 'in', ['mediating', 'agreed', 'confirmation_applied']);
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const ids = await q
    .select('d.id')
    .orderBy('d.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const rows =
    ids.length === 0
      ? []
      : await mediationQuery(db)
          .where(
            'd.id',
            'in',
            ids.map((r) => r.id),
          )
          .orderBy('d.id', 'desc')
          .execute();
  return { rows, total: Number(total.n) };
}

const endOfDay = (d: string) => `${d}~`;

/** Judicial confirmations (court ruled the agreement valid) per stored region code, by the ruling's date. */
export async function countConfirmations(db: Executor, rootCode: string, period: { start: string; end: string }) {
  const rows = await db
    .selectFrom('mediations as d')
    .select(['d.region_code as code', sql<number>`count(*)`.as('n')])
    .where('d.status', '=', 'confirmed')
    .where(regionCondition('d.region_code', rootCode))
    .where('d.court_ruled_on', '>=', period.start)
    .where('d.court_ruled_on', '<', endOfDay(period.end))
    .groupBy('d.region_code')
    .execute();
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n));
  return m;
}
