import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay, CalendarYearBody } from '@zhichan/contract';

/** One holiday as the notice states it: its name, the first and last day off, and its make-up working days. */
export interface FestivalRow {
  name: string;
  period: [Dayjs, Dayjs];
  makeUp?: Dayjs[];
}

/** The entry form: the notice and its holidays. */
export interface CalendarForm {
  source: string;
  festivals: FestivalRow[];
}

const ISO = 'YYYY-MM-DD';

/** The request body: every day of each holiday period, and the make-up working days, named after their holiday. */
export function toBody(form: CalendarForm): CalendarYearBody {
  const holidays: CalendarYearBody['holidays'] = [];
  const workdays: CalendarYearBody['workdays'] = [];
  for (const f of form.festivals) {
    for (let d = f.period[0].startOf('day'); !d.isAfter(f.period[1], 'day'); d = d.add(1, 'day')) holidays.push({ date: d.format(ISO), name: f.name });
    for (const m of f.makeUp ?? []) workdays.push({ date: m.format(ISO), name: f.name });
  }
  return { source: form.source, holidays, workdays };
}

/**
 * A stored year back in the form's shape: consecutive days off with the same name make one period; the
 * make-up days join the period of their name (or stand alone when no period has it).
 */
export function toForm(days: readonly CalendarDay[], source: string | null): CalendarForm {
  const festivals: FestivalRow[] = [];
  for (const d of days.filter((x) => x.kind === 'holiday')) {
    const last = festivals.at(-1);
    const date = dayjs(d.date);
    if (last && last.name === d.name && last.period[1].add(1, 'day').isSame(date, 'day')) last.period = [last.period[0], date];
    else festivals.push({ name: d.name, period: [date, date], makeUp: [] });
  }
  for (const d of days.filter((x) => x.kind === 'workday')) {
    const date = dayjs(d.date);
    // The nearest period of the same name (Spring Festival's make-up days fall before and after it).
    const own = festivals.filter((f) => f.name === d.name).sort((a, b) => Math.abs(a.period[0].diff(date, 'day')) - Math.abs(b.period[0].diff(date, 'day')))[0];
    if (own) own.makeUp = [...(own.makeUp ?? []), date];
    else festivals.push({ name: d.name, period: [date, date], makeUp: [date] });
  }
  return { source: source ?? '', festivals };
}
