import type { IndicatorValue } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { indicatorValues } from '../indicators/api.js';

/** One indicator value of a region in the screen's period, with its comparison and where it came from. */
export interface SourcedValue {
  value: number;
  lastYear: number | null;
  yoyPct: number | null;
  origin: 'computed' | 'reported';
  source: string | null;
  qualifier: string | null;
}
export interface ScreenValues {
  /** A value of a region (root, child or grandchild) in the period. */
  value(region: string, key: string): SourcedValue | undefined;
  /** The root's yearly value of a trend indicator. */
  yearly(key: string, year: number): number | null;
}

const present = (r: IndicatorValue): SourcedValue | undefined =>
  r.value === null || !r.provenance
    ? undefined
    : {
        value: r.value,
        lastYear: r.lastYearValue,
        yoyPct: r.yoyPct,
        origin: r.provenance.kind,
        source: r.provenance.source,
        qualifier: r.provenance.qualifier,
      };

/**
 * The screen's single door to indicator values, composed from the indicators module's values
 * service (reported figures take precedence over computed ones there): one panel call for the root
 * with its children and grandchildren in `period`, then the yearly trend of the root. Each values
 * call answers a year and the year before, so five trend years take at most three calls.
 * Jurisdiction is checked by the caller (the system reads on the user's behalf).
 */
export async function loadValues(
  ctx: AppContext,
  root: string,
  keys: string[],
  period: string,
  trendKeys: readonly string[],
  trendYears: number[],
): Promise<ScreenValues> {
  const values = new Map<string, SourcedValue>();
  const yearly = new Map<string, number | null>();
  const yk = (key: string, year: number) => `${key}|${year}`;
  const takeYear = (rows: IndicatorValue[], year: number) => {
    for (const r of rows) {
      if (r.regionCode !== root || !trendKeys.includes(r.indicatorKey)) continue;
      yearly.set(yk(r.indicatorKey, year), r.value);
      if (!yearly.has(yk(r.indicatorKey, year - 1))) yearly.set(yk(r.indicatorKey, year - 1), r.lastYearValue);
    }
  };
  const panel = await indicatorValues(ctx, null, { keys, regionCode: root, period, includeChildren: true, depth: 2 });
  for (const r of panel.rows) {
    const v = present(r);
    if (v) values.set(`${r.regionCode}|${r.indicatorKey}`, v);
  }
  if (/^\d{4}$/.test(period)) takeYear(panel.rows, Number(period));
  const covered = (y: number) => trendKeys.every((k) => yearly.has(yk(k, y)));
  for (const y of [...trendYears].sort((a, b) => b - a)) {
    if (covered(y)) continue;
    const res = await indicatorValues(ctx, null, { keys: [...trendKeys], regionCode: root, period: String(y) });
    takeYear(res.rows, y);
  }
  return {
    value: (region, key) => values.get(`${region}|${key}`),
    yearly: (key, year) => yearly.get(yk(key, year)) ?? null,
  };
}
