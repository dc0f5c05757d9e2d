/**
 * The on-site complaint clock (展会投诉时限), counted in hours on stored UTC timestamps: a complaint received at
 * the desk is passed on or answered within `hours` (24 by default), and never later than the end of the fair's
 * last day (23:59:59 Beijing time; the desk closes with the fair).
 */

const HOUR = 3_600_000;

/** The end of a calendar day in Beijing time (UTC+8), as an epoch instant. */
export function endOfBeijingDay(date: string): number {
  return Date.parse(`${date}T23:59:59.999+08:00`);
}

/** The answer deadline of a complaint received at `receivedAt` at a fair whose last day is `fairEndsOn`. */
export function complaintDueAt(receivedAt: string, fairEndsOn: string, hours: number): string {
  return new Date(Math.min(Date.parse(receivedAt) + hours * HOUR, endOfBeijingDay(fairEndsOn))).toISOString();
}

/** Hours from `from` to `to`, to one decimal (negative when `to` is earlier). */
export function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 10) / 10;
}

/** Where a complaint stands on its clock at `now`: hours allowed, taken, left, overdue, handled in time. */
export function clockState(c: { receivedAt: string; dueAt: string; handledAt: string | null }, now: string) {
  const end = c.handledAt ?? now;
  return {
    hoursAllowed: hoursBetween(c.receivedAt, c.dueAt),
    hoursTaken: hoursBetween(c.receivedAt, end),
    hoursLeft: c.handledAt === null ? hoursBetween(now, c.dueAt) : null,
    overdue: c.handledAt === null ? Date.parse(now) > Date.parse(c.dueAt) : Date.parse(c.handledAt) > Date.parse(c.dueAt),
    inTime: c.handledAt === null ? null : Date.parse(c.handledAt) <= Date.parse(c.dueAt),
  };
}

/** Days a fair runs, both ends included. */
export function fairDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1;
}
