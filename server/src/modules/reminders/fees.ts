import dayjs from 'dayjs';
import { message, type FeeKind, type FeeScheduleRow, type FeeStage, type Message } from '@zhichan/contract';
import { roundFen, yuanText } from '../../platform/policy.js';
import { annualFeeAfterReduction, type FeeReduction } from '../open-licensing/api.js';

/**
 * Annual fees (专利年费; 专利法实施细则, CNIPA fee schedule; domain-rules.md "Annual fees"), as pure functions.
 *
 * - Patent years run from the filing date: year k is [filing + (k−1) years, filing + k years).
 * - The fee of the year in which the grant is registered is paid with the grant registration; every later year's
 *   fee is due before that year starts, i.e. by the day before the filing date's anniversary (上一年度期满前缴纳).
 * - Unpaid on time: a grace period of `graceMonths` (6) months with a surcharge of `surchargePct` (5) % of that
 *   year's full fee per month late (a month started counts), after which the patent terminates from the due date.
 * - Reminders at 90, 30 and 7 days before the due date.
 */

export interface FeeRules {
  schedule: readonly FeeScheduleRow[];
  graceMonths: number;
  surchargePct: number;
}

/** The registry facts a fee needs. */
export interface FeePatent {
  kind: FeeKind;
  appDate: string;
  grantDate: string;
}

/** Days before the due date at which a reminder goes out, largest first. */
export const reminderDays = [90, 30, 7] as const;

const d = (s: string) => dayjs(s.slice(0, 10));
const iso = (x: dayjs.Dayjs) => x.format('YYYY-MM-DD');

/** The patent year (1-based) a date falls in. */
export function patentYearOn(appDate: string, on: string): number {
  return d(on).diff(d(appDate), 'year') + 1;
}

/** When patent year `year` starts, and the fee's due date (the day before). */
export function feeYearDates(appDate: string, year: number): { yearStarts: string; dueOn: string } {
  const start = d(appDate).add(year - 1, 'year');
  return { yearStarts: iso(start), dueOn: iso(start.subtract(1, 'day')) };
}

/** The year's fee from the table; null when no band covers it. */
export function feeOf(schedule: readonly FeeScheduleRow[], kind: FeeKind, year: number): FeeScheduleRow | null {
  return schedule.find((r) => r.kind === kind && r.fromYear <= year && year <= r.toYear) ?? null;
}

/** The stage of a fee `daysLeft` days before its due date: 7, 30 or 90 days, or none yet. */
export function stageOf(daysLeft: number): FeeStage | null {
  if (daysLeft < 0) return 'grace';
  if (daysLeft <= 7) return 'd7';
  if (daysLeft <= 30) return 'd30';
  if (daysLeft <= 90) return 'd90';
  return null;
}

/** Months late (a month started counts), from 1 the day after the due date; 0 on or before it. */
export function monthsLate(dueOn: string, on: string): number {
  if (on <= dueOn) return 0;
  let m = 1;
  while (iso(d(dueOn).add(m, 'month')) < on) m += 1;
  return m;
}

/** The next annual fee of a granted patent on `today`: the first year after the grant year not yet started. */
export function nextFeeYear(p: FeePatent, today: string): number {
  const grantYear = patentYearOn(p.appDate, p.grantDate);
  return Math.max(grantYear + 1, patentYearOn(p.appDate, today) + 1);
}

/**
 * The fee year overdue in its grace period on `today`, if any: the latest year after the grant year whose due
 * date has passed less than `graceMonths` ago. Whether it is actually unpaid is the registry's fact (its legal
 * status text), not this function's.
 */
export function graceFeeYear(p: FeePatent, today: string, graceMonths: number): number | null {
  const year = patentYearOn(p.appDate, today);
  if (year <= patentYearOn(p.appDate, p.grantDate)) return null;
  const { dueOn } = feeYearDates(p.appDate, year);
  return today <= iso(d(dueOn).add(graceMonths, 'month')) ? year : null;
}

export interface FeeComputation {
  feeYear: number;
  dueOn: string;
  yearStarts: string;
  daysLeft: number;
  stage: FeeStage | null;
  fee: number;
  band: FeeScheduleRow;
  reduction: { percent: number; basis: string } | null;
  amount: number;
  graceEndsOn: string;
  monthsLate: number;
  surcharge: number;
  total: number;
  lines: Message[];
}

const kindNames: Record<FeeKind, { zh: string; en: string }> = {
  invention: { zh: '发明专利', en: 'invention' },
  utility: { zh: '实用新型专利', en: 'utility model' },
  design: { zh: '外观设计专利', en: 'design' },
};

/**
 * The fee of `feeYear` as of `today`: amount after a (non-stacking) reduction, and once late the months and the
 * surcharge (on the year's full fee: 当年全额年费 × 5 % per month). Null when the table has no band for the year.
 */
export function computeFee(p: FeePatent, feeYear: number, today: string, rules: FeeRules, reductions: readonly FeeReduction[]): FeeComputation | null {
  const band = feeOf(rules.schedule, p.kind, feeYear);
  if (!band) return null;
  const { yearStarts, dueOn } = feeYearDates(p.appDate, feeYear);
  const daysLeft = d(dueOn).diff(d(today), 'day');
  const fee = band.feeYuan;
  // Reductions do not stack: the most favourable single one applies (open-licensing/api.ts).
  const { amount, applied: reduction } = annualFeeAfterReduction(fee, reductions);
  const late = Math.min(monthsLate(dueOn, today), rules.graceMonths);
  const surcharge = roundFen((fee * rules.surchargePct * late) / 100);
  const graceEndsOn = iso(d(dueOn).add(rules.graceMonths, 'month'));
  const total = roundFen(amount + surcharge);
  const kind = kindNames[p.kind];
  const lines: Message[] = [
    message('reminders.fee.base', { year: feeYear, fee: yuanText(fee), kind: kind.zh, kindEn: kind.en, from: band.fromYear, to: band.toYear }),
    message('reminders.fee.due', { dueOn, appDate: p.appDate.slice(0, 10), year: feeYear, yearStarts }),
  ];
  if (reduction) lines.push(message('reminders.fee.reduction', { percent: reduction.percent, basis: reduction.basis, amount: yuanText(amount) }));
  if (late > 0)
    lines.push(
      message('reminders.fee.surcharge', { months: late, fee: yuanText(fee), surcharge: yuanText(surcharge), total: yuanText(total), graceEnds: graceEndsOn }),
    );
  return {
    feeYear,
    dueOn,
    yearStarts,
    daysLeft,
    stage: stageOf(daysLeft),
    fee,
    band,
    reduction,
    amount,
    graceEndsOn,
    monthsLate: late,
    surcharge,
    total,
    lines,
  };
}
