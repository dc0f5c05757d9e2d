import { roleDefinitions, roles, workStepMessage, type DayUnit, type Message, type Permission, type WorkQueue } from '@zhichan/contract';
import type { Executor } from '../db/database.js';
import type { Actor } from './actor.js';
import type { AppContext } from './context.js';
import { nowIso, todayIso } from './context.js';
import { addDays, clockNotes, dueAfterPauses, type HolidayCalendar, urgencyOf } from './deadlines.js';
import { recountRecordClocks } from './clocks.js';
import { findPausesOf } from './clocks-repository.js';
import { regionPrefix } from './jurisdiction.js';
import { notifyUsers, type NotificationInput } from './notify.js';
import { getSetting } from './settings.js';
import type { StepClock } from './workflow.js';
import {
  claimNoticeStage,
  closeOpenWorkItems,
  findActiveOrgUserIds,
  findActiveUsersWithRoles,
  findItemsDueBy,
  findOpenDueClock,
  findOpenWorkingClocksInto,
  updateWorkItemDue,
  findOpenWorkItems,
  insertWorkItem,
} from './work-items-repository.js';

/** Who must act on an open step: one organisation (the applicant), or permission holders of the record's region. */
export type Assignee = { orgId: number } | { permission: Permission };

/** A step that waits for someone (待我处理). */
export interface WorkItemInput {
  recordType: string;
  recordId: number;
  step: string;
  title: string;
  link: string;
  regionCode: string;
  assignee: Assignee;
  /** Starts the step's clock: the due date follows from today (or `clockStart`) in calendar or working days. */
  clock?: StepClock;
  /** The day the step's clock starts when not today (a clue received earlier, a notice served on a given day). */
  clockStart?: string;
}

/**
 * Closes the record's open work items and opens the next one (if any). Call it inside the
 * transition's transaction so the queue always matches the record's status.
 */
export async function moveWorkItem(ctx: AppContext, trx: Executor, recordType: string, recordId: number, next: WorkItemInput | null): Promise<void> {
  const at = nowIso(ctx);
  await closeOpenWorkItems(trx, recordType, recordId, at);
  if (!next) return;
  let dueOn: string | null = null;
  let clock: { start: string; days: number; unit: DayUnit } | null = null;
  if (next.clock) {
    const days = next.clock.setting ? await getSetting(trx, next.clock.setting) : next.clock.days;
    clock = { start: next.clockStart ?? todayIso(ctx), days, unit: next.clock.unit };
    dueOn = addDays(clock.start, days, clock.unit);
  }
  await insertWorkItem(trx, {
    record_type: next.recordType,
    record_id: next.recordId,
    step: next.step,
    title: next.title,
    link: next.link,
    region_code: next.regionCode,
    assignee_org_id: 'orgId' in next.assignee ? next.assignee.orgId : null,
    assignee_permission: 'permission' in next.assignee ? next.assignee.permission : null,
    opened_at: at,
    due_on: dueOn,
    closed_at: null,
    notified: '',
    clock_start: clock?.start ?? null,
    clock_days: clock?.days ?? null,
    clock_unit: clock?.unit ?? null,
  });
}

/**
 * The open step's due date of a record, if it has a clock, and its notes (a working-day clock that reached
 * into a year with no holiday arrangement says the date is an estimate).
 */
export async function openDue(db: Executor, recordType: string, recordId: number): Promise<{ dueOn: string | null; dueNotes: Message[] }> {
  const r = await findOpenDueClock(db, recordType, recordId);
  return { dueOn: r?.due_on ?? null, dueNotes: r ? clockNotes(r.clock_start, r.due_on, r.clock_unit as DayUnit | null) : [] };
}

/**
 * Recounts the due dates of open working-day clocks that reach into `year` on `calendar` (called in the
 * transaction that changes the year's arrangement). A due date that moves later clears the notice mark,
 * so the assignees hear about the new date. Returns how many due dates changed.
 */
export async function recountWorkingDayClocks(trx: Executor, calendar: HolidayCalendar, year: number): Promise<number> {
  const rows = await findOpenWorkingClocksInto(trx, year);
  const pauses = await findPausesOf(
    trx,
    'work_item',
    rows.map((r) => Number(r.id)),
  );
  let changed = await recountRecordClocks(trx, calendar, year);
  for (const r of rows) {
    if (r.clock_start === null || r.clock_days === null || r.due_on === null) continue;
    // Paused days never count: they are recounted on the new calendar too.
    const own = pauses.filter((p) => Number(p.clock_id) === Number(r.id)).map((p) => ({ pausedOn: p.paused_on, resumedOn: p.resumed_on }));
    const due = dueAfterPauses({ start: r.clock_start, days: r.clock_days, unit: 'working' }, own, calendar);
    if (due === null || due === r.due_on) continue;
    await updateWorkItemDue(trx, r.id, due, due > r.due_on ? '' : r.notified);
    changed += 1;
  }
  return changed;
}

/**
 * The caller's work queue (待我处理): open steps assigned to their organisation, and — for region
 * roles — steps for a permission they hold in their jurisdiction. Overdue first, then by due date.
 */
export async function findWorkQueue(ctx: AppContext, actor: Actor): Promise<WorkQueue> {
  const perms = [...actor.permissions];
  const rows = await findOpenWorkItems(ctx.db, { orgId: actor.orgId, permissions: perms, regionCode: actor.scope === 'region' ? actor.regionCode : null });
  const today = todayIso(ctx);
  const soon = await getSetting(ctx.db, 'workflow.due_soon_days');
  const items = rows.map((r) => ({
    id: r.id,
    recordType: r.record_type,
    recordId: Number(r.record_id),
    title: r.title,
    step: r.step,
    stepMessage: workStepMessage(r.step),
    link: r.link,
    regionCode: r.region_code,
    openedAt: r.opened_at,
    dueOn: r.due_on,
    dueNotes: clockNotes(r.clock_start, r.due_on, r.clock_unit as DayUnit | null),
    pausedOn: r.clock_paused_on,
    urgency: urgencyOf(r.due_on, today, soon),
  }));
  return {
    items,
    overdue: items.filter((i) => i.urgency === 'overdue').length,
    dueSoon: items.filter((i) => i.urgency === 'due_soon').length,
    total: items.length,
  };
}

/** Users who hold `permission` in an organisation whose region covers `regionCode` (the county bureau, the city …). */
async function permissionHolders(db: Executor, regionCode: string, permission: string): Promise<number[]> {
  const holders = roles.filter((r) => (roleDefinitions[r].permissions as readonly string[]).includes(permission) && roleDefinitions[r].scope === 'region');
  if (holders.length === 0) return [];
  const rows = await findActiveUsersWithRoles(db, holders);
  return rows.filter((r) => regionCode.startsWith(regionPrefix(r.region_code))).map((r) => r.id);
}

/** Users of one organisation. */
/** Who a work item's notices go to. */
export async function assigneeUserIds(db: Executor, item: { assignee_org_id: number | null; assignee_permission: string | null; region_code: string }) {
  if (item.assignee_org_id !== null) return findActiveOrgUserIds(db, Number(item.assignee_org_id));
  if (item.assignee_permission) return permissionHolders(db, item.region_code, item.assignee_permission);
  return [];
}

/**
 * The deadline sweep: every open item that became due soon or overdue notifies its assignees once
 * per stage (the `notified` mark makes a second run a no-op). Returns the notices sent.
 */
export async function sweepDeadlines(ctx: AppContext): Promise<number> {
  const today = todayIso(ctx);
  const soon = await getSetting(ctx.db, 'workflow.due_soon_days');
  const horizon = addDays(today, soon, 'calendar');
  const rows = await findItemsDueBy(ctx.db, horizon);
  let sent = 0;
  for (const r of rows) {
    const stage = urgencyOf(r.due_on, today, soon);
    if (stage === 'normal' || stage === r.notified) continue;
    // Claim the stage first: a concurrent sweep that loses the race updates nothing and sends nothing.
    if (!(await claimNoticeStage(ctx.db, r.id, r.notified, stage))) continue;
    const users = await assigneeUserIds(ctx.db, r);
    const notices: NotificationInput[] = users.map((userId) => ({
      userId,
      kind: stage === 'overdue' ? 'workflow.overdue' : 'workflow.due_soon',
      title: `${stage === 'overdue' ? '已超期' : '即将到期'}：${r.title}`,
      body: `“${r.step}”的办理期限为 ${r.due_on ?? ''}${stage === 'overdue' ? '，已超过期限，请尽快办理。' : '，请及时办理。'}`,
      link: r.link,
    }));
    await notifyUsers(ctx, notices);
    sent += notices.length;
  }
  return sent;
}

/** A module's own periodic deadline check (e.g. overdue plan tasks); returns the notices sent. Must be idempotent. */
export type PeriodicSweep = (ctx: AppContext) => Promise<number>;
const periodicSweeps = new Map<string, PeriodicSweep>();

/** Adds a module's sweep to the periodic run beside the work-item deadline sweep (registered at module load). */
export function registerPeriodicSweep(name: string, sweep: PeriodicSweep): void {
  periodicSweeps.set(name, sweep);
}

/** One periodic run: the work-item deadline sweep, then every registered module sweep (one failing does not stop the others). */
export async function runPeriodicSweeps(ctx: AppContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, sweep] of [['workflow.deadlines', sweepDeadlines] as const, ...periodicSweeps]) {
    try {
      out[name] = await sweep(ctx);
    } catch (err: unknown) {
      console.error(`periodic sweep ${name} failed:`, err);
    }
  }
  return out;
}

/** Starts the periodic deadline sweeps (hourly by default); returns the stopper. */
export function startDeadlineSweep(ctx: AppContext, everyMs = 3_600_000): () => void {
  const run = () => {
    runPeriodicSweeps(ctx).catch((err: unknown) => console.error('deadline sweep failed:', err));
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  timer.unref();
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
