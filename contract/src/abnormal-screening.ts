import { z } from 'zod';
import { ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZMessage } from './messages.js';
import { ZMultilineText } from './text.js';

/**
 * Abnormal-application screening (非正常专利申请筛查, 《规范申请专利行为的规定》, CNIPA order 77). Signals, each
 * explained on its flag: near-duplicate texts (MinHash/LSH over bigram shingles, checked exactly), bursts of
 * filings against the applicant's own size, many applicants at one address, and patents transferred soon after
 * filing. Staff confirm or dismiss a flag with a reason; a confirmed flag may be linked to a credit listing.
 */
export const screeningSignals = ['near_duplicate', 'burst', 'cluster', 'transfer'] as const;
export const ZScreeningSignal = z.enum(screeningSignals);
export type ScreeningSignal = z.infer<typeof ZScreeningSignal>;

export const screeningSignalLabels: Record<ScreeningSignal, { zh: string; en: string }> = {
  near_duplicate: { zh: '文本高度相似', en: 'Near-duplicate text' },
  burst: { zh: '短期集中申请', en: 'Burst of filings' },
  cluster: { zh: '地址/申请人聚集', en: 'Address and applicant cluster' },
  transfer: { zh: '申请后短期转让', en: 'Transferred soon after filing' },
};

export const flagStatuses = ['open', 'confirmed', 'dismissed'] as const;
export const ZFlagStatus = z.enum(flagStatuses);
export type FlagStatus = z.infer<typeof ZFlagStatus>;

/** A run of the screening: the whole registry, or the patents written since the last run (write-hook queue). */
export const ZScreeningRunBody = z.object({ mode: z.enum(['full', 'incremental']).default('incremental') });
export const ZScreeningRun = z.object({
  id: z.number().int(),
  mode: z.enum(['full', 'incremental']),
  patents: z.number().int(),
  candidatePairs: z.number().int(),
  newFlags: z.number().int(),
  seconds: z.number(),
  finishedAt: z.string(),
});
export type ScreeningRun = z.infer<typeof ZScreeningRun>;

export const ZScreeningFlag = z.object({
  id: z.number().int(),
  signal: ZScreeningSignal,
  status: ZFlagStatus,
  subject: z.string(),
  regionCode: z.string(),
  patentId: z.number().int().nullable(),
  otherPatentId: z.number().int().nullable(),
  orgId: z.number().int().nullable(),
  /** 0–1: similarity for near duplicates, the ratio over the threshold otherwise (for ordering). */
  score: z.number(),
  explanation: ZMessage,
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  creditListingId: z.number().int().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type ScreeningFlag = z.infer<typeof ZScreeningFlag>;

export const ZScreeningFlagQuery = ZPageQuery.extend({
  status: ZFlagStatus.optional(),
  signal: ZScreeningSignal.optional(),
  region: ZRegionCode.optional(),
});
export const ZScreeningFlagList = ZPaged(ZScreeningFlag);

/** A run of text with whether it is part of a passage both texts share (the side-by-side highlight). */
export const ZTextSegment = z.object({ text: z.string(), shared: z.boolean() });
export const ZEvidenceText = z.object({
  patentId: z.number().int(),
  appNo: z.string(),
  applicants: z.array(z.string()),
  appDate: z.string().nullable(),
  fields: z.array(z.object({ field: z.enum(['title', 'abstract', 'claim']), segments: z.array(ZTextSegment) })),
});
export const ZScreeningFlagDetail = ZScreeningFlag.extend({
  /** The two texts side by side (near duplicates); null for the other signals. */
  evidence: z.object({ left: ZEvidenceText, right: ZEvidenceText }).nullable(),
  /** The patents behind a burst, cluster or transfer flag (application numbers and titles, at most 50). */
  patents: z.array(z.object({ id: z.number().int(), appNo: z.string(), title: z.string(), appDate: z.string().nullable() })),
});
export type ScreeningFlagDetail = z.infer<typeof ZScreeningFlagDetail>;

export const ZFlagDecisionBody = z.object({ reason: ZMultilineText.trim().min(2, '请写明理由').max(2000) });
export const ZFlagCreditLinkBody = z.object({ listingId: z.number().int().positive() });
