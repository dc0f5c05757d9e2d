import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { AgencyTable, InspectionAssignmentTable, InspectionObjectTable, InspectionPlanTable, InspectorTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export const PLAN = 'inspection_plan';
export const OBJECT = 'inspection_object';

export type AgencyRow = Selectable<AgencyTable>;
export type InspectorRow = Selectable<InspectorTable>;
export type PlanRow = Selectable<InspectionPlanTable>;
export type ObjectRow = Selectable<InspectionObjectTable> & { agency_name: string; agency_kind: string };
export type AssignmentRow = Selectable<InspectionAssignmentTable> & { inspector_name: string };

const num = <T extends { id: number | string }>(r: T) => ({ ...r, id: Number(r.id) });

export async function insertAgency(db: Executor, row: Insertable<AgencyTable>): Promise<number> {
  return Number((await db.insertInto('agencies').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function findAgencies(db: Executor, region: string): Promise<AgencyRow[]> {
  return (await db.selectFrom('agencies').selectAll().where(regionCondition('region_code', region)).orderBy('id').execute()).map(num);
}
export async function findAgency(db: Executor, id: number): Promise<AgencyRow | undefined> {
  const r = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}

export async function insertInspector(db: Executor, row: Insertable<InspectorTable>): Promise<number> {
  return Number((await db.insertInto('inspectors').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function findInspectors(db: Executor, region: string): Promise<InspectorRow[]> {
  return (await db.selectFrom('inspectors').selectAll().where(regionCondition('region_code', region)).orderBy('id').execute()).map(num);
}

export async function insertPlan(db: Executor, row: Insertable<InspectionPlanTable>): Promise<number> {
  return Number((await db.insertInto('inspection_plans').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updatePlan(db: Executor, id: number, patch: Updateable<InspectionPlanTable>): Promise<void> {
  await db.updateTable('inspection_plans').set(patch).where('id', '=', id).execute();
}
export async function findPlan(db: Executor, id: number): Promise<PlanRow | undefined> {
  const r = await db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}
export async function findPlanByYear(db: Executor, region: string, year: number) {
  return db.selectFrom('inspection_plans').select('id').where('region_code', '=', region).where('year', '=', year).executeTakeFirst();
}
export async function findPlans(db: Executor, region: string): Promise<PlanRow[]> {
  return (
    await db.selectFrom('inspection_plans').selectAll().where(regionCondition('region_code', region)).orderBy('year', 'desc').orderBy('id', 'desc').execute()
  ).map(num);
}

export async function insertObject(db: Executor, row: Insertable<InspectionObjectTable>): Promise<number> {
  return Number((await db.insertInto('inspection_objects').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateObject(db: Executor, id: number, patch: Updateable<InspectionObjectTable>): Promise<void> {
  await db.updateTable('inspection_objects').set(patch).where('id', '=', id).execute();
}
const objectQuery = (db: Executor) =>
  db
    .selectFrom('inspection_objects as x')
    .innerJoin('agencies as a', 'a.id', 'x.agency_id')
    .select([
      'x.id',
      'x.plan_id',
      'x.agency_id',
      'x.region_code',
      'x.position',
      'x.findings',
      'x.measures',
      'x.concluded_on',
      'x.publish_due_on',
      'x.published_on',
      'a.name as agency_name',
      'a.kind as agency_kind',
    ]);
export async function findObjectsOfPlans(db: Executor, planIds: number[]): Promise<ObjectRow[]> {
  if (planIds.length === 0) return [];
  return (await objectQuery(db).where('x.plan_id', 'in', planIds).orderBy('x.plan_id').orderBy('x.position').execute()).map(num);
}
export async function findObject(db: Executor, id: number): Promise<ObjectRow | undefined> {
  const r = await objectQuery(db).where('x.id', '=', id).executeTakeFirst();
  return r ? num(r) : undefined;
}
export async function findPublishedObjects(db: Executor): Promise<ObjectRow[]> {
  return (await objectQuery(db).where('x.published_on', 'is not', null).orderBy('x.published_on', 'desc').orderBy('x.id', 'desc').limit(500).execute()).map(
    num,
  );
}

export async function insertAssignment(db: Executor, row: Insertable<InspectionAssignmentTable>): Promise<void> {
  await db.insertInto('inspection_assignments').values(row).execute();
}
export async function recuseAssignment(db: Executor, objectId: number, inspectorId: number, reason: string): Promise<void> {
  await db
    .updateTable('inspection_assignments')
    .set({ recused: 1, recusal_reason: reason })
    .where('object_id', '=', objectId)
    .where('inspector_id', '=', inspectorId)
    .execute();
}
export async function findAssignments(db: Executor, objectIds: number[]): Promise<AssignmentRow[]> {
  if (objectIds.length === 0) return [];
  return (
    await db
      .selectFrom('inspection_assignments as s')
      .innerJoin('inspectors as i', 'i.id', 's.inspector_id')
      .select(['s.id', 's.object_id', 's.inspector_id', 's.seed', 's.recused', 's.recusal_reason', 's.created_at', 'i.name as inspector_name'])
      .where('s.object_id', 'in', objectIds)
      .orderBy('s.id')
      .execute()
  ).map(num);
}
