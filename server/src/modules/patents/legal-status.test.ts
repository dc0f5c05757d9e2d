import { describe, expect, it } from 'vitest';
import { expiryDate, legalStateOn, terminationDate, yearsSinceFiling } from './legal-status.js';

describe('patent legal state derived from history', () => {
  it('computes the statutory term by type and filing date', () => {
    expect(expiryDate('invention', '2004-03-01')).toBe('2024-03-01');
    expect(expiryDate('utility', '2020-02-29')).toBe('2030-02-28');
    expect(expiryDate('design', '2021-05-31')).toBe('2031-05-31');
    expect(expiryDate('design', '2021-06-01')).toBe('2036-06-01');
  });

  it('an invention granted in 2010 is effective until the day its 20-year term ends', () => {
    const p = { app_date: '2004-03-01', grant_date: '2010-05-05', expires_on: '2024-03-01', terminated_on: null };
    expect(legalStateOn(p, '2009-12-31')).toBe('pending');
    expect(legalStateOn(p, '2010-05-05')).toBe('effective');
    expect(legalStateOn(p, '2024-02-29')).toBe('effective');
    expect(legalStateOn(p, '2024-03-01')).toBe('lapsed');
  });

  it('lapse for unpaid fees ends it; a restoration brings it back', () => {
    const events = [
      { kind: 'grant', event_date: '2015-01-01' },
      { kind: 'lapse', event_date: '2019-03-01' },
    ];
    expect(terminationDate(events)).toBe('2019-03-01');
    expect(terminationDate([...events, { kind: 'restoration', event_date: '2019-06-01' }])).toBeNull();
    const p = { app_date: '2012-01-01', grant_date: '2015-01-01', expires_on: '2032-01-01', terminated_on: '2019-03-01' };
    expect(legalStateOn(p, '2019-02-28')).toBe('effective');
    expect(legalStateOn(p, '2019-03-01')).toBe('lapsed');
  });

  it('a rejected application is lapsed, never pending', () => {
    const t = terminationDate([{ kind: 'rejected', event_date: '2022-08-01' }]);
    expect(legalStateOn({ app_date: '2020-01-01', grant_date: null, expires_on: '2040-01-01', terminated_on: t }, '2023-01-01')).toBe('lapsed');
  });

  it('pledges, licences and transfers do not end a patent', () => {
    expect(
      terminationDate([
        { kind: 'pledge', event_date: '2020-01-01' },
        { kind: 'transfer', event_date: '2021-01-01' },
        { kind: 'licence_exclusive', event_date: '2021-02-01' },
      ]),
    ).toBeNull();
  });

  it('counts whole years since filing', () => {
    expect(yearsSinceFiling('2013-06-01', '2023-05-31')).toBe(9);
    expect(yearsSinceFiling('2013-06-01', '2023-06-01')).toBe(10);
  });
});
