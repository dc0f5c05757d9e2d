import chineseDays from 'chinese-days';
import dayjs from 'dayjs';
import type { CalendarDayKind } from '@zhichan/contract';

/** The source recorded for years seeded from the `chinese-days` package. */
export const CHINESE_DAYS_SOURCE = 'chinese-days';

/** One day of a package year: date, holiday or make-up working day, and the holiday's Chinese name. */
export interface SeedDay {
  year: number;
  date: string;
  kind: CalendarDayKind;
  name: string;
}

let cached: SeedDay[] | undefined;

/**
 * Every arranged day the installed `chinese-days` knows (2004 onwards, up to its last year with any
 * arrangement). The package keeps its tables private; `getDayDetail` names a holiday or make-up day
 * "Spring Festival,春节,4" and a plain day by its weekday, which is how the special days are told apart.
 */
export function chineseDaysArrangements(): SeedDay[] {
  if (cached) return cached;
  const out: SeedDay[] = [];
  for (let year = 2004; ; year++) {
    const days: SeedDay[] = [];
    for (let d = dayjs(`${year}-01-01`); d.year() === year; d = d.add(1, 'day')) {
      const detail = chineseDays.getDayDetail(d.format('YYYY-MM-DD'));
      const parts = detail.name.split(',');
      if (parts.length < 2) continue;
      days.push({ year, date: detail.date, kind: detail.work ? 'workday' : 'holiday', name: parts[1] ?? parts[0] ?? '' });
    }
    if (days.length === 0) break;
    out.push(...days);
  }
  cached = out;
  return out;
}
