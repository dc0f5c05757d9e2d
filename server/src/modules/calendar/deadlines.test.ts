import { beforeAll, describe, expect, it } from 'vitest';
import {
  HolidayCalendar,
  addDays,
  addDaysDetailed,
  clockNotes,
  holidayCalendar,
  isWorkingDay,
  setHolidayCalendar,
  urgencyOf,
  workingDaysBetween,
} from '../../platform/deadlines.js';
import { chineseDaysArrangements } from './seed.js';
import { validateArrangement } from './arrangement.js';
import { parseDateCell } from './import-file.js';

/** The calendar as bootstrap seeds it from the installed chinese-days (no database needed for the arithmetic). */
function seededCalendar(): HolidayCalendar {
  const byYear = new Map<number, { date: string; kind: 'holiday' | 'workday' }[]>();
  for (const d of chineseDaysArrangements()) byYear.set(d.year, [...(byYear.get(d.year) ?? []), { date: d.date, kind: d.kind }]);
  return new HolidayCalendar([...byYear].map(([year, days]) => ({ year, days })));
}

beforeAll(() => setHolidayCalendar(seededCalendar()));

/**
 * A TEST FIXTURE shaped like a Spring Festival arrangement for 2027. It is NOT the State Council's 2027
 * arrangement and must never be entered as one.
 */
const FIXTURE_2027 = {
  year: 2027,
  days: [
    ...['06', '07', '08', '09', '10', '11', '12', '13', '14'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday' as const })),
    { date: '2027-02-20', kind: 'workday' as const },
  ],
};

describe('the chinese-days seed', () => {
  it('knows 2004 to 2026 and no year after, with Chinese holiday names', () => {
    const seed = chineseDaysArrangements();
    const years = [...new Set(seed.map((d) => d.year))];
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(seed.find((d) => d.date === '2026-02-17')).toEqual({ year: 2026, date: '2026-02-17', kind: 'holiday', name: '春节' });
    expect(seed.find((d) => d.date === '2026-02-28')).toEqual({ year: 2026, date: '2026-02-28', kind: 'workday', name: '春节' });
  });
});

describe('a year with no arrangement', () => {
  it('counts weekdays only and says which years were estimated', () => {
    expect(holidayCalendar().isArranged(2026)).toBe(true);
    expect(holidayCalendar().isArranged(2027)).toBe(false);
    // Friday 29 Jan 2027 + 7 working days, Monday to Friday: Feb 1–5, 8, 9.
    expect(addDaysDetailed('2027-01-29', 7, 'working')).toEqual({ due: '2027-02-09', estimatedYears: [2027] });
    // A clock from late December reaches into the next year; one inside 2026 does not.
    expect(addDaysDetailed('2026-12-28', 5, 'working')).toEqual({ due: '2027-01-04', estimatedYears: [2027] });
    expect(addDaysDetailed('2026-12-01', 5, 'working').estimatedYears).toEqual([]);
    // Calendar days do not depend on holidays.
    expect(addDaysDetailed('2027-01-29', 7, 'calendar')).toEqual({ due: '2027-02-05', estimatedYears: [] });
    expect(clockNotes('2027-01-29', '2027-02-09', 'working')).toEqual([
      { code: 'calendar.year_unarranged', params: { year: 2027 }, text: '2027年节假日安排未录入，期限按自然工作日估算' },
    ]);
    expect(clockNotes('2027-01-29', '2027-02-05', 'calendar')).toEqual([]);
  });

  it('counts on the arrangement once the year is entered (fixture data, not the official 2027 arrangement)', () => {
    const before = holidayCalendar();
    try {
      setHolidayCalendar(before.withYear(FIXTURE_2027.year, FIXTURE_2027.days));
      expect(isWorkingDay('2027-02-08')).toBe(false);
      expect(isWorkingDay('2027-02-20')).toBe(true);
      // Feb 1–5, then the fixture's holiday Feb 6–14, then Feb 15 and 16.
      expect(addDaysDetailed('2027-01-29', 7, 'working')).toEqual({ due: '2027-02-16', estimatedYears: [] });
      expect(workingDaysBetween('2027-01-29', '2027-02-16')).toBe(7);
      expect(clockNotes('2027-01-29', '2027-02-16', 'working')).toEqual([]);
      // Other years are untouched by the replacement.
      expect(addDays('2026-02-13', 2, 'working')).toBe('2026-02-24');
    } finally {
      setHolidayCalendar(before);
    }
  });
});

describe('validating an arrangement', () => {
  const body = (holidays: string[], workdays: string[] = []) => ({
    source: '测试',
    holidays: holidays.map((date) => ({ date, name: '春节' })),
    workdays: workdays.map((date) => ({ date, name: '春节' })),
  });
  const fieldsOf = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return (err as { fields?: Record<string, string> }).fields;
    }
    return undefined;
  };

  it('names a date outside the year, a repeated date and a make-up day on a weekday', () => {
    expect(fieldsOf(() => validateArrangement(2027, body(['2027-02-06', '2028-01-01'])))).toEqual({ 'holidays.1.date': '日期 2028-01-01 不在 2027 年内' });
    expect(Object.keys(fieldsOf(() => validateArrangement(2027, body(['2027-02-06'], ['2027-02-06']))) ?? {})).toEqual(['workdays.0.date']);
    expect(Object.keys(fieldsOf(() => validateArrangement(2027, body(['2027-02-06', '2027-02-06']))) ?? {})).toEqual(['holidays.1.date']);
    // 2027-02-17 is a Wednesday: a weekday is a working day anyway.
    expect(Object.keys(fieldsOf(() => validateArrangement(2027, body(['2027-02-06'], ['2027-02-17']))) ?? {})).toEqual(['workdays.0.date']);
    expect(validateArrangement(2027, body(['2027-02-07', '2027-02-06'], ['2027-02-20'])).map((d) => d.date)).toEqual([
      '2027-02-06',
      '2027-02-07',
      '2027-02-20',
    ]);
  });

  it('reads the date formats people type into a sheet', () => {
    expect(parseDateCell('2027/2/6')).toBe('2027-02-06');
    expect(parseDateCell('2027年2月6日')).toBe('2027-02-06');
    expect(parseDateCell(new Date('2027-02-06T00:00:00Z'))).toBe('2027-02-06');
    expect(parseDateCell('二月六日')).toBeNull();
  });
});

describe('deadline arithmetic on the official holiday calendar (chinese-days)', () => {
  it('Spring Festival 2026: Feb 15–23 are holidays, Saturday Feb 14 and Feb 28 are make-up working days', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    // Started Friday Feb 13: 1st working day is the make-up Saturday, the 2nd is Feb 24 after the holiday.
    expect(addDays('2026-02-13', 1, 'working')).toBe('2026-02-14');
    expect(addDays('2026-02-13', 2, 'working')).toBe('2026-02-24');
    // 7 working days from Feb 13: 14, 24, 25, 26, 27, 28 (make-up Saturday), Mar 2.
    expect(addDays('2026-02-13', 7, 'working')).toBe('2026-03-02');
    expect(addDays('2026-02-13', 7, 'calendar')).toBe('2026-02-20');
  });

  it('Spring Festival 2025: Jan 28–Feb 4 off, Sunday Jan 26 and Saturday Feb 8 worked', () => {
    expect(addDays('2025-01-24', 5, 'working')).toBe('2025-02-07');
    expect(addDays('2025-02-06', 2, 'working')).toBe('2025-02-08');
    expect(workingDaysBetween('2025-01-24', '2025-02-07')).toBe(5);
  });

  it('National Day 2025: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 worked', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(addDays('2025-09-30', 1, 'working')).toBe('2025-10-09');
    expect(addDays('2025-09-26', 5, 'working')).toBe('2025-10-10');
    expect(addDays('2025-09-26', 6, 'working')).toBe('2025-10-11');
  });

  it('National Day 2026: Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked', () => {
    expect(addDays('2026-09-18', 1, 'working')).toBe('2026-09-20');
    expect(addDays('2026-09-30', 1, 'working')).toBe('2026-10-08');
    expect(addDays('2026-09-30', 3, 'working')).toBe('2026-10-10');
    // 15 calendar days (the respondent's answer period) ignore holidays.
    expect(addDays('2026-09-30', 15, 'calendar')).toBe('2026-10-15');
  });

  it('urgency: overdue after the due date, due soon within the window', () => {
    expect(urgencyOf('2026-03-01', '2026-03-02', 2)).toBe('overdue');
    expect(urgencyOf('2026-03-04', '2026-03-02', 2)).toBe('due_soon');
    expect(urgencyOf('2026-03-10', '2026-03-02', 2)).toBe('normal');
    expect(urgencyOf(null, '2026-03-02', 2)).toBe('normal');
  });
});
