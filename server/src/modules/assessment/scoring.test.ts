import { describe, expect, it } from 'vitest';
import { rankScore, ratioScore, scoreRegions } from './scoring.js';

describe('assessment scoring rules', () => {
  it('scores the ratio to target capped at 100%', () => {
    expect(ratioScore(50, 100, 30)).toBe(15);
    expect(ratioScore(150, 100, 30)).toBe(30);
    expect(ratioScore(null, 100, 30)).toBe(0);
  });
  it('scores rank linearly from full marks to zero', () => {
    expect(rankScore(1, 5, 20)).toBe(20);
    expect(rankScore(3, 5, 20)).toBe(10);
    expect(rankScore(5, 5, 20)).toBe(0);
    expect(rankScore(1, 1, 20)).toBe(20);
    expect(rankScore(null, 5, 20)).toBe(0);
  });
  it('totals weighted items and ranks the towns; changing a weight changes the order', () => {
    const values = new Map([
      [
        'a',
        new Map<string, number | null>([
          ['t1', 10],
          ['t2', 40],
        ]),
      ],
      [
        'b',
        new Map<string, number | null>([
          ['t1', 9],
          ['t2', 1],
        ]),
      ],
    ]);
    const scheme = (wa: number, wb: number) => [
      { indicatorKey: 'a', weight: wa, rule: 'ratio_to_target' as const, targetValue: 40 },
      { indicatorKey: 'b', weight: wb, rule: 'rank' as const, targetValue: null },
    ];
    expect(scoreRegions(scheme(60, 40), ['t1', 't2'], values).map((r) => [r.regionCode, r.total, r.rank])).toEqual([
      ['t2', 60, 1],
      ['t1', 55, 2],
    ]);
    expect(scoreRegions(scheme(20, 80), ['t1', 't2'], values).map((r) => [r.regionCode, r.total])).toEqual([
      ['t1', 85],
      ['t2', 20],
    ]);
  });
});
