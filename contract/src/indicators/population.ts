import { z } from 'zod';
import { ZRegionCode } from '../common.js';
import { ZLineText } from '../text.js';

/** Population bases (人口口径): the 2020 census (第七次全国人口普查) or the year-end resident population (年末常住人口). */
export const populationBases = ['census', 'year_end_resident'] as const;
export const ZPopulationBasis = z.enum(populationBases);
export type PopulationBasis = z.infer<typeof ZPopulationBasis>;
export const populationBasisLabels: Record<PopulationBasis, { zh: string; en: string }> = {
  census: { zh: '人口普查', en: 'Census' },
  year_end_resident: { zh: '年末常住人口', en: 'Year-end resident population' },
};

export const ZPopulationRow = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  basis: ZPopulationBasis,
  population: z.number().int(),
  source: z.string(),
  updatedAt: z.string(),
});
export type PopulationRow = z.infer<typeof ZPopulationRow>;

export const ZPopulationQuery = z.object({ regionCode: ZRegionCode, includeChildren: z.enum(['true', 'false']).optional() });
export const ZPopulationList = z.object({
  items: z.array(ZPopulationRow),
  /** The basis each listed region's per-10,000 values use (inherited from the nearest ancestor that sets one; census by default). */
  bases: z.array(z.object({ regionCode: z.string(), basis: ZPopulationBasis, inherited: z.boolean() })),
});

export const ZPutPopulationBody = z.object({
  regionCode: ZRegionCode,
  year: z.number().int().min(1950).max(2100),
  basis: ZPopulationBasis,
  population: z.number().int().positive('人口应为正整数').max(2_000_000_000),
  source: ZLineText.trim().min(1, '请填写数据来源').max(200),
});
export const ZPutPopulationBasisBody = z.object({ regionCode: ZRegionCode, basis: ZPopulationBasis });
export const ZImportCensusBody = z.object({ regionCode: ZRegionCode });
export const ZImportCensusResult = z.object({ imported: z.number().int(), source: z.string() });

/** A row of a population import that was refused, with why (行号 and 原因). */
export const ZPopulationImportIssue = z.object({
  sheet: z.string(),
  row: z.number().int(),
  regionCode: z.string().nullable(),
  reason: z.string(),
});
/** Result of an Excel import of population series: rows stored (new or corrected) and rows refused. */
export const ZPopulationImportResult = z.object({
  accepted: z.number().int(),
  rejected: z.array(ZPopulationImportIssue),
});
export type PopulationImportResult = z.infer<typeof ZPopulationImportResult>;
