import { z } from 'zod';
import { ZRegionCode } from '../common.js';
import { ZIndicatorKey } from '../indicators/catalogue.js';

/** Query of the monitoring screen (一图一指数): a region (default: the user's own) and a year (default: last year). */
export const ZScreenQuery = z.object({
  region: ZRegionCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** A statistical period instead of a whole year: 2024-Q1, 2024-03, 2024-01..2024-10 (the trend stays yearly). */
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-01\.\.\d{4}-(0[1-9]|1[0-2]))?$/, '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10')
    .optional(),
});
export type ScreenQuery = z.infer<typeof ZScreenQuery>;

/** An indicator as the screen shows it (name, unit, decimals from the catalogue). */
export const ZScreenIndicator = z.object({ key: z.string(), zh: z.string(), en: z.string(), unit: z.string(), decimals: z.number().int() });
export type ScreenIndicator = z.infer<typeof ZScreenIndicator>;

/** One value with its comparison and where it came from. */
export const ZScreenValue = z.object({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  yoyPct: z.number().nullable(),
  /** computed from the platform's data, or reported (reviewed) with its source document. */
  origin: z.enum(['computed', 'reported']).nullable(),
  source: z.string().nullable(),
  /** 'min' 以上 / 'approx' 约, as published. */
  qualifier: z.string().nullable(),
});
export type ScreenValue = z.infer<typeof ZScreenValue>;

export const ZScreenRegionValues = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  values: z.record(z.string(), z.number().nullable()),
});
export type ScreenRegionValues = z.infer<typeof ZScreenRegionValues>;

export const ZScreenIndexRow = z.object({
  code: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  parts: z.array(z.object({ key: z.string(), value: z.number().nullable(), normalised: z.number().nullable() })),
});

export const ZScreenData = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.number().int(), parentCode: z.string().nullable() }),
  year: z.number().int(),
  period: z.string(),
  periodLabel: z.string(),
  generatedAt: z.string(),
  /** How often the page reloads the data (setting `screen.refresh_seconds`). */
  refreshSeconds: z.number().int(),
  indicators: z.array(ZScreenIndicator),
  /** Keys the map may be coloured by (first: the default). */
  mapIndicators: z.array(z.string()),
  kpis: z.array(z.object({ key: z.string(), current: ZScreenValue })),
  /** The region itself with its values (what a town's screen shows in place of a map of one). */
  own: ZScreenRegionValues,
  /** The child regions (counties of a city, towns of a county) with their values. */
  children: z.array(ZScreenRegionValues),
  /** The grandchildren (towns of each county), for drilling down on the map without a reload. */
  grandchildren: z.array(ZScreenRegionValues),
  trend: z.object({ years: z.array(z.number().int()), series: z.array(z.object({ key: z.string(), values: z.array(z.number().nullable()) })) }),
  topHolders: z.array(z.object({ name: z.string(), count: z.number().int() })),
  index: z.object({
    formulaZh: z.string(),
    formulaEn: z.string(),
    /** The region whose weights apply (the nearest ancestor with its own weights), null for the defaults. */
    weightsFrom: z.string().nullable(),
    weights: z.array(z.object({ key: z.string(), weight: z.number() })),
    ranking: z.array(ZScreenIndexRow),
  }),
});
export type ScreenData = z.infer<typeof ZScreenData>;

/** Schematic hex map (示意图) of a region's children and grandchildren, as GeoJSON for ECharts. */
const ZPosition = z.tuple([z.number(), z.number()]);
const ZFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string(), parent: z.string(), cp: ZPosition }),
      geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(ZPosition))) }),
    }),
  ),
});
export const ZScreenMap = z.object({ region: z.string(), schematic: z.literal(true), groups: ZFeatureCollection, leaves: ZFeatureCollection });
export type ScreenMap = z.infer<typeof ZScreenMap>;
export const ZScreenMapQuery = z.object({ region: ZRegionCode.optional() });

/** Weights of the composite index for a region (and the regions below it that have none of their own). */
export const ZIndexWeightsQuery = z.object({ region: ZRegionCode.optional() });
export const ZIndexWeights = z.object({
  region: z.string(),
  weightsFrom: z.string().nullable(),
  weights: z.array(z.object({ key: z.string(), weight: z.number() })),
});
export type IndexWeights = z.infer<typeof ZIndexWeights>;
export const ZPutIndexWeightsBody = z.object({
  region: ZRegionCode,
  weights: z
    .array(z.object({ key: ZIndicatorKey, weight: z.number().min(0, '权重不能为负数').max(1000) }))
    .min(1, '至少需要一个指标')
    .max(30)
    .refine((ws) => ws.some((w) => w.weight > 0), '至少一个指标的权重应大于0')
    .refine((ws) => new Set(ws.map((w) => w.key)).size === ws.length, '指标重复'),
});
export type PutIndexWeightsBody = z.infer<typeof ZPutIndexWeightsBody>;
