import dayjs from 'dayjs';
import type { CalendarDayKind, CalendarYearBody } from '@zhichan/contract';
import { badRequest } from '../../platform/errors.js';

/** A validated day of an arrangement. */
export interface ArrangedDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/**
 * Checks a year's arrangement as entered or imported: every date falls in the year, no date appears
 * twice (as two holidays, or as a holiday and a make-up day), and make-up working days (调休上班) are
 * Saturdays or Sundays — a weekday is a working day anyway. A 400 names each offending field
 * (`holidays.3.date`). Returns the days in date order.
 */
export function validateArrangement(
  year: number,
  body: CalendarYearBody,
  fieldOf: (list: 'holidays' | 'workdays', index: number) => string = (list, i) => `${list}.${i}.date`,
): ArrangedDay[] {
  const fields: Record<string, string> = {};
  const seen = new Map<string, string>();
  const days: ArrangedDay[] = [];
  const lists: [CalendarDayKind, 'holidays' | 'workdays'][] = [
    ['holiday', 'holidays'],
    ['workday', 'workdays'],
  ];
  for (const [kind, list] of lists) {
    body[list].forEach((d, i) => {
      const field = fieldOf(list, i);
      if (!d.date.startsWith(`${year}-`)) fields[field] = `日期 ${d.date} 不在 ${year} 年内`;
      else if (seen.has(d.date)) fields[field] = `日期 ${d.date} 重复（已见于 ${seen.get(d.date) ?? ''}）`;
      else if (kind === 'workday' && ![0, 6].includes(dayjs(d.date).day())) fields[field] = `调休上班日 ${d.date} 应为周六或周日`;
      if (!seen.has(d.date)) seen.set(d.date, field);
      days.push({ date: d.date, kind, name: d.name });
    });
  }
  if (Object.keys(fields).length > 0) {
    throw badRequest(
      `${year}年节假日安排有误：${Object.entries(fields)
        .map(([k, m]) => `${k}（${m}）`)
        .join('；')}`,
      fields,
    );
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
