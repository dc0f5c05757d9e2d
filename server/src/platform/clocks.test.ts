import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HolidayCalendar, addDays, dueAfterPauses, holidayCalendar, pausedLength, setHolidayCalendar, usedDays } from './deadlines.js';

/**
 * The 2026 arrangement of the State Council's notice (国办发明电〔2025〕7号), as `chinese-days` carries it: Spring
 * Festival 15–23 Feb off, Sat 14 and Sat 28 Feb worked; Mid-Autumn 25–27 Sep and National Day 1–7 Oct off, Sun 20
 * Sep and Sat 10 Oct worked (only the days these tests reach).
 */
const days2026 = [
  ...['14', '28'].map((d) => ({ date: `2026-02-${d}`, kind: 'workday' as const })),
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({ date: `2026-02-${d}`, kind: 'holiday' as const })),
  { date: '2026-09-20', kind: 'workday' as const },
  ...['25', '26', '27'].map((d) => ({ date: `2026-09-${d}`, kind: 'holiday' as const })),
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const })),
  { date: '2026-10-10', kind: 'workday' as const },
];

let before: HolidayCalendar;
beforeAll(() => {
  before = holidayCalendar();
  setHolidayCalendar(
    new HolidayCalendar([
      { year: 2026, days: days2026 },
      { year: 2027, days: [] },
    ]),
  );
});
afterAll(() => setHolidayCalendar(before));

describe('clock pause and resume on the 2026 calendar', () => {
  it('a complaint received on Tue 10 Feb 2026 is due on the 7th working day: 26 Feb (14 Feb is worked, 15–23 Feb are off)', () => {
    expect(addDays('2026-02-10', 7, 'working')).toBe('2026-02-26');
    expect(dueAfterPauses({ start: '2026-02-10', days: 7, unit: 'working' }, [])).toBe('2026-02-26');
  });

  it('paused on 12 Feb and resumed on Mon 2 Mar, the 8 working days in between move it to 9 Mar', () => {
    const pause = { pausedOn: '2026-02-12', resumedOn: '2026-03-02' };
    expect(pausedLength(pause, 'working')).toBe(8);
    expect(dueAfterPauses({ start: '2026-02-10', days: 7, unit: 'working' }, [pause])).toBe('2026-03-09');
    // 2 working days used before the pause, none during it.
    expect(usedDays({ start: '2026-02-10', unit: 'working' }, '2026-03-02', [pause])).toBe(2);
  });

  it('a pause lying wholly in the Spring Festival holiday costs no working day', () => {
    const pause = { pausedOn: '2026-02-15', resumedOn: '2026-02-23' };
    expect(pausedLength(pause, 'working')).toBe(0);
    expect(dueAfterPauses({ start: '2026-02-10', days: 7, unit: 'working' }, [pause])).toBe('2026-02-26');
  });

  it('while a pause lasts the clock has no due date', () => {
    expect(dueAfterPauses({ start: '2026-02-10', days: 7, unit: 'working' }, [{ pausedOn: '2026-02-12', resumedOn: null }])).toBeNull();
  });

  it('15 working days from Thu 24 Sep 2026 skip Mid-Autumn and National Day and count Sat 10 Oct: 22 Oct; +15 with approval: 12 Nov', () => {
    expect(addDays('2026-09-24', 15, 'working')).toBe('2026-10-22');
    expect(dueAfterPauses({ start: '2026-09-24', days: 15, extendedDays: 15, unit: 'working' }, [])).toBe('2026-11-12');
  });

  it('a calendar-day clock (90 days to decide) moves by the calendar days of a hearing over National Day', () => {
    const hearing = { pausedOn: '2026-09-28', resumedOn: '2026-10-12' };
    expect(pausedLength(hearing, 'calendar')).toBe(14);
    expect(dueAfterPauses({ start: '2026-09-15', days: 90, unit: 'calendar' }, [])).toBe('2026-12-14');
    expect(dueAfterPauses({ start: '2026-09-15', days: 90, unit: 'calendar' }, [hearing])).toBe('2026-12-28');
    expect(dueAfterPauses({ start: '2026-09-15', days: 90, extendedDays: 30, unit: 'calendar' }, [hearing])).toBe('2027-01-27');
    expect(usedDays({ start: '2026-09-15', unit: 'calendar' }, '2026-10-20', [hearing])).toBe(35 - 14);
  });

  it('two pauses add up; an open one stops the count of used days where it began', () => {
    const a = { pausedOn: '2026-09-28', resumedOn: '2026-10-09' };
    const b = { pausedOn: '2026-10-14', resumedOn: null };
    // (28 Sep, 9 Oct]: 29, 30 Sep and 8, 9 Oct are working days.
    expect(pausedLength(a, 'working')).toBe(4);
    expect(usedDays({ start: '2026-09-24', unit: 'working' }, '2026-10-20', [a, b])).toBe(
      // 28 Sep (1), then 10, 12, 13, 14 Oct (4)
      5,
    );
  });
});
