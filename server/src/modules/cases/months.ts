import dayjs from 'dayjs';
import { statutoryDue } from '../referrals/api.js';

/**
 * A period of `months` calendar months from `start` as a number of calendar days: it ends on the same day of the
 * month `months` later, or on that month's last day when it has no such day (民法典 art. 202: 30 Nov + 3 months =
 * 28 or 29 Feb), and a last day on a rest day or public holiday moves to the next working day (the rule of
 * referrals' `statutoryDue`). The clocks count in days; this gives them the right number for this start.
 */
export function monthsAsDays(start: string, months: number): number {
  const raw = dayjs(start).add(months, 'month').diff(dayjs(start), 'day');
  return dayjs(statutoryDue(start, raw)).diff(dayjs(start), 'day');
}
