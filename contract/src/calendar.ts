import { z } from 'zod';
import { ZLineText } from './text.js';

/**
 * The official holiday calendar (节假日安排): per year, the public holidays (放假) and the make-up working
 * days (调休上班) the State Council's General Office announces each autumn. Working-day clocks count on it;
 * a year without an arrangement is estimated on weekdays only.
 */
export const calendarDayKinds = ['holiday', 'workday'] as const;
export const ZCalendarDayKind = z.enum(calendarDayKinds);
export type CalendarDayKind = z.infer<typeof ZCalendarDayKind>;
export const calendarDayKindLabels: Record<CalendarDayKind, { zh: string; en: string }> = {
  holiday: { zh: '放假', en: 'Holiday' },
  workday: { zh: '调休上班', en: 'Make-up working day' },
};

/** Years the calendar can hold. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;
export const ZCalendarYearParams = z.object({ year: z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '不是有效的日期');

/** One day of an arrangement as entered: the date and the holiday's name (春节). */
export const ZCalendarDayInput = z.object({ date: isoDate, name: ZLineText.trim().min(1, '请填写节日名称').max(20) });
export type CalendarDayInput = z.infer<typeof ZCalendarDayInput>;

/**
 * Enter or replace a year's arrangement: its holidays and make-up working days, and where it comes from
 * (国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕N号). Dates must fall in the year, once each.
 */
export const ZCalendarYearBody = z.object({
  source: ZLineText.trim().min(2, '请填写来源（通知名称及文号）').max(200),
  holidays: z.array(ZCalendarDayInput).min(1, '至少应有一天放假').max(120),
  workdays: z.array(ZCalendarDayInput).max(60).default([]),
});
export type CalendarYearBody = z.infer<typeof ZCalendarYearBody>;

/** A stored day of the calendar. */
export const ZCalendarDay = z.object({ date: z.string(), kind: ZCalendarDayKind, name: z.string() });
export type CalendarDay = z.infer<typeof ZCalendarDay>;

/** Whether a year's arrangement is entered, where it came from and who entered it. */
export const ZCalendarYearStatus = z.object({
  year: z.number().int(),
  status: z.enum(['arranged', 'missing']),
  source: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
  holidays: z.number().int(),
  workdays: z.number().int(),
});
export type CalendarYearStatus = z.infer<typeof ZCalendarYearStatus>;
export const ZCalendarYears = z.object({ items: z.array(ZCalendarYearStatus) });

/** One year's arrangement, day by day. */
export const ZCalendarYear = ZCalendarYearStatus.extend({ days: z.array(ZCalendarDay) });
export type CalendarYear = z.infer<typeof ZCalendarYear>;

/**
 * What the web shell asks for its banner: from 1 November, next year's arrangement is due; null when it
 * is entered or it is too early to ask.
 */
export const ZCalendarStatus = z.object({
  today: z.string(),
  currentYearMissing: z.number().int().nullable(),
  nextYearMissing: z.number().int().nullable(),
});
export type CalendarStatus = z.infer<typeof ZCalendarStatus>;
