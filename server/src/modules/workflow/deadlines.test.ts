import { describe, expect, it } from 'vitest';
import { addDays, isWorkingDay, urgencyOf, workingDaysBetween } from '../../platform/deadlines.js';

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
