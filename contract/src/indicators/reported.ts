import { z } from 'zod';
import { ZPageQuery, ZPaged, ZRegionCode } from '../common.js';
import { ZIndicatorKey } from './catalogue.js';
import { ZPeriodCode } from './periods.js';
import { ZLineText, ZMultilineText } from '../text.js';

/**
 * Reported figures (填报数据): entered or imported by staff with the source document, then reviewed
 * by a second person. Implausible values wait `on_hold` for review and are never used unreviewed.
 */
export const reportedStatuses = ['pending', 'on_hold', 'approved', 'rejected'] as const;
export const ZReportedStatus = z.enum(reportedStatuses);
export type ReportedStatus = z.infer<typeof ZReportedStatus>;
export const reportedStatusLabels: Record<ReportedStatus, string> = { pending: '待审核', on_hold: '存疑待核', approved: '已通过', rejected: '已退回' };

export const ZQualifier = z.enum(['min', 'approx']);

export const ZReportedFigure = z.object({
  id: z.number().int(),
  indicatorKey: z.string(),
  indicatorName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  period: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  publishedYoyPct: z.number().nullable(),
  publishedRank: z.number().int().nullable(),
  source: z.string(),
  note: z.string().nullable(),
  status: ZReportedStatus,
  holdReason: z.string().nullable(),
  authorId: z.number().int().nullable(),
  authorName: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
  isDemo: z.boolean(),
});
export type ReportedFigure = z.infer<typeof ZReportedFigure>;

export const ZCreateReportedBody = z.object({
  indicatorKey: ZIndicatorKey,
  regionCode: ZRegionCode,
  period: ZPeriodCode,
  value: z.number().finite(),
  /** Defaults to the catalogue unit; 万元/亿元/万件 are converted. */
  unit: ZLineText.trim().max(20).optional(),
  qualifier: ZQualifier.nullable().optional(),
  publishedYoyPct: z.number().finite().nullable().optional(),
  publishedRank: z.number().int().positive().nullable().optional(),
  source: ZLineText.trim().min(1, '请填写来源文件').max(300),
  note: ZMultilineText.trim().max(500).nullable().optional(),
});
export type CreateReportedBody = z.infer<typeof ZCreateReportedBody>;

export const ZReviewReportedBody = z.object({ decision: z.enum(['approve', 'reject']), note: ZMultilineText.trim().max(500).optional() });

export const ZReportedQuery = ZPageQuery.extend({
  status: ZReportedStatus.optional(),
  regionCode: ZRegionCode.optional(),
  period: ZLineText.trim().max(20).optional(),
  indicatorKey: ZLineText.trim().max(80).optional(),
});
export const ZReportedPage = ZPaged(ZReportedFigure);

/** One row the importer did not store (rejected) or stored on hold, with the reason. */
export const ZImportIssue = z.object({
  sheet: z.string(),
  row: z.number().int(),
  indicatorKey: z.string().nullable(),
  regionCode: z.string().nullable(),
  reason: z.string(),
});
export const ZReportedImportResult = z.object({
  sheets: z.array(z.string()),
  accepted: z.number().int(),
  held: z.array(ZImportIssue),
  rejected: z.array(ZImportIssue),
});
export type ReportedImportResult = z.infer<typeof ZReportedImportResult>;
