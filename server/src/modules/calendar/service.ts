import type { CalendarDayKind, CalendarStatus, CalendarYear, CalendarYearBody, CalendarYearStatus } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { HolidayCalendar, holidayCalendar, setHolidayCalendar } from '../../platform/deadlines.js';
import { recountWorkingDayClocks } from '../../platform/work-items.js';
import { validateArrangement, type ArrangedDay } from './arrangement.js';
import { readArrangementFile } from './import-file.js';
import { findAllCalendarDays, findArrangedYears, findYearDays, findYearSummaries, insertCalendarDays, replaceYearDays } from './repository.js';
import { CHINESE_DAYS_SOURCE, chineseDaysArrangements } from './seed.js';

/**
 * The holiday calendar (节假日安排) as data: seeded from `chinese-days` for the years the package knows,
 * entered or imported by administrators for the years it does not (each State Council notice comes out
 * in the autumn before its year), and loaded into the in-memory calendar the deadline arithmetic counts on.
 */

/** From this month on, next year's arrangement is due and its absence is shown to administrators. */
const NEXT_YEAR_DUE_MONTH = 11;

/**
 * Seeds the years `chinese-days` knows and the database does not hold yet (an administrator's
 * arrangement of a year is never overwritten; a newer package adds its new years at the next start),
 * then loads the whole calendar into memory. Idempotent; run at every bootstrap.
 */
export async function loadHolidayCalendar(ctx: AppContext): Promise<void> {
  const seed = chineseDaysArrangements();
  const stored = await findArrangedYears(ctx.db);
  const at = nowIso(ctx);
  const missing = seed.filter((d) => !stored.has(d.year));
  if (missing.length > 0) {
    await ctx.db.transaction().execute((trx) =>
      insertCalendarDays(
        trx,
        missing.map((d) => ({ ...d, source: CHINESE_DAYS_SOURCE, entered_by: null, entered_at: at })),
      ),
    );
  }
  await reloadHolidayCalendar(ctx);
}

/** Reads the stored calendar into memory (after a change, and periodically for other processes' changes). */
export async function reloadHolidayCalendar(ctx: AppContext): Promise<void> {
  const rows = await findAllCalendarDays(ctx.db);
  const byYear = new Map<number, { date: string; kind: CalendarDayKind }[]>();
  for (const r of rows) {
    const year = Number(r.year);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)?.push({ date: r.date, kind: r.kind as CalendarDayKind });
  }
  setHolidayCalendar(new HolidayCalendar([...byYear].map(([year, days]) => ({ year, days }))));
}

const missingYear = (year: number): CalendarYearStatus => ({
  year,
  status: 'missing',
  source: null,
  enteredBy: null,
  enteredAt: null,
  holidays: 0,
  workdays: 0,
});

/** Every year from the first stored one to next year: arranged or missing, from which source, entered by whom. */
export async function listCalendarYears(ctx: AppContext): Promise<{ items: CalendarYearStatus[] }> {
  const rows = await findYearSummaries(ctx.db);
  const byYear = new Map<number, CalendarYearStatus>();
  for (const r of rows) {
    const y = byYear.get(r.year) ?? { ...missingYear(r.year), status: 'arranged' as const };
    y.source = r.source;
    if (r.entered_by) y.enteredBy = r.entered_by;
    if (!y.enteredAt || (r.entered_at && r.entered_at > y.enteredAt)) y.enteredAt = r.entered_at;
    if (r.kind === 'holiday') y.holidays = r.n;
    else y.workdays = r.n;
    byYear.set(r.year, y);
  }
  const next = Number(todayIso(ctx).slice(0, 4)) + 1;
  const years = [...byYear.keys()];
  const first = Math.min(next - 1, ...years);
  const last = Math.max(next, ...years);
  const items: CalendarYearStatus[] = [];
  for (let y = last; y >= first; y--) items.push(byYear.get(y) ?? missingYear(y));
  return { items };
}

/** One year's arrangement day by day (a missing year has no days). */
export async function getCalendarYear(ctx: AppContext, year: number): Promise<CalendarYear> {
  const rows = await findYearDays(ctx.db, year);
  const first = rows[0];
  if (!first) return { ...missingYear(year), days: [] };
  return {
    year,
    status: 'arranged',
    source: first.source,
    enteredBy: first.entered_by,
    enteredAt: first.entered_at,
    holidays: rows.filter((r) => r.kind === 'holiday').length,
    workdays: rows.filter((r) => r.kind === 'workday').length,
    days: rows.map((r) => ({ date: r.date, kind: r.kind as CalendarDayKind, name: r.name })),
  };
}

/** The year's arrangement as the audit row keeps it: source and the dates of each kind. */
function auditView(source: string | null, days: readonly { date: string; kind: string; name: string }[]) {
  return {
    source,
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => `${d.date} ${d.name}`),
    workdays: days.filter((d) => d.kind === 'workday').map((d) => `${d.date} ${d.name}`),
  };
}

/**
 * Enters or replaces a year's official arrangement (one transaction, one audit row). Open working-day
 * clocks that reach into the year are recounted on the new arrangement in the same transaction, and the
 * in-memory calendar is reloaded once it has committed.
 */
export async function enterCalendarYear(
  ctx: AppContext,
  actor: Actor,
  year: number,
  body: CalendarYearBody,
  days: ArrangedDay[] = validateArrangement(year, body),
  via: 'form' | 'file' = 'form',
): Promise<CalendarYear> {
  await mutate(ctx, actor, async (trx) => {
    const before = await findYearDays(trx, year);
    const at = nowIso(ctx);
    await replaceYearDays(
      trx,
      year,
      days.map((d) => ({ year, date: d.date, kind: d.kind, name: d.name, source: body.source, entered_by: actor.userId, entered_at: at })),
    );
    const recounted = await recountWorkingDayClocks(trx, holidayCalendar().withYear(year, days), year);
    return {
      value: undefined,
      audit: {
        action: before.length > 0 ? 'calendar.replace_year' : 'calendar.enter_year',
        entityType: 'holiday_calendar',
        entityId: year,
        before: before.length > 0 ? auditView(before[0]?.source ?? null, before) : null,
        after: { ...auditView(body.source, days), via, recountedWorkItems: recounted },
      },
    };
  });
  await reloadHolidayCalendar(ctx);
  return getCalendarYear(ctx, year);
}

/** Imports a year's arrangement from an Excel or CSV file (see import-file.ts), then enters it as above. */
export async function importCalendarYear(ctx: AppContext, actor: Actor, year: number, data: Buffer, source: string | undefined): Promise<CalendarYear> {
  const { body, rowOf } = await readArrangementFile(data, source);
  const days = validateArrangement(year, body, (list, i) => `rows.${rowOf[list][i] ?? i}.date`);
  return enterCalendarYear(ctx, actor, year, body, days, 'file');
}

/**
 * What the web shell's banner needs: the current year's arrangement if it is missing, and from
 * 1 November next year's (the State Council publishes it in the autumn).
 */
export async function calendarStatus(ctx: AppContext): Promise<CalendarStatus> {
  const today = todayIso(ctx);
  const year = Number(today.slice(0, 4));
  const arranged = await findArrangedYears(ctx.db, [year, year + 1]);
  const month = Number(today.slice(5, 7));
  return {
    today,
    currentYearMissing: arranged.has(year) ? null : year,
    nextYearMissing: month >= NEXT_YEAR_DUE_MONTH && !arranged.has(year + 1) ? year + 1 : null,
  };
}
