import { describe, expect, it } from 'vitest';
import type { FeeScheduleRow } from '@zhichan/contract';
import { computeFee, feeYearDates, graceFeeYear, monthsLate, nextFeeYear, stageOf, type FeeRules } from './fees.js';
import { NONE, nextDueDays } from './fee-index.js';

const src = 'test';
const band = (kind: FeeScheduleRow['kind'], fromYear: number, toYear: number, feeYuan: number): FeeScheduleRow => ({
  kind,
  fromYear,
  toYear,
  feeYuan,
  source: src,
  verified: true,
});
const rules: FeeRules = {
  schedule: [band('invention', 7, 9, 2000), band('invention', 10, 12, 4000), band('utility', 4, 5, 900), band('design', 6, 8, 1200)],
  graceMonths: 6,
  surchargePct: 5,
};
const invention = { kind: 'invention' as const, appDate: '2018-03-15', grantDate: '2021-06-10' };

describe('annual fees: worked examples (专利法实施细则; domain-rules.md)', () => {
  it('the next fee is for the year after the current one, due the day before the filing anniversary', () => {
    // Filed 2018-03-15, granted 2021-06-10 (year 4, paid with the grant). On 2025-01-01 the patent is in year 7;
    // year 8 starts on 2025-03-15, so its fee (2,000 yuan, band 7–9) is due by 2025-03-14: 72 days, the 90-day reminder.
    expect(nextFeeYear(invention, '2025-01-01')).toBe(8);
    const c = computeFee(invention, 8, '2025-01-01', rules, []);
    expect(c).toMatchObject({ dueOn: '2025-03-14', yearStarts: '2025-03-15', daysLeft: 72, stage: 'd90', fee: 2000, amount: 2000, surcharge: 0, total: 2000 });
    expect(c?.lines.map((l) => l.text)).toEqual([
      '第8年度年费 2,000.00 元（发明专利第7–9年档，年费标准表）',
      '缴费期限：2025-03-14 前（申请日 2018-03-15，第8年度自 2025-03-15 起）',
    ]);
  });

  it('the first fee after the grant is the year after the grant year, whatever today is', () => {
    // Granted in year 4 (2021-06-10): on the grant day the next fee is year 5's, due 2022-03-14.
    expect(nextFeeYear(invention, '2021-06-10')).toBe(5);
    expect(feeYearDates(invention.appDate, 5)).toEqual({ yearStarts: '2022-03-15', dueOn: '2022-03-14' });
  });

  it('reminders go out at 90, 30 and 7 days before the due date', () => {
    expect([91, 90, 31, 30, 8, 7, 0, -1].map(stageOf)).toEqual([null, 'd90', 'd90', 'd30', 'd30', 'd7', 'd7', 'grace']);
  });

  it('in the grace period the surcharge is 5 % of the year’s fee per month late, a month started counting', () => {
    expect(monthsLate('2025-03-14', '2025-03-14')).toBe(0);
    expect(monthsLate('2025-03-14', '2025-03-15')).toBe(1);
    expect(monthsLate('2025-03-14', '2025-04-14')).toBe(1);
    expect(monthsLate('2025-03-14', '2025-04-15')).toBe(2);
    // 2025-05-20 is past 2025-05-14 (2 months): the third month → 2,000 × 5 % × 3 = 300 yuan; grace ends 2025-09-14.
    expect(graceFeeYear(invention, '2025-05-20', 6)).toBe(8);
    const c = computeFee(invention, 8, '2025-05-20', rules, []);
    expect(c).toMatchObject({ stage: 'grace', monthsLate: 3, surcharge: 300, total: 2300, graceEndsOn: '2025-09-14' });
    expect(c?.lines[2]?.text).toContain('滞纳金 = 2,000.00 × 5% × 3 = 300.00 元');
    // Past the grace period there is no grace year any more (the patent terminates from the due date).
    expect(graceFeeYear(invention, '2025-09-15', 6)).toBeNull();
    // The sixth month is the last: 2,000 × 5 % × 6 = 600.
    expect(computeFee(invention, 8, '2025-09-14', rules, [])?.surcharge).toBe(600);
  });

  it('the open-licence reduction takes 15 % off the fee, not off the surcharge, and does not stack', () => {
    const ol = { percent: 15, basis: '财税〔2024〕23号' };
    const c = computeFee(invention, 8, '2025-01-01', rules, [ol, { percent: 10, basis: 'other' }]);
    expect(c).toMatchObject({ amount: 1700, reduction: ol, total: 1700 });
    const late = computeFee(invention, 8, '2025-04-20', rules, [ol]);
    // 1,700 after the reduction + 2,000 × 5 % × 2 = 200.
    expect(late).toMatchObject({ amount: 1700, surcharge: 200, total: 1900 });
  });

  it('a utility model and a design read their own bands; a year the table does not cover gives no fee', () => {
    const utility = { kind: 'utility' as const, appDate: '2020-02-29', grantDate: '2020-12-01' };
    // 29 February: year 5 starts on 2024-02-29 (leap year), the fee is due 2024-02-28.
    expect(computeFee(utility, 5, '2024-01-10', rules, [])).toMatchObject({ dueOn: '2024-02-28', fee: 900, stage: 'd90' });
    const design = { kind: 'design' as const, appDate: '2019-07-01', grantDate: '2020-01-01' };
    expect(computeFee(design, 7, '2025-06-01', rules, [])).toMatchObject({ dueOn: '2025-06-30', fee: 1200, stage: 'd30' });
    expect(computeFee(design, 11, '2025-06-01', rules, [])).toBeNull();
  });

  it('the fee index’s integer rule gives the same days as the date rule', () => {
    const ymd = (s: string) => Number(s.replaceAll('-', ''));
    const dayNo = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
    const cases = [
      { p: invention, today: '2025-01-01' },
      { p: invention, today: '2021-06-10' },
      { p: invention, today: '2025-03-14' },
      { p: invention, today: '2025-03-15' },
      { p: { kind: 'utility' as const, appDate: '2020-02-29', grantDate: '2020-12-01' }, today: '2023-02-27' },
      { p: { kind: 'utility' as const, appDate: '2020-02-29', grantDate: '2020-12-01' }, today: '2024-02-28' },
    ];
    for (const { p, today } of cases) {
      const c = computeFee(p, nextFeeYear(p, today), today, { ...rules, schedule: [band(p.kind, 1, 20, 1)] }, []);
      const expires = ymd(p.appDate) + 200000;
      expect(nextDueDays(ymd(p.appDate), ymd(p.grantDate), 0, expires, ymd(today), dayNo(today))).toBe(c?.daysLeft);
    }
    // Not in force (not granted yet; terminated) → no fee.
    expect(nextDueDays(20180315, 20260101, 0, 20380315, 20250101, dayNo('2025-01-01'))).toBe(NONE);
    expect(nextDueDays(20180315, 20210610, 20240315, 20380315, 20250101, dayNo('2025-01-01'))).toBe(NONE);
  });
});
