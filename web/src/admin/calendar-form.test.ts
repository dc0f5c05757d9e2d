import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toBody, toForm } from './calendar-form';

describe('the holiday entry form', () => {
  it('expands each holiday period to its days and names the make-up days after it', () => {
    const body = toBody({
      source: '测试',
      festivals: [{ name: '春节', period: [dayjs('2030-02-02'), dayjs('2030-02-04')], makeUp: [dayjs('2030-01-26')] }],
    });
    expect(body).toEqual({
      source: '测试',
      holidays: ['2030-02-02', '2030-02-03', '2030-02-04'].map((date) => ({ date, name: '春节' })),
      workdays: [{ date: '2030-01-26', name: '春节' }],
    });
  });

  it('folds a stored year back into periods, and round-trips', () => {
    const days = [
      { date: '2030-01-01', kind: 'holiday' as const, name: '元旦' },
      { date: '2030-01-26', kind: 'workday' as const, name: '春节' },
      { date: '2030-02-02', kind: 'holiday' as const, name: '春节' },
      { date: '2030-02-03', kind: 'holiday' as const, name: '春节' },
      { date: '2030-10-01', kind: 'holiday' as const, name: '国庆节' },
      { date: '2030-10-02', kind: 'holiday' as const, name: '国庆节' },
    ];
    const form = toForm(days, '测试');
    expect(form.festivals.map((f) => [f.name, f.period.map((d) => d.format('MM-DD')).join('~'), (f.makeUp ?? []).length])).toEqual([
      ['元旦', '01-01~01-01', 0],
      ['春节', '02-02~02-03', 1],
      ['国庆节', '10-01~10-02', 0],
    ]);
    const back = toBody(form);
    expect([...back.holidays.map((d) => d.date), ...back.workdays.map((d) => d.date)].sort()).toEqual(days.map((d) => d.date).sort());
  });
});
