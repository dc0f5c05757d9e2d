import { findIndicator, message, type Plan, type SavePlanBody } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { badRequest, conflict, notFound, type ErrorText } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { indicatorValues } from '../indicators/api.js';
import { elapsedShare, progressPct, projectLinear, PROJECTION_METHOD, ragStatus } from './progress.js';
import {
  deletePlanRows,
  findOrgRegions,
  findPlan,
  findPlans,
  findTargets,
  findTasks,
  insertPlan,
  replacePlanTargets,
  syncPlanTasks,
  updatePlanRow,
  updateTask,
} from './repository.js';

export { notifyOverdueTasks, sweepOverdueTasks } from './overdue.js';

/** How many years before the plan's start feed the trend line. */
const TREND_YEARS_BEFORE = 3;

/** Plans within the actor's jurisdiction. */
export async function listPlans(ctx: AppContext, actor: Actor, regionCode?: string) {
  if (regionCode) assertRegionInJurisdiction(actor, regionCode);
  const rows = await findPlans(ctx.db, actor.regionCode, regionCode);
  return {
    items: rows.map((p) => ({
      id: p.id,
      name: p.name,
      regionCode: p.region_code,
      regionName: p.region_name ?? p.region_code,
      startYear: p.start_year,
      endYear: p.end_year,
      isDemo: p.is_demo === 1,
    })),
  };
}

/** Yearly values of the plan’s indicators in its region, from a few years before the start to the last completed year. */
async function yearlySeries(ctx: AppContext, regionCode: string, keys: string[], fromYear: number, toYear: number) {
  const series = new Map<string, { year: number; value: number | null; yoy: number | null }[]>();
  for (let y = fromYear; y <= toYear; y++) {
    const v = await indicatorValues(ctx, null, { keys, regionCode, period: String(y) });
    for (const r of v.rows) series.set(r.indicatorKey, [...(series.get(r.indicatorKey) ?? []), { year: y, value: r.value, yoy: r.yoyPct }]);
  }
  return series;
}

/** A plan with each target's current value, progress, projection and status, and its tasks. */
export async function getPlan(ctx: AppContext, actor: Actor | null, id: number): Promise<Plan> {
  const p = await findPlan(ctx.db, id);
  if (actor) assertCanAccess(actor, p ? { regionCode: p.region_code, orgId: null } : undefined, '工作方案');
  if (!p) throw notFound('工作方案');
  const [targets, tasks] = await Promise.all([findTargets(ctx.db, id), findTasks(ctx.db, id)]);
  const today = todayIso(ctx);
  const thisYear = Number(today.slice(0, 4));
  const lastDeadlineYear = Math.max(p.end_year, ...targets.map((t) => Number(t.deadline.slice(0, 4))));
  const series = await yearlySeries(
    ctx,
    p.region_code,
    [...new Set(targets.map((t) => t.indicator_key))],
    p.start_year - TREND_YEARS_BEFORE,
    Math.min(thisYear - 1, lastDeadlineYear),
  );
  return {
    id: p.id,
    name: p.name,
    regionCode: p.region_code,
    regionName: p.region_name ?? p.region_code,
    startYear: p.start_year,
    endYear: p.end_year,
    source: p.source,
    isDemo: p.is_demo === 1,
    targets: targets.map((t) => {
      const def = findIndicator(t.indicator_key);
      const deadlineYear = Number(t.deadline.slice(0, 4));
      const points = (series.get(t.indicator_key) ?? [])
        .filter((s) => s.year <= deadlineYear)
        .map((s) => ({ year: s.year, value: t.measure === 'yoy' ? s.yoy : s.value }))
        .filter((s): s is { year: number; value: number } => s.value !== null);
      const latest = points[points.length - 1] ?? null;
      const baseline = t.baseline_value ?? points.find((s) => s.year === p.start_year - 1)?.value ?? null;
      const current = latest?.value ?? null;
      const progress = progressPct(current, t.target_value, baseline);
      const projected = projectLinear(points, deadlineYear);
      return {
        id: t.id,
        indicatorKey: t.indicator_key,
        indicatorName: def?.zh ?? t.indicator_key,
        unit: t.measure === 'yoy' ? '%' : (def?.unit ?? ''),
        measure: t.measure === 'yoy' ? ('yoy' as const) : ('value' as const),
        targetValue: t.target_value,
        qualifier: t.qualifier,
        note: t.note,
        deadline: t.deadline,
        baselineValue: baseline,
        baselinePeriod: t.baseline_period ?? (baseline !== null && t.baseline_value === null ? String(p.start_year - 1) : null),
        baselineEntered: t.baseline_value !== null,
        currentValue: current,
        currentPeriod: latest ? String(latest.year) : null,
        progressPct: progress,
        projectedValue: projected,
        projectionMethod: PROJECTION_METHOD,
        status: ragStatus({ current, target: t.target_value, projected, progress, elapsedShare: elapsedShare(p.start_year, t.deadline, today) }),
      };
    }),
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      department: t.department,
      responsibleOrgId: t.responsible_org_id,
      dueDate: t.due_date,
      doneAt: t.done_at,
      overdue: t.done_at === null && t.due_date < today,
      notifiedAt: t.notified_at,
    })),
  };
}

interface TaskMarks {
  id: number;
  title: string;
  department: string;
  due_date: string;
  done_at: string | null;
  notified_at: string | null;
}

/**
 * Which existing task each task of the body is: its id, or — for a client that sends none — the first task not
 * otherwise claimed with the same title and department. 400 naming the field for an id that is not one of the
 * plan's tasks, or that two rows both claim.
 */
function matchTasks(tasks: SavePlanBody['tasks'], old: readonly TaskMarks[]): (TaskMarks | undefined)[] {
  const claimed = new Set<number>();
  const byId = tasks.map((t, i) => {
    if (t.id === undefined) return undefined;
    const k = old.find((o) => o.id === t.id);
    if (!k || claimed.has(k.id)) throw badRequest(message('plans.task_not_in_plan'), { [`tasks.${i}.id`]: message('plans.task_not_in_plan') });
    claimed.add(k.id);
    return k;
  });
  return tasks.map((t, i) => {
    if (t.id !== undefined) return byId[i];
    const k = old.find((o) => !claimed.has(o.id) && o.title === t.title && o.department === t.department);
    if (k) claimed.add(k.id);
    return k;
  });
}

/**
 * The done and notified marks an edited task keeps. A new due date clears the notified mark, so the task is told
 * again if it becomes overdue again.
 */
function marksFor(t: SavePlanBody['tasks'][number], k: TaskMarks | undefined) {
  if (!k) return { done_at: null, notified_at: null };
  return { done_at: k.done_at, notified_at: k.due_date === t.dueDate ? k.notified_at : null };
}

/** Writes the plan's targets, and its tasks in place: a task that is still there keeps its id (and what refers to it). */
async function writeChildren(trx: Executor, planId: number, body: SavePlanBody, old: readonly TaskMarks[]) {
  await replacePlanTargets(
    trx,
    planId,
    body.targets.map((t) => ({
      indicator_key: t.indicatorKey,
      measure: t.measure,
      target_value: t.targetValue,
      qualifier: t.qualifier ?? null,
      note: t.note ?? null,
      deadline: t.deadline,
      baseline_value: t.baselineValue ?? null,
      baseline_period: t.baselinePeriod ?? null,
    })),
  );
  const matched = matchTasks(body.tasks, old);
  await syncPlanTasks(
    trx,
    planId,
    body.tasks.map((t, i) => ({
      ...(matched[i] ? { id: matched[i].id } : {}),
      title: t.title,
      department: t.department,
      responsible_org_id: t.responsibleOrgId ?? null,
      due_date: t.dueDate,
      ...marksFor(t, matched[i]),
    })),
  );
}

/**
 * 400 naming the field for an end before the start, and for a responsible organisation outside the plan's region
 * (absent or elsewhere alike: the plan's region is within the actor's jurisdiction, so this is "within reach").
 */
async function checkBody(ctx: AppContext, body: SavePlanBody) {
  if (body.endYear < body.startYear) throw badRequest(message('plans.end_before_start'), { endYear: message('plans.end_before_start') });
  const ids = [...new Set(body.tasks.flatMap((t) => (t.responsibleOrgId ? [t.responsibleOrgId] : [])))];
  const regions = await findOrgRegions(ctx.db, ids);
  const fields: Record<string, ErrorText> = {};
  body.tasks.forEach((t, i) => {
    if (!t.responsibleOrgId) return;
    const region = regions.get(t.responsibleOrgId);
    if (region === undefined || !isWithinRegion(region, body.regionCode)) fields[`tasks.${i}.responsibleOrgId`] = message('plans.org_outside_region');
  });
  if (Object.keys(fields).length > 0) throw badRequest(message('plans.org_outside_region'), fields);
}

/** Creates a plan with its targets and tasks (the 重点工作责任分解表). */
export async function createPlan(ctx: AppContext, actor: Actor | null, body: SavePlanBody, isDemo = 0): Promise<number> {
  if (actor) assertRegionInJurisdiction(actor, body.regionCode);
  await checkBody(ctx, body);
  const at = nowIso(ctx);
  const work = async (trx: Executor) => {
    const id = await insertPlan(trx, {
      name: body.name,
      region_code: body.regionCode,
      start_year: body.startYear,
      end_year: body.endYear,
      source: body.source ?? null,
      is_demo: isDemo,
      created_at: at,
      updated_at: at,
    });
    await writeChildren(trx, id, body, []);
    return id;
  };
  if (!actor) return ctx.db.transaction().execute(work);
  return mutate(ctx, actor, async (trx) => {
    const id = await work(trx);
    return { value: id, audit: { action: 'plan.create', entityType: 'plan', entityId: id, regionCode: body.regionCode, after: body } };
  });
}

/** Changes a plan's header, targets and tasks; tasks are updated in place and keep their ids and marks (see matchTasks, marksFor). */
export async function updatePlan(ctx: AppContext, actor: Actor, id: number, body: SavePlanBody) {
  const p = await findPlan(ctx.db, id);
  assertCanAccess(actor, p ? { regionCode: p.region_code, orgId: null } : undefined, '工作方案');
  assertRegionInJurisdiction(actor, body.regionCode);
  await checkBody(ctx, body);
  await mutate(ctx, actor, async (trx) => {
    const old = await findTasks(trx, id);
    await updatePlanRow(trx, id, {
      name: body.name,
      region_code: body.regionCode,
      start_year: body.startYear,
      end_year: body.endYear,
      source: body.source ?? null,
      updated_at: nowIso(ctx),
    });
    await writeChildren(trx, id, body, old);
    return { value: null, audit: { action: 'plan.update', entityType: 'plan', entityId: id, regionCode: body.regionCode, after: body } };
  });
  return getPlan(ctx, actor, id);
}

/** Marks a task done (or reopens it). */
export async function setTaskDone(ctx: AppContext, actor: Actor, planId: number, taskId: number, done: boolean) {
  const p = await findPlan(ctx.db, planId);
  assertCanAccess(actor, p ? { regionCode: p.region_code, orgId: null } : undefined, '工作方案');
  const task = (await findTasks(ctx.db, planId)).find((t) => t.id === taskId);
  if (!task) throw notFound('工作任务');
  await mutate(ctx, actor, async (trx) => {
    // Reopening clears the overdue notice too: an open task past due is a new overdue state.
    await updateTask(trx, taskId, done ? { done_at: nowIso(ctx) } : { done_at: null, notified_at: null });
    return {
      value: null,
      audit: { action: done ? 'plan.task_done' : 'plan.task_reopen', entityType: 'plan_task', entityId: taskId, regionCode: p?.region_code, after: { done } },
    };
  });
  return getPlan(ctx, actor, planId);
}

/**
 * Deletes a plan entered by mistake (one audit row keeping the whole plan). A plan on which work has been recorded —
 * a task marked done, or a department told of an overdue task — is an official record others have acted on:
 * 409 naming why, and it stays.
 */
export async function deletePlan(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const p = await findPlan(ctx.db, id);
  assertCanAccess(actor, p ? { regionCode: p.region_code, orgId: null } : undefined, '工作方案');
  if (!p) throw notFound('工作方案');
  await mutate(ctx, actor, async (trx) => {
    // Read in the transaction that deletes: a task marked done meanwhile is seen here or waits for the deletion.
    const targets = await findTargets(trx, id);
    const tasks = await findTasks(trx, id);
    const done = tasks.filter((t) => t.done_at !== null).length;
    const notified = tasks.filter((t) => t.notified_at !== null).length;
    if (done > 0 || notified > 0) {
      throw conflict(message('plans.delete_has_work', { done, notified }));
    }
    await deletePlanRows(trx, id);
    return {
      value: null,
      audit: {
        action: 'plan.delete',
        entityType: 'plan',
        entityId: id,
        regionCode: p.region_code,
        before: { name: p.name, regionCode: p.region_code, startYear: p.start_year, endYear: p.end_year, source: p.source, targets, tasks },
      },
    };
  });
}
