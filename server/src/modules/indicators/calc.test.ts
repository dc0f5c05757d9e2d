import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, previousPeriod, samePeriodLastYear } from '@zhichan/contract';
import { chooseYoy, perTenThousand, rankAmong, rollUp, roundTo, yoyPct } from './calc.js';
import { chooseBasis, pickPopulation } from './population.js';
import { regionAncestry } from '../regions/api.js';
import { implausibility, parseFigure } from './figures.js';
import { findIndicator } from '@zhichan/contract';

const JINING_CENSUS = 8_357_897;

describe('per-10,000 population', () => {
  it('reproduces Jining 2023 on the 2020 census: 7,420 → 8.9 and 2,791 → 3.34', () => {
    expect(perTenThousand(7420, JINING_CENSUS, 1)).toBe(8.9);
    expect(perTenThousand(2791, JINING_CENSUS, 2)).toBe(3.34);
  });
  it('reproduces Bozhou 7.5 only on the year-end resident basis, not its census', () => {
    expect(perTenThousand(3721, 4_950_000, 1)).toBe(7.5);
    expect(perTenThousand(3721, 4_996_844, 1)).toBe(7.4);
  });
  it('has no value without a population', () => {
    expect(perTenThousand(10, 0, 1)).toBeNull();
  });
});

describe('population basis', () => {
  const rows = [
    { region_code: '341600', year: 2020, basis: 'census', population: 4_996_844, source: 'census' },
    { region_code: '341600', year: 2022, basis: 'year_end_resident', population: 4_950_000, source: '统计公报' },
    { region_code: '370800', year: 2020, basis: 'census', population: JINING_CENSUS, source: 'census' },
  ];
  it('inherits the nearest ancestor’s choice and defaults to the census', () => {
    const bases = new Map([['341600', 'year_end_resident']]);
    expect(chooseBasis('341602', bases)).toEqual({ basis: 'year_end_resident', inherited: true });
    expect(chooseBasis('370811002', bases)).toEqual({ basis: 'census', inherited: true });
    expect(chooseBasis('341600', bases, 'census')).toEqual({ basis: 'census', inherited: false });
    expect(regionAncestry('370811002')).toEqual(['370811002', '370811', '370800', '370000']);
    expect(regionAncestry('370800')).toEqual(['370800', '370000']);
  });
  it('takes the latest figure of the basis in or before the year', () => {
    expect(pickPopulation(rows, '341600', 2023, 'year_end_resident')?.population).toBe(4_950_000);
    expect(pickPopulation(rows, '341600', 2023, 'census')?.year).toBe(2020);
    expect(pickPopulation(rows, '341600', 2021, 'year_end_resident')).toBeUndefined();
  });
});

describe('year on year and rank', () => {
  it('computes YoY in percent with 2 decimals', () => {
    expect(yoyPct(7420, 5634)).toBe(31.7);
    expect(yoyPct(538, 391)).toBe(37.6);
    expect(yoyPct(90, 100)).toBe(-10);
    expect(yoyPct(5, 0)).toBeNull();
    expect(yoyPct(5, null)).toBeNull();
  });
  it('ranks highest first, ties share a rank, missing values are unranked', () => {
    const r = rankAmong(
      new Map<string, number | null>([
        ['a', 10],
        ['b', 30],
        ['c', 10],
        ['d', null],
        ['e', 5],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });
  it('rolls codes up by prefix and rounds half away from zero', () => {
    expect(
      rollUp(
        new Map([
          ['370811', 2],
          ['370811002', 3],
          ['370883', 7],
        ]),
        (c) => c.startsWith('370811'),
      ),
    ).toBe(5);
    expect(roundTo(2.345, 2)).toBe(2.35);
  });
});

describe('periods', () => {
  it('parses years, quarters, months and years to date', () => {
    expect(parsePeriod('2023-Q2')).toMatchObject({ kind: 'quarter', start: '2023-04-01', end: '2023-06-30' });
    expect(parsePeriod('2024-02')?.end).toBe('2024-02-29');
    expect(parsePeriod('2023-01..2023-10')).toMatchObject({ kind: 'ytd', end: '2023-10-31' });
    expect(parsePeriod('2023-13')).toBeNull();
    expect(samePeriodLastYear('2023-01..2023-10')).toBe('2022-01..2022-10');
    expect(previousPeriod('2023-Q1')).toBe('2022-Q4');
    expect(previousPeriod('2023-01')).toBe('2022-12');
    expect(periodLabel('2023-01..2023-10')).toBe('2023年1—10月');
  });
});

describe('figures and plausibility', () => {
  const pledge = findIndicator('patent_pledge_amount_yuan');
  const cases = findIndicator('patent_dispute_cases');
  if (!pledge || !cases) throw new Error('catalogue');
  it('reads Chinese magnitudes and refuses text', () => {
    expect(parseFigure('45.2亿元')).toBe(4_520_000_000);
    expect(parseFigure('11万件')).toBe(110_000);
    expect(parseFigure('7,420')).toBe(7420);
    expect(parseFigure('9-22')).toBeNull();
    expect(parseFigure('14311.5亿元 (probably 143 loans, 11.5亿元)')).toBeNull();
  });
  const base = { previous: null, history: [], population: null, jumpFactor: 10, amountPerCapitaMax: 5000 };
  it('holds a jump of more than 10× the previous period or the history', () => {
    expect(implausibility({ ...base, def: cases, value: 120, previous: 11 })).toMatch(/上期/);
    expect(implausibility({ ...base, def: cases, value: 100, previous: 11 })).toBeNull();
    expect(implausibility({ ...base, def: cases, value: 500, history: [20, 40] })).toMatch(/历史/);
  });
  it('holds Bozhou’s garbled pledge amounts as far outside the region', () => {
    expect(implausibility({ ...base, def: pledge, value: parseFigure('14311.5亿元') ?? 0, population: 4_950_000 })).toMatch(/人均/);
    expect(implausibility({ ...base, def: pledge, value: parseFigure('837.2亿元') ?? 0, population: 4_950_000 })).toMatch(/人均/);
    expect(implausibility({ ...base, def: pledge, value: 1_150_000_000, population: 4_950_000 })).toBeNull();
  });
});

describe('which year-on-year rate is shown', () => {
  const reported = (value: number | null) => ({ value, kind: 'reported' as const });
  const computed = (value: number | null) => ({ value, kind: 'computed' as const });
  it('computes between two reported or two computed values', () => {
    expect(chooseYoy(reported(7420), reported(5634), 31.7)).toEqual({ yoyPct: 31.7, yoySource: 'computed' });
    expect(chooseYoy(computed(3), computed(2), null)).toEqual({ yoyPct: 50, yoySource: 'computed' });
  });
  it('never computes between a reported figure and last year’s computed count: the published rate, else none', () => {
    expect(chooseYoy(reported(7420), computed(12), 31.7)).toEqual({ yoyPct: 31.7, yoySource: 'published' });
    expect(chooseYoy(reported(7420), computed(12), null)).toEqual({ yoyPct: null, yoySource: null });
    expect(chooseYoy(computed(12), reported(5634), null)).toEqual({ yoyPct: null, yoySource: null });
  });
  it('falls back to the published rate when last year is missing or zero', () => {
    expect(chooseYoy(reported(48), { value: null, kind: null }, 20)).toEqual({ yoyPct: 20, yoySource: 'published' });
    expect(chooseYoy(computed(5), computed(0), null)).toEqual({ yoyPct: null, yoySource: null });
  });
});
