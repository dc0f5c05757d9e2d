import dayjs from 'dayjs';
import type { AppContext } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { countHighValueByRegion } from '../high-value/repository.js';

/** One indicator value of a region and year, with where it came from. */
export interface SourcedValue {
  value: number;
  origin: 'computed' | 'reported';
  source: string | null;
}
export type ValueLookup = (region: string, key: string, year: number) => SourcedValue | undefined;

/**
 * The screen's single door to indicator values: every figure it shows comes through here.
 * Values for `regions` (all at or below `root`) and the calendar `years`, restricted to `keys`.
 */
export async function loadValues(ctx: AppContext, root: string, regions: string[], keys: string[], years: number[]): Promise<ValueLookup> {
  const table = new Map<string, SourcedValue>();
  const id = (region: string, key: string, year: number) => `${region}|${key}|${year}`;
  if (keys.includes('effective_invention_patents') || keys.includes('high_value_invention_patents')) {
    const threshold = await getSetting(ctx.db, 'high_value.pledge_threshold');
    for (const year of years) {
      const date = `${year}-12-31`;
      const rows = await countHighValueByRegion(ctx.db, root, date, dayjs(date).subtract(10, 'year').format('YYYY-MM-DD'), threshold);
      for (const region of regions) {
        let effective = 0;
        let highValue = 0;
        for (const r of rows) {
          if (r.child && isWithinRegion(r.child, region)) {
            effective += Number(r.effective);
            highValue += Number(r.high_value);
          }
        }
        const source = '专利登记簿（平台计算）';
        table.set(id(region, 'effective_invention_patents', year), { value: effective, origin: 'computed', source });
        table.set(id(region, 'high_value_invention_patents', year), { value: highValue, origin: 'computed', source });
      }
    }
  }
  return (region, key, year) => table.get(id(region, key, year));
}
