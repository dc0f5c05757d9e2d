import { z } from 'zod';
import { ZRegionCode } from '../common.js';
import { ZPeriodCode } from './periods.js';
import { ZPopulationBasis } from './population.js';
import { ZLineText } from '../text.js';

const ZCsv = ZLineText.trim().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

/** GET /api/indicators/values: indicators for a region (and its children) in one period. */
export const ZIndicatorValuesQuery = z.object({
  /** Comma-separated indicator keys; empty means every indicator of the catalogue. */
  keys: ZCsv.optional(),
  regionCode: ZRegionCode,
  period: ZPeriodCode,
  /** Also the child regions (city → counties → towns); `depth` 2 adds grandchildren. */
  includeChildren: z.enum(['true', 'false']).optional(),
  depth: z.coerce.number().int().min(1).max(2).optional(),
  /** Population basis for per-10,000 values, overriding the region's chosen basis. */
  basis: ZPopulationBasis.optional(),
});

/** Where a value comes from: computed from the platform's data, or reported with its source document. */
export const ZProvenance = z.object({
  kind: z.enum(['computed', 'reported']),
  /** The source document (reported), or what was counted (computed). */
  source: z.string(),
  period: z.string(),
  /** Per-10,000 values: the population used. */
  basis: z.object({ basis: ZPopulationBasis, year: z.number().int(), population: z.number().int(), source: z.string(), regionCode: z.string() }).nullable(),
  /** 'min' = at least (以上), 'approx' = about (约) as published. */
  qualifier: z.string().nullable(),
  reportedId: z.number().int().nullable(),
  /**
   * A value derived from another indicator's value (per-10,000 from its count): which one, its value
   * and the formula. `kind`, `source`, `qualifier` and `reportedId` are then the count's.
   */
  derivedFrom: z.object({ indicatorKey: z.string(), value: z.number(), formula: z.string() }).nullable(),
});
export type Provenance = z.infer<typeof ZProvenance>;

export const ZIndicatorValue = z.object({
  indicatorKey: z.string(),
  regionCode: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  lastYearValue: z.number().nullable(),
  /** Year-on-year change in percent, 2 decimals: computed from last year's value, or the published rate. */
  yoyPct: z.number().nullable(),
  yoySource: z.enum(['computed', 'published']).nullable(),
  /** Rank among the sibling regions in this answer (1 = highest), or the published provincial rank of the root. */
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
  rankScope: z.enum(['siblings', 'province_published']).nullable(),
  provenance: ZProvenance.nullable(),
  /** The computed value when a reported figure took precedence (for comparison). */
  computedValue: z.number().nullable(),
});
export type IndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZValueRegion = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
  /** 0 for the asked region, 1 its children, 2 grandchildren. */
  depth: z.number().int(),
});

export const ZIndicatorValues = z.object({
  period: z.string(),
  periodLabel: z.string(),
  lastYearPeriod: z.string(),
  keys: z.array(z.string()),
  regions: z.array(ZValueRegion),
  rows: z.array(ZIndicatorValue),
});
export type IndicatorValues = z.infer<typeof ZIndicatorValues>;
