import { message, type DayUnit, type RecordClock } from '@zhichan/contract';
import type { Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import { nowIso, todayIso } from './context.js';
import { clockNotes, dueAfterPauses, holidayCalendar, pausedLength, usedDays, type ClockPause, type HolidayCalendar } from './deadlines.js';
import { badRequest, conflict } from './errors.js';
import type { RecordRef } from './parties-repository.js';
import {
  closeOpenPauses,
  findOpenWorkItemClock,
  findOpenWorkingRecordClocksInto,
  findPausesOf,
  findRecordClocks,
  findRecordPauses,
  insertPause,
  insertRecordClock,
  updateRecordClock,
  updateWorkItemClockDays,
  updateWorkItemPause,
} from './clocks-repository.js';

/**
 * Statutory clocks of a record (法定期限) that can be suspended and resumed (期限中止/恢复) and extended once
 * with approval (经批准延长). A record clock spans several steps (a penalty case's 90 days from opening to
 * decision); a work item's step clock (待我处理) is paused and resumed with the record's clocks. Paused days
 * never count: the due date moves by the paused working days (calendar days for a calendar clock).
 */

type ClockRow = Awaited<ReturnType<typeof findRecordClocks>>[number];
type PauseRow = Awaited<ReturnType<typeof findRecordPauses>>[number];

const pausesOf = (rows: readonly PauseRow[], kind: 'record' | 'work_item', id: number): ClockPause[] =>
  rows.filter((p) => p.clock_kind === kind && Number(p.clock_id) === id).map((p) => ({ pausedOn: p.paused_on, resumedOn: p.resumed_on }));

/** Starts a record clock named `key` on `start` (default today). A record has one clock of each key. */
export async function startRecordClock(
  ctx: AppContext,
  trx: Executor,
  ref: RecordRef,
  c: { key: string; label: string; days: number; unit: DayUnit; start?: string },
): Promise<void> {
  const start = c.start ?? todayIso(ctx);
  await insertRecordClock(trx, {
    record_type: ref.type,
    record_id: ref.id,
    clock_key: c.key,
    label: c.label,
    start_on: start,
    days: c.days,
    unit: c.unit,
    due_on: holidayCalendar().addDaysDetailed(start, c.days, c.unit).due,
    paused_on: null,
    stopped_on: null,
    extension_reason: null,
    created_at: nowIso(ctx),
  });
}

async function clockRow(db: Executor, ref: RecordRef, key: string): Promise<ClockRow | undefined> {
  return (await findRecordClocks(db, ref)).find((c) => c.clock_key === key);
}

/** Ends a running record clock: its step was done on `on` (default today). A clock not started is left alone. */
export async function stopRecordClock(ctx: AppContext, trx: Executor, ref: RecordRef, key: string, on?: string): Promise<void> {
  const c = await clockRow(trx, ref, key);
  if (!c || c.stopped_on) return;
  const day = on ?? todayIso(ctx);
  if (c.paused_on) {
    await closeOpenPauses(trx, ref, day);
  }
  await updateRecordClock(trx, Number(c.id), { stopped_on: day, paused_on: null });
}

/**
 * Extends a record clock once by `days` with the approval recorded in `reason` (+15 working days to decide on a
 * report, +30 days to decide a penalty case). 409 when it was already extended or has ended.
 */
export async function extendRecordClock(
  trx: Executor,
  ref: RecordRef,
  key: string,
  days: number,
  reason: string,
  opts: { step?: boolean } = {},
): Promise<void> {
  const c = await clockRow(trx, ref, key);
  if (!c) throw conflict(message('clocks.nothing_running'));
  if (c.stopped_on) throw conflict(message('clocks.stopped', { label: c.label, on: c.stopped_on }));
  if (Number(c.extended_days) > 0) throw conflict(message('clocks.already_extended', { label: c.label, days: Number(c.extended_days) }));
  const pauses = pausesOf(await findRecordPauses(trx, ref), 'record', Number(c.id));
  const due = dueAfterPauses({ start: c.start_on, days: c.days, extendedDays: days, unit: c.unit as DayUnit }, pauses);
  await updateRecordClock(trx, Number(c.id), { extended_days: days, extension_reason: reason, due_on: due });
  // The open step counts on the same clock (待我处理 shows the extended due date).
  const item = opts.step ? await findOpenWorkItemClock(trx, ref) : undefined;
  if (item && item.clock_start !== null && item.clock_days !== null) {
    const itemPauses = pausesOf(await findRecordPauses(trx, ref), 'work_item', Number(item.id));
    await updateWorkItemClockDays(trx, Number(item.id), item.clock_days + days);
    await updateWorkItemPause(trx, Number(item.id), {
      clock_paused_on: item.clock_paused_on,
      due_on: dueAfterPauses({ start: item.clock_start, days: item.clock_days + days, unit: item.clock_unit as DayUnit }, itemPauses),
    });
  }
}

function checkDay(ctx: AppContext, on: string, earliest: string, code: 'clocks.date_before_start' | 'clocks.date_before_pause') {
  if (on > todayIso(ctx)) throw badRequest(message('clocks.date_future', { on }), { on: message('clocks.date_future', { on }) });
  if (on < earliest) {
    const m = code === 'clocks.date_before_start' ? message(code, { on, start: earliest }) : message(code, { on, pausedOn: earliest });
    throw badRequest(m, { on: m });
  }
}

/**
 * Suspends every running clock of the record — its record clocks and its open work item's step clock — from
 * `on` (期限中止: hearing, testing, public notice, an accepted invalidation request), with the reason. 409 when
 * they already stand still or none runs; 400 for a date in the future or before a clock started. `keys` limits it to
 * some record clocks (a hearing stops the decision's clock, not the party's own window to ask for one).
 */
export async function pauseClocks(
  ctx: AppContext,
  trx: Executor,
  ref: RecordRef,
  p: {
    on: string;
    reason: string;
    /** Only these record clocks (default: all running). */ keys?: readonly string[];
    /** Also the open step's clock (default true). */ workItem?: boolean;
  },
): Promise<number> {
  const clocks = (await findRecordClocks(trx, ref)).filter((c) => !c.stopped_on && (!p.keys || p.keys.includes(c.clock_key)));
  const item = p.workItem === false ? undefined : await findOpenWorkItemClock(trx, ref);
  const already = clocks.find((c) => c.paused_on) ?? (item?.clock_paused_on ? { paused_on: item.clock_paused_on } : undefined);
  if (already?.paused_on) throw conflict(message('clocks.already_paused', { on: already.paused_on }));
  const itemRuns = item && item.clock_start !== null && item.due_on !== null;
  if (clocks.length === 0 && !itemRuns) throw conflict(message('clocks.nothing_running'));
  const starts = [...clocks.map((c) => c.start_on), ...(itemRuns && item.clock_start ? [item.clock_start] : [])];
  checkDay(
    ctx,
    p.on,
    starts.reduce((a, b) => (a > b ? a : b)),
    'clocks.date_before_start',
  );
  const at = nowIso(ctx);
  let n = 0;
  for (const c of clocks) {
    await insertPause(trx, {
      clock_kind: 'record',
      clock_id: Number(c.id),
      record_type: ref.type,
      record_id: ref.id,
      paused_on: p.on,
      resumed_on: null,
      reason: p.reason,
      created_at: at,
    });
    await updateRecordClock(trx, Number(c.id), { paused_on: p.on, due_on: null });
    n += 1;
  }
  if (itemRuns) {
    await insertPause(trx, {
      clock_kind: 'work_item',
      clock_id: Number(item.id),
      record_type: ref.type,
      record_id: ref.id,
      paused_on: p.on,
      resumed_on: null,
      reason: p.reason,
      created_at: at,
    });
    await updateWorkItemPause(trx, Number(item.id), { clock_paused_on: p.on, due_on: null });
    n += 1;
  }
  return n;
}

/**
 * Resumes the record's suspended clocks on `on` (期限恢复): each due date moves by the days the pause stopped.
 * 409 when nothing is suspended; 400 for a date in the future or before the suspension.
 */
export async function resumeClocks(ctx: AppContext, trx: Executor, ref: RecordRef, p: { on: string }): Promise<void> {
  const clocks = (await findRecordClocks(trx, ref)).filter((c) => !c.stopped_on && c.paused_on);
  const item = await findOpenWorkItemClock(trx, ref);
  const pausedOn = clocks[0]?.paused_on ?? item?.clock_paused_on ?? null;
  if (!pausedOn) throw conflict(message('clocks.not_paused'));
  checkDay(ctx, p.on, pausedOn, 'clocks.date_before_pause');
  await closeOpenPauses(trx, ref, p.on);
  const pauses = await findRecordPauses(trx, ref);
  for (const c of clocks) {
    const due = dueAfterPauses(
      { start: c.start_on, days: c.days, extendedDays: Number(c.extended_days), unit: c.unit as DayUnit },
      pausesOf(pauses, 'record', Number(c.id)),
    );
    await updateRecordClock(trx, Number(c.id), { paused_on: null, due_on: due });
  }
  if (item?.clock_paused_on && item.clock_start !== null && item.clock_days !== null) {
    const due = dueAfterPauses(
      { start: item.clock_start, days: item.clock_days, unit: item.clock_unit as DayUnit },
      pausesOf(pauses, 'work_item', Number(item.id)),
    );
    await updateWorkItemPause(trx, Number(item.id), { clock_paused_on: null, due_on: due });
  }
}

/** The record's clocks as its page shows them, on `today`. */
export async function recordClocks(db: Executor, ref: RecordRef, today: string): Promise<RecordClock[]> {
  const [clocks, pauses] = await Promise.all([findRecordClocks(db, ref), findRecordPauses(db, ref)]);
  return clocks.map((c) => presentClock(c, pauses, today));
}

/** One clock row (with the record's pause rows) as a view on `today`. */
export function presentClock(c: ClockRow, pauseRows: readonly PauseRow[], today: string): RecordClock {
  const unit = c.unit as DayUnit;
  const own = pauseRows.filter((p) => p.clock_kind === 'record' && Number(p.clock_id) === Number(c.id));
  const pauses = own.map((p) => ({
    pausedOn: p.paused_on,
    resumedOn: p.resumed_on,
    reason: p.reason,
    days: p.resumed_on ? pausedLength({ pausedOn: p.paused_on, resumedOn: p.resumed_on }, unit) : null,
  }));
  const end = c.stopped_on ?? today;
  const state = c.stopped_on ? 'stopped' : c.paused_on ? 'paused' : c.due_on && c.due_on < today ? 'overdue' : 'running';
  return {
    key: c.clock_key,
    label: c.label,
    startOn: c.start_on,
    days: c.days,
    extendedDays: Number(c.extended_days),
    extensionReason: c.extension_reason,
    unit,
    dueOn: c.due_on,
    state,
    stoppedOn: c.stopped_on,
    usedDays: usedDays(
      { start: c.start_on, unit },
      end,
      own.map((p) => ({ pausedOn: p.paused_on, resumedOn: p.resumed_on })),
    ),
    pausedDays: pauses.reduce((s, p) => s + (p.days ?? 0), 0),
    pauses,
    notes: clockNotes(c.start_on, c.due_on, unit),
  };
}

/**
 * Refuses a step once its clock has run out where the law allows no late step (a hearing asked for after the
 * 5 days): 409 naming the clock and its due date. A paused or stopped clock has not run out.
 */
export async function assertClockOpen(db: Executor, ref: RecordRef, key: string, today: string): Promise<void> {
  const c = await clockRow(db, ref, key);
  if (c && !c.stopped_on && c.due_on && c.due_on < today) throw conflict(message('clocks.expired', { label: c.label, due: c.due_on }));
}

/**
 * Recounts running working-day record clocks reaching into `year` on `calendar` (in the transaction that
 * changes its arrangement), their pauses counted on the same calendar. Returns how many due dates changed.
 */
export async function recountRecordClocks(trx: Executor, calendar: HolidayCalendar, year: number): Promise<number> {
  const rows = await findOpenWorkingRecordClocksInto(trx, year);
  const pauses = await findPausesOf(
    trx,
    'record',
    rows.map((r) => Number(r.id)),
  );
  let changed = 0;
  for (const r of rows) {
    const own = pauses.filter((p) => Number(p.clock_id) === Number(r.id)).map((p) => ({ pausedOn: p.paused_on, resumedOn: p.resumed_on }));
    const due = dueAfterPauses({ start: r.start_on, days: r.days, extendedDays: Number(r.extended_days), unit: 'working' }, own, calendar);
    if (due === null || due === r.due_on) continue;
    await updateRecordClock(trx, Number(r.id), { due_on: due });
    changed += 1;
  }
  return changed;
}
