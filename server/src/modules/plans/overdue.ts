import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { notifyUsers, type NotificationInput } from '../../platform/notify.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { claimTaskNotice, findDepartmentUsers, findOverdueUnnotified } from './repository.js';

/**
 * Overdue plan tasks (逾期任务提醒): each open task past its due date tells its responsible
 * department once — the users of the responsible organisation, or the region's IP bureau when the
 * department has no account. The `notified_at` mark is claimed before sending, so a second run (the
 * hourly sweep, the button, or both at once) sends nothing more; moving the due date or reopening
 * the task clears the mark, so the next overdue state is told again.
 */

type OverdueTask = Awaited<ReturnType<typeof findOverdueUnnotified>>[number];

async function noticesFor(ctx: AppContext, t: OverdueTask): Promise<NotificationInput[]> {
  const users = await findDepartmentUsers(ctx.db, t.responsible_org_id, t.region_code);
  return users.map((userId) => ({
    userId,
    kind: 'plan_task_overdue',
    title: `工作任务已逾期：${t.title}`,
    body: `《${t.plan_name}》中由${t.department}负责的任务“${t.title}”应于 ${t.due_date} 前完成，目前尚未完成。`,
    link: `/indicators/plans/${t.plan_id}`,
  }));
}

/** The periodic sweep over every plan (no actor, no audit row, like the work-item deadline sweep); returns the notices sent. */
export async function sweepOverdueTasks(ctx: AppContext): Promise<number> {
  const tasks = await findOverdueUnnotified(ctx.db, '', todayIso(ctx));
  let sent = 0;
  for (const t of tasks) {
    if (!(await claimTaskNotice(ctx.db, t.id, nowIso(ctx)))) continue;
    const items = await noticesFor(ctx, t);
    await notifyUsers(ctx, items);
    sent += items.length;
  }
  return sent;
}

/** Registers the hourly overdue-task sweep. */
export function registerOverdueSweep(): void {
  registerPeriodicSweep('plans.overdue_tasks', sweepOverdueTasks);
}

/**
 * The same notices on demand (the button; one audit row) for plans within the actor's jurisdiction,
 * or without an actor (demo loading) within a given region.
 */
export async function notifyOverdueTasks(ctx: AppContext, actor: Actor | null, within = actor?.regionCode ?? '') {
  const tasks = await findOverdueUnnotified(ctx.db, within, todayIso(ctx));
  // Recipients are looked up before the transaction (SQLite has one connection, held by it).
  const notices = await Promise.all(tasks.map((t) => noticesFor(ctx, t)));
  const claimed: number[] = [];
  const items: NotificationInput[] = [];
  const claimAll = async (trx: Executor) => {
    for (const [i, t] of tasks.entries()) {
      if (!(await claimTaskNotice(trx, t.id, nowIso(ctx)))) continue;
      claimed.push(t.id);
      items.push(...(notices[i] ?? []));
    }
  };
  if (!actor) await ctx.db.transaction().execute(claimAll);
  else
    await mutate(ctx, actor, async (trx) => {
      await claimAll(trx);
      return {
        value: null,
        audit: {
          action: 'plan.notify_overdue',
          entityType: 'plan_task',
          entityId: null,
          regionCode: within,
          after: { tasks: claimed, notifications: items.length },
        },
      };
    });
  await notifyUsers(ctx, items);
  return { tasks: claimed.length, notified: items.length };
}
