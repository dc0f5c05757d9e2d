import dayjs from 'dayjs';
import { addDays, isWorkingDay } from '../../platform/deadlines.js';

/**
 * The last day of a period of `days` calendar days starting the day after `start` (期间开始之日不计算在内),
 * moved to the first working day after it when it falls on a rest day or public holiday (期间届满的最后一日
 *是节假日的，以节假日后的第一日为期满日期 — 民事诉讼法 art. 85, 公安机关办理刑事案件程序规定 art. 43).
 * Make-up working days (调休上班) count as working days.
 */
export function statutoryDue(start: string, days: number): string {
  let due = addDays(start, days, 'calendar');
  while (!isWorkingDay(due)) due = dayjs(due).add(1, 'day').format('YYYY-MM-DD');
  return due;
}

/** The Beijing date (UTC+8) of an ISO instant. */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant `hours` after `iso` (an hour-precise clock such as the 24-hour handover). */
export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

/** Whole hours (rounded up) that `at` came after `due`; 0 when on time. */
export function hoursLate(due: string, at: string): number {
  const ms = Date.parse(at) - Date.parse(due);
  return ms <= 0 ? 0 : Math.ceil(ms / 3_600_000);
}

/** Calendar days from `from` to `to` (the length of a work item's clock that ends on `to`). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}
