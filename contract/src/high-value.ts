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
  /**
   * A pledge registered over several patents: 'equal' credits each patent with the secured amount divided
   * equally among them (default; no per-patent valuation is on record to weight it), 'whole' the full sum.
   */
  pledgeApportionment: z.enum(['equal', 'whole']).optional(),
  /** Whether granted Hong Kong, Macao or Taiwan family members count as overseas for criterion 2 (default no). */
  overseasIncludesHmt: z.boolean().optional(),
});
export type HighValueSettings = z.infer<typeof ZHighValueSettings>;

export const ZHighValueCountsQuery = z.object({
  regionCode: ZRegionCode,
  date: ZIsoDate.optional(),
});
export const ZHighValueCounts = z.object({
  asOf: z.string(),
  regionCode: z.string(),
  /** Criteria without data for the region (no pledge registrations / no award records): their counts are null, not 0. */
  noData: z.array(ZHighValueCriterion),
  /** Granted invention patents whose filing date is unknown: their term cannot be known, so no count includes them. */
  unknownTerm: z.number().int(),
  rows: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      effectiveInventions: z.number().int(),
      highValue: z.number().int(),
      byCriterion: z.record(ZHighValueCriterion, z.number().int().nullable()),
    }),
  ),
});

/** An award record (获奖): China Patent Award, National S&T Award (national) or a provincial patent award, for one patent. */
export const ZAwardImportRow = z.object({
  appNo: ZLineText.trim().min(3, '请填写申请号').max(40),
  award: ZLineText.trim().min(1, '请填写奖项名称').max(100),
  level: z.enum(['national', 'provincial']),
  /** 金奖/银奖/优秀奖/一等奖 … */
  grade: ZLineText.trim().max(40).nullable().optional(),
  year: z.number().int().min(1985).max(2100),
  /** The date it was conferred; without it the award counts from 31 December of its year. */
  awardedOn: ZIsoDate.nullable().optional(),
});
export const ZAwardImportBody = z.object({
  /** Where the list comes from (the award's announcement, the provincial office's notice …). */
  source: ZLineText.trim().min(1, '请填写数据来源').max(200),
  rows: z.array(ZAwardImportRow).min(1, '至少一行').max(5000),
});

/** A pledge registration (专利权质押登记) as CNIPA registered it, for one patent of the registration. */
export const ZPledgeImportRow = z.object({
  appNo: ZLineText.trim().min(3, '请填写申请号').max(40),
  /** CNIPA's registration number: patents registered together under one number form one portfolio pledge. */
  registrationNo: ZLineText.trim().min(1, '请填写质押登记号').max(60),
  registeredOn: ZIsoDate,
  pledgor: ZLineText.trim().max(200).nullable().optional(),
  pledgee: ZLineText.trim().min(1, '请填写质权人').max(200),
  /** The secured amount of the whole registration, in yuan. */
  amount: z.number().positive().max(1e13),
});
export const ZPledgeImportBody = z.object({
  source: ZLineText.trim().min(1, '请填写数据来源').max(200),
  rows: z.array(ZPledgeImportRow).min(1, '至少一行').max(5000),
});

/** What an import did: rows written, rows skipped with the reason (unknown patent or outside the jurisdiction). */
export const ZValueFactImportResult = z.object({
  imported: z.number().int(),
  skipped: z.array(z.object({ row: z.number().int(), appNo: z.string(), reason: z.string() })),
});
export type ValueFactImportResult = z.infer<typeof ZValueFactImportResult>;
