import { findIndicator, type Plan, type SavePlanBody } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { notifyUsers, type NotificationInput } from '../../platform/notify.js';
import { indicatorValues } from '../indicators/values.js';
import { elapsedShare, progressPct, projectLinear, PROJECTION_METHOD, ragStatus } from './progress.js';
import { findDepartmentUsers, findOverdueUnnotified, findPlan, findPlans, findTargets, findTasks } from './repository.js';

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

async function writeChildren(trx: Executor, planId: number, body: SavePlanBody, keep: Map<string, { done_at: string | null; notified_at: string | null }>) {
  await trx.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
  await trx.deleteFrom('plan_tasks').where('plan_id', '=', planId).execute();
  if (body.targets.length > 0)
    await trx
      .insertInto('plan_targets')
      .values(
        body.targets.map((t) => ({
          plan_id: planId,
          indicator_key: t.indicatorKey,
          measure: t.measure,
          target_value: t.targetValue,
          qualifier: t.qualifier ?? null,
          note: t.note ?? null,
          deadline: t.deadline,
          baseline_value: t.baselineValue ?? null,
          baseline_period: t.baselinePeriod ?? null,
        })),
      )
      .execute();
  if (body.tasks.length > 0)
    await trx
      .insertInto('plan_tasks')
      .values(
        body.tasks.map((t) => {
          const k = keep.get(`${t.title}|${t.department}`);
          return {
            plan_id: planId,
            title: t.title,
            department: t.department,
            responsible_org_id: t.responsibleOrgId ?? null,
            due_date: t.dueDate,
            done_at: k?.done_at ?? null,
            notified_at: k?.notified_at ?? null,
          };
        }),
      )
      .execute();
}

function checkBody(body: SavePlanBody) {
  if (body.endYear < body.startYear) throw badRequest('结束年份不能早于开始年份', { endYear: '结束年份不能早于开始年份' });
}

/** Creates a plan with its targets and tasks (the 重点工作责任分解表). */
export async function createPlan(ctx: AppContext, actor: Actor | null, body: SavePlanBody, isDemo = 0): Promise<number> {
  if (actor) assertRegionInJurisdiction(actor, body.regionCode);
  checkBody(body);
  const at = nowIso(ctx);
  const work = async (trx: Executor) => {
    const r = await trx
      .insertInto('plans')
      .values({
        name: body.name,
        region_code: body.regionCode,
        start_year: body.startYear,
        end_year: body.endYear,
        source: body.source ?? null,
        is_demo: isDemo,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(r.id);
    await writeChildren(trx, id, body, new Map());
    return id;
  };
  if (!actor) return ctx.db.transaction().execute(work);
  return mutate(ctx, actor, async (trx) => {
    const id = await work(trx);
    return { value: id, audit: { action: 'plan.create', entityType: 'plan', entityId: id, regionCode: body.regionCode, after: body } };
  });
}

/** Replaces a plan's header, targets and tasks (tasks keep their done and notified marks by title and department). */
export async function updatePlan(ctx: AppContext, actor: Actor, id: number, body: SavePlanBody) {
  const p = await findPlan(ctx.db, id);
  assertCanAccess(actor, p ? { regionCode: p.region_code, orgId: null } : undefined, '工作方案');
  assertRegionInJurisdiction(actor, body.regionCode);
  checkBody(body);
  const old = await findTasks(ctx.db, id);
  const keep = new Map(old.map((t) => [`${t.title}|${t.department}`, { done_at: t.done_at, notified_at: t.notified_at }]));
  await mutate(ctx, actor, async (trx) => {
    await trx
      .updateTable('plans')
      .set({
        name: body.name,
        region_code: body.regionCode,
        start_year: body.startYear,
        end_year: body.endYear,
        source: body.source ?? null,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', id)
      .execute();
    await writeChildren(trx, id, body, keep);
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
    await trx
      .updateTable('plan_tasks')
      .set({ done_at: done ? nowIso(ctx) : null })
      .where('id', '=', taskId)
      .execute();
    return {
      value: null,
      audit: { action: done ? 'plan.task_done' : 'plan.task_reopen', entityType: 'plan_task', entityId: taskId, regionCode: p?.region_code, after: { done } },
    };
  });
  return getPlan(ctx, actor, planId);
}

/**
 * Tells each responsible department about its overdue tasks (once per task): the users of the
 * responsible organisation, or the region's IP bureau when the department has no account.
 */
export async function notifyOverdueTasks(ctx: AppContext, actor: Actor | null, within = actor?.regionCode ?? '') {
  const today = todayIso(ctx);
  const tasks = await findOverdueUnnotified(ctx.db, within, today);
  const items: NotificationInput[] = [];
  for (const t of tasks) {
    for (const userId of await findDepartmentUsers(ctx.db, t.responsible_org_id, t.region_code)) {
      items.push({
        userId,
        kind: 'plan_task_overdue',
        title: `工作任务已逾期：${t.title}`,
        body: `《${t.plan_name}》中由${t.department}负责的任务“${t.title}”应于 ${t.due_date} 前完成，目前尚未完成。`,
        link: `/indicators/plans/${t.plan_id}`,
      });
    }
  }
  const ids = tasks.map((t) => t.id);
  const mark = async (trx: Executor) => {
    if (ids.length > 0)
      await trx
        .updateTable('plan_tasks')
        .set({ notified_at: nowIso(ctx) })
        .where('id', 'in', ids)
        .execute();
  };
  if (actor)
    await mutate(ctx, actor, async (trx) => {
      await mark(trx);
      return {
        value: null,
        audit: {
          action: 'plan.notify_overdue',
          entityType: 'plan_task',
          entityId: null,
          regionCode: within,
          after: { tasks: ids, notifications: items.length },
        },
      };
    });
  else await ctx.db.transaction().execute(mark);
  await notifyUsers(ctx, items);
  return { tasks: ids.length, notified: items.length };
}
