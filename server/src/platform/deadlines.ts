import dayjs from 'dayjs';
import { message, type CalendarDayKind, type DayUnit, type Message } from '@zhichan/contract';

/**
 * Deadline arithmetic (期限计算). Working days (工作日) follow the official holiday calendar
 * (节假日安排): public holidays are skipped and make-up working days (调休上班, often a Saturday or
 * Sunday) count. Calendar days (自然日) simply add.
 *
 * The calendar lives in the database (the calendar module, seeded from `chinese-days` and kept by
 * administrators); this file holds the in-memory copy the synchronous functions below read. A year with no
 * arrangement counts Monday–Friday ("natural working days"), and the detailed functions say which years
 * of a clock were estimated that way so the record can show it.
 */

/** One year's official arrangement: the dates that differ from the Monday–Friday week. */
export interface YearArrangement {
  year: number;
  days: readonly { date: string; kind: CalendarDayKind }[];
}

/** An immutable holiday calendar: the arranged years and their special days. */
export class HolidayCalendar {
  private readonly special = new Map<string, CalendarDayKind>();
  private readonly years = new Set<number>();

  constructor(arrangements: Iterable<YearArrangement> = []) {
    for (const a of arrangements) {
      this.years.add(a.year);
      for (const d of a.days) this.special.set(d.date, d.kind);
    }
  }

  /** A copy with one year's arrangement replaced (or removed, with null). */
  withYear(year: number, days: YearArrangement['days'] | null): HolidayCalendar {
    const kept = this.arrangements().filter((a) => a.year !== year);
    return new HolidayCalendar(days ? [...kept, { year, days }] : kept);
  }

  /** The arrangements this calendar holds. */
  arrangements(): YearArrangement[] {
    const byYear = new Map<number, { date: string; kind: CalendarDayKind }[]>([...this.years].map((y) => [y, []]));
    for (const [date, kind] of this.special) byYear.get(Number(date.slice(0, 4)))?.push({ date, kind });
    return [...byYear].map(([year, days]) => ({ year, days }));
  }

  /** True when the year's official arrangement is known. */
  isArranged(year: number): boolean {
    return this.years.has(year);
  }

  /** A working day: a make-up working day, or Monday–Friday that is not a holiday. */
  isWorkingDay(date: string): boolean {
    const kind = this.special.get(date);
    if (kind) return kind === 'workday';
    const weekday = dayjs(date).day();
    return weekday >= 1 && weekday <= 5;
  }

  /** See the module function `addDaysDetailed`. */
  addDaysDetailed(start: string, days: number, unit: DayUnit): { due: string; estimatedYears: number[] } {
    let d = dayjs(start);
    if (unit === 'calendar') return { due: d.add(days, 'day').format('YYYY-MM-DD'), estimatedYears: [] };
    let left = days;
    while (left > 0) {
      d = d.add(1, 'day');
      if (this.isWorkingDay(d.format('YYYY-MM-DD'))) left -= 1;
    }
    const due = d.format('YYYY-MM-DD');
    return { due, estimatedYears: this.unarrangedYears(start, due) };
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = dayjs(from).add(1, 'day'); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) if (this.isWorkingDay(d.format('YYYY-MM-DD'))) n += 1;
    return n;
  }

  /** Years without an arrangement among the days strictly after `from` up to and including `to`. */
  unarrangedYears(from: string, to: string): number[] {
    if (to <= from) return [];
    const first = Number(dayjs(from).add(1, 'day').format('YYYY'));
    const last = Number(to.slice(0, 4));
    const out: number[] = [];
    for (let y = first; y <= last; y++) if (!this.years.has(y)) out.push(y);
    return out;
  }
}

// The process's calendar: empty until bootstrap loads it from the database, then replaced whenever an
// administrator changes a year (and reloaded periodically, for other server processes' changes).
let current = new HolidayCalendar();

/** The calendar the functions below count on. */
export function holidayCalendar(): HolidayCalendar {
  return current;
}

/** Installs the calendar (bootstrap, and after an administrator's change has committed). */
export function setHolidayCalendar(calendar: HolidayCalendar): void {
  current = calendar;
}

/** True for a working day on the official calendar (weekdays only in a year with no arrangement). */
export function isWorkingDay(date: string): boolean {
  return current.isWorkingDay(date);
}

/**
 * The due date of a step started on `start` (YYYY-MM-DD) that must end within `days` days: the
 * `days`-th calendar day after it, or the `days`-th working day after it (the start day itself does
 * not count, as in the Administrative Licensing Law's counting), and the years of a working-day clock
 * whose holiday arrangement was unknown (counted on weekdays only: an estimate).
 */
export function addDaysDetailed(start: string, days: number, unit: DayUnit): { due: string; estimatedYears: number[] } {
  return current.addDaysDetailed(start, days, unit);
}

/** The due date alone (see addDaysDetailed). */
export function addDays(start: string, days: number, unit: DayUnit): string {
  return current.addDaysDetailed(start, days, unit).due;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  return current.workingDaysBetween(from, to);
}

/**
 * The notes a deadline carries: one per year a working-day clock from `start` to `due` reached with no
 * arrangement ("2027年节假日安排未录入，期限按自然工作日估算"). Calendar-day clocks need none.
 */
export function clockNotes(start: string | null, due: string | null, unit: DayUnit | null): Message[] {
  if (!start || !due || unit !== 'working') return [];
  return current.unarrangedYears(start, due).map((year) => message('calendar.year_unarranged', { year }));
}

/** Urgency of a deadline on `today`: overdue after the due date, due soon within `soonDays` calendar days. */
export function urgencyOf(dueOn: string | null, today: string, soonDays: number): 'overdue' | 'due_soon' | 'normal' {
  if (!dueOn) return 'normal';
  if (dueOn < today) return 'overdue';
  if (dayjs(dueOn).diff(dayjs(today), 'day') <= soonDays) return 'due_soon';
  return 'normal';
}

/**
 * A suspension of a clock (期限中止): counting stops after `pausedOn` and starts again after `resumedOn`
 * (null while it lasts). The day of the pause still counts; the resumption day does not — it is the new
 * start of the remaining time, as the start day of a clock never counts.
 */
export interface ClockPause {
  pausedOn: string;
  resumedOn: string | null;
}

/**
 * How many days a finished pause stopped: for a working-day clock the working days strictly after
 * `pausedOn` up to and including `resumedOn` (a pause over a holiday week costs no working days it would
 * not have lost anyway); for a calendar clock the calendar days between them.
 */
export function pausedLength(pause: { pausedOn: string; resumedOn: string }, unit: DayUnit, calendar: HolidayCalendar = current): number {
  if (unit === 'working') return calendar.workingDaysBetween(pause.pausedOn, pause.resumedOn);
  return Math.max(0, dayjs(pause.resumedOn).diff(dayjs(pause.pausedOn), 'day'));
}

/**
 * The due date of a clock of `days` (+ `extendedDays` granted with approval) from `start` after its pauses:
 * the paused days never count, so the due date moves by them. Null while a pause is still open (the clock
 * stands still and has no due date until it resumes).
 */
export function dueAfterPauses(
  clock: { start: string; days: number; extendedDays?: number; unit: DayUnit },
  pauses: readonly ClockPause[],
  calendar: HolidayCalendar = current,
): string | null {
  let paused = 0;
  for (const p of pauses) {
    if (p.resumedOn === null) return null;
    paused += pausedLength({ pausedOn: p.pausedOn, resumedOn: p.resumedOn }, clock.unit, calendar);
  }
  return calendar.addDaysDetailed(clock.start, clock.days + (clock.extendedDays ?? 0) + paused, clock.unit).due;
}

/**
 * Days a clock has used by `on` (its start day not counted), its paused days left out: working or calendar
 * days according to its unit. The closure-time statistics (压缩比例) compare this with the statutory days.
 */
export function usedDays(clock: { start: string; unit: DayUnit }, on: string, pauses: readonly ClockPause[], calendar: HolidayCalendar = current): number {
  const span = (from: string, to: string) =>
    clock.unit === 'working' ? calendar.workingDaysBetween(from, to) : Math.max(0, dayjs(to).diff(dayjs(from), 'day'));
  let used = span(clock.start, on);
  for (const p of pauses) {
    const end = p.resumedOn === null || p.resumedOn > on ? on : p.resumedOn;
    if (end > p.pausedOn) used -= span(p.pausedOn, end);
  }
  return Math.max(0, used);
}
