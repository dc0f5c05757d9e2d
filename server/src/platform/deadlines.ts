import dayjs from 'dayjs';
import chineseDays from 'chinese-days';
import type { DayUnit } from '@zhichan/contract';

/**
 * Deadline arithmetic (期限计算). Working days (工作日) follow the State Council's holiday calendar as
 * carried by `chinese-days`: public holidays are skipped and make-up working days (调休上班, often a
 * Saturday or Sunday) count. Calendar days (自然日) simply add.
 */
export function isWorkingDay(date: string): boolean {
  return chineseDays.isWorkday(date);
}

/**
 * The due date of a step started on `start` (YYYY-MM-DD) that must end within `days` days: the
 * `days`-th calendar day after it, or the `days`-th working day after it (the start day itself does
 * not count, as in the Administrative Licensing Law's counting).
 */
export function addDays(start: string, days: number, unit: DayUnit): string {
  let d = dayjs(start);
  if (unit === 'calendar') return d.add(days, 'day').format('YYYY-MM-DD');
  let left = days;
  while (left > 0) {
    d = d.add(1, 'day');
    if (isWorkingDay(d.format('YYYY-MM-DD'))) left -= 1;
  }
  return d.format('YYYY-MM-DD');
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = dayjs(from).add(1, 'day'); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) if (isWorkingDay(d.format('YYYY-MM-DD'))) n += 1;
  return n;
}

/** Urgency of a deadline on `today`: overdue after the due date, due soon within `soonDays` calendar days. */
export function urgencyOf(dueOn: string | null, today: string, soonDays: number): 'overdue' | 'due_soon' | 'normal' {
  if (!dueOn) return 'normal';
  if (dueOn < today) return 'overdue';
  if (dayjs(dueOn).diff(dayjs(today), 'day') <= soonDays) return 'due_soon';
  return 'normal';
}
