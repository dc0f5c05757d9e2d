import type { IndicatorValue } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { indicatorValues } from '../indicators/values.js';

/** One indicator value of a region and year, with its comparison and where it came from. */
export interface SourcedValue {
  value: number;
  lastYear: number | null;
  yoyPct: number | null;
  origin: 'computed' | 'reported';
  source: string | null;
  qualifier: string | null;
}
/** A value by region, indicator and period code (`2023`, `2024-Q1`…). */
export type ValueLookup = (region: string, key: string, period: string) => SourcedValue | undefined;

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
 * service (reported figures take precedence over computed ones there): the root region with its
 * children and grandchildren in `period`, and the root alone in each of the `trendYears`.
 * Jurisdiction is checked by the caller (the system reads on the user's behalf).
 */
export async function loadValues(ctx: AppContext, root: string, keys: string[], period: string, trendYears: number[]): Promise<ValueLookup> {
  const table = new Map<string, SourcedValue>();
  const id = (region: string, key: string, p: string) => `${region}|${key}|${p}`;
  const panel = await indicatorValues(ctx, null, { keys, regionCode: root, period, includeChildren: true, depth: 2 });
  for (const r of panel.rows) {
    const v = present(r);
    if (v) table.set(id(r.regionCode, r.indicatorKey, period), v);
  }
  const trends = await Promise.all(
    trendYears
      .filter((y) => String(y) !== period)
      .map(async (y) => ({ y, res: await indicatorValues(ctx, null, { keys, regionCode: root, period: String(y) }) })),
  );
  for (const { y, res } of trends) {
    for (const r of res.rows) {
      const v = present(r);
      if (v) table.set(id(r.regionCode, r.indicatorKey, String(y)), v);
    }
  }
  return (region, key, p) => table.get(id(region, key, p));
}
