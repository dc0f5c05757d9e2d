import type { Insertable, Updateable } from 'kysely';
import type { PlanTable, PlanTargetTable, PlanTaskTable } from '../../db/schema.js';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** SQL of plans (工作方案): the plan, its targets and its tasks. */

export async function findPlans(db: Executor, within: string, regionCode?: string) {
  let q = db
    .selectFrom('plans as p')
    .leftJoin('regions as r', 'r.code', 'p.region_code')
    .selectAll('p')
    .select('r.name as region_name')
    .where(regionCondition('p.region_code', within));
  if (regionCode) q = q.where('p.region_code', '=', regionCode);
  return q.orderBy('p.id', 'desc').execute();
}

export async function findPlan(db: Executor, id: number) {
  return db
    .selectFrom('plans as p')
    .leftJoin('regions as r', 'r.code', 'p.region_code')
    .selectAll('p')
    .select('r.name as region_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function findTargets(db: Executor, planId: number) {
  return db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
}

export async function findTasks(db: Executor, planId: number) {
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('due_date').orderBy('id').execute();
}

/** Open tasks past their due date that nobody has been told about yet, in plans within a region. */
export async function findOverdueUnnotified(db: Executor, within: string, today: string) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.title', 't.department', 't.responsible_org_id', 't.due_date', 'p.id as plan_id', 'p.name as plan_name', 'p.region_code'])
    .where(regionCondition('p.region_code', within))
    .where('t.done_at', 'is', null)
    .where('t.notified_at', 'is', null)
    .where('t.due_date', '<', today)
    .execute();
}

/** Marks an open task as told about its overdue state; false when it is done or someone else already claimed it. */
export async function claimTaskNotice(db: Executor, taskId: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('plan_tasks')
    .set({ notified_at: at })
    .where('id', '=', taskId)
    .where('notified_at', 'is', null)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Active users of an organisation, or of the IP bureaus of a region when the department has no account. */
export async function findDepartmentUsers(db: Executor, orgId: number | null, regionCode: string) {
  let q = db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.org_id').select('u.id').where('u.status', '=', 'active');
  q = orgId !== null ? q.where('o.id', '=', orgId) : q.where('o.region_code', '=', regionCode).where('o.kind', '=', 'ip_bureau');
  return (await q.execute()).map((r) => r.id);
}

/** A new plan; its id. */
export async function insertPlan(trx: Executor, row: Insertable<PlanTable>): Promise<number> {
  const r = await trx.insertInto('plans').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a plan's header. */
export async function updatePlanRow(trx: Executor, id: number, set: Updateable<PlanTable>): Promise<void> {
  await trx.updateTable('plans').set(set).where('id', '=', id).execute();
}

/** Changes a task. */
export async function updateTask(trx: Executor, id: number, set: Updateable<PlanTaskTable>): Promise<void> {
  await trx.updateTable('plan_tasks').set(set).where('id', '=', id).execute();
}

/** The plan's targets become exactly these (nothing refers to a target's id). */
export async function replacePlanTargets(trx: Executor, planId: number, targets: Omit<Insertable<PlanTargetTable>, 'plan_id'>[]): Promise<void> {
  await trx.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
  if (targets.length > 0)
    await trx
      .insertInto('plan_targets')
      .values(targets.map((t) => ({ ...t, plan_id: planId })))
      .execute();
}

/**
 * The plan's tasks become exactly these, in place: a task with an id is updated and keeps it (done marks, notices
 * and audit rows keep pointing at it), a task without one is inserted, and the plan's other tasks are deleted.
 */
export async function syncPlanTasks(trx: Executor, planId: number, tasks: (Omit<Insertable<PlanTaskTable>, 'plan_id'> & { id?: number })[]): Promise<void> {
  const keep = tasks.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  let gone = trx.deleteFrom('plan_tasks').where('plan_id', '=', planId);
  if (keep.length > 0) gone = gone.where('id', 'not in', keep);
  await gone.execute();
  for (const { id, ...row } of tasks) {
    if (id !== undefined) await trx.updateTable('plan_tasks').set(row).where('id', '=', id).where('plan_id', '=', planId).execute();
  }
  const fresh = tasks.filter((t) => t.id === undefined);
  if (fresh.length > 0)
    await trx
      .insertInto('plan_tasks')
      .values(fresh.map((t) => ({ ...t, plan_id: planId })))
      .execute();
}

/** Deletes a plan with its targets and tasks. */
export async function deletePlanRows(trx: Executor, planId: number): Promise<void> {
  await trx.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
  await trx.deleteFrom('plan_tasks').where('plan_id', '=', planId).execute();
  await trx.deleteFrom('plans').where('id', '=', planId).execute();
}

/** The region of each of these organisations that exists (a task's responsible organisation must lie in the plan's region). */
export async function findOrgRegions(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'region_code'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), r.region_code]));
}
