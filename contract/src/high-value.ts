import { z } from 'zod';
import { ZIsoDate, ZRegionCode } from './common.js';
import { ZLineText } from './text.js';

/** The five CNIPA criteria of a high-value invention patent (高价值发明专利, 2021). */
export const highValueCriteria = ['strategic_industry', 'overseas_family', 'maintained_10_years', 'high_pledge', 'patent_award'] as const;
export const ZHighValueCriterion = z.enum(highValueCriteria);
export type HighValueCriterion = z.infer<typeof ZHighValueCriterion>;
export const highValueCriterionLabels: Record<HighValueCriterion, { zh: string; en: string }> = {
  strategic_industry: { zh: '属于战略性新兴产业', en: 'Strategic emerging industry' },
  overseas_family: { zh: '有海外同族专利权', en: 'Granted overseas family member' },
  maintained_10_years: { zh: '维持年限超过10年', en: 'Maintained more than 10 years' },
  high_pledge: { zh: '实现较高质押融资金额', en: 'High pledge financing' },
  patent_award: { zh: '获得中国专利奖等奖项', en: 'China Patent Award' },
};

export const ZHighValueAssessment = z.object({
  /** Whether the patent is an effective invention patent on the date (a precondition). */
  eligible: z.boolean(),
  highValue: z.boolean(),
  asOf: z.string(),
  criteria: z.array(z.object({ criterion: ZHighValueCriterion, label: z.string(), met: z.boolean(), evidence: z.string() })),
});
export type HighValueAssessment = z.infer<typeof ZHighValueAssessment>;

export const ZConcordanceRow = z.object({
  industryCode: ZLineText.trim().min(1, '请填写产业代码').max(20),
  industryName: ZLineText.trim().min(1, '请填写产业名称').max(100),
  ipcPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{2,6})?)?)?)?$/, 'IPC 代码格式不正确，例如 H01M 或 H01M10/05')),
});
// Response schemas carry no transforms (the serializer encodes with them).
export const ZConcordance = z.object({
  rows: z.array(z.object({ id: z.number().int(), industryCode: z.string(), industryName: z.string(), ipcPrefix: z.string() })),
});
export const ZReplaceConcordanceBody = z.object({ rows: z.array(ZConcordanceRow).max(20000) });

export const ZHighValueSettings = z.object({
  /** Pledge amount (yuan) at or above which criterion 4 is met; default 10,000,000 (configurable). */
  pledgeThreshold: z.number().positive().max(1e12),
});

export const ZHighValueCountsQuery = z.object({
  regionCode: ZRegionCode,
  date: ZIsoDate.optional(),
});
export const ZHighValueCounts = z.object({
  asOf: z.string(),
  regionCode: z.string(),
  rows: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      effectiveInventions: z.number().int(),
      highValue: z.number().int(),
      byCriterion: z.record(ZHighValueCriterion, z.number().int()),
    }),
  ),
});
