import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { addCodedIssue, ZMessageCode } from './messages.js';
import { ZPolicyEvaluation, ZPolicyRule } from './policy.js';
import { ZLineText, ZMultilineText } from './text.js';

/** Interest subsidies (贴息): API schemas. */

/** Amounts in yuan: not negative, at most 1e12 (400 naming the field beyond). */
export const ZYuanAmount = z.number().min(0).max(1e12);
/** An annual rate in percent: 0–36 % (the judicial protection ceiling for lending). */
export const ZRatePct = z.number().min(0).max(36);
/** A month 'YYYY-MM'. */
export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '格式不正确');

// —— LPR series ——
export const ZLprRate = z.object({
  id: z.number().int(),
  month: z.string(),
  rate1yPct: z.number(),
  rate5yPct: z.number().nullable(),
  publishedOn: z.string().nullable(),
  source: z.string(),
  isDemo: z.boolean(),
});
export type LprRate = z.infer<typeof ZLprRate>;
export const ZLprRateList = z.object({ items: z.array(ZLprRate) });
export type LprRateList = z.infer<typeof ZLprRateList>;
export const ZLprRateBody = z.object({
  month: ZMonth,
  rate1yPct: z.number().gt(0).max(36),
  rate5yPct: z.number().gt(0).max(36).nullable().optional(),
  publishedOn: ZIsoDate.nullable().optional(),
  source: ZLineText.trim().min(2).max(200),
});
export type LprRateBody = z.infer<typeof ZLprRateBody>;

// —— Policies ——
export const ZSubsidyPolicy = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** Where the policy applies (its issuing region), as written in domain-rules. */
  scope: z.string(),
  scopeEn: z.string(),
  /** The rule as written up in domain-rules.md, in words. */
  summary: z.string(),
  summaryEn: z.string(),
  /** Readings the rule's text leaves open, and how the template reads them. */
  notes: z.array(z.object({ zh: z.string(), en: z.string() })),
  rule: ZPolicyRule,
  /** The version in force (0: the template the platform ships; staff edits are 1, 2 …). */
  versionNo: z.number().int().optional(),
});
export type SubsidyPolicy = z.infer<typeof ZSubsidyPolicy>;
export const ZSubsidyPolicyList = z.object({ items: z.array(ZSubsidyPolicy) });

// —— Applications ——
export const subsidyStatuses = ['submitted', 'returned', 'verified', 'rejected', 'withdrawn', 'batched', 'approved', 'paid'] as const;
export const ZSubsidyStatus = z.enum(subsidyStatuses);
export type SubsidyStatus = z.infer<typeof ZSubsidyStatus>;

/** The yes/no facts an enterprise declares (each checked by the bureau on review). */
export const ZSubsidyFlags = z.object({
  sme: z.boolean(),
  smallMicro: z.boolean(),
  independentLegalPerson: z.boolean(),
  pledgorIsHolder: z.boolean(),
  firstPledge: z.boolean(),
  insured: z.boolean(),
  guaranteed: z.boolean(),
});
export type SubsidyFlags = z.infer<typeof ZSubsidyFlags>;

/** A policy's key as stored: lower-case letters, digits and underscores (fujian, beijing_zgc). */
export const ZPolicyKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,49}$/)
  .describe('policy key: a-z, 0-9, _');

const ZLoanFacts = z.object({
  policyKey: ZPolicyKey,
  financingApplicationId: z.number().int().positive().nullable().optional(),
  bank: ZLineText.trim().min(2).max(100),
  principal: ZYuanAmount.gt(0),
  ratePct: ZRatePct,
  contractDate: ZIsoDate,
  termMonths: z.number().int().min(1).max(600),
  interestFrom: ZIsoDate,
  interestTo: ZIsoDate,
  interestPaid: ZYuanAmount,
  revenue: ZYuanAmount.nullable().optional(),
  period: ZLineText.trim().max(50).optional(),
  flags: ZSubsidyFlags,
});

/** Dates in order: the interest period ends on or after it starts and starts on or after the contract. */
function datesInOrder(v: { contractDate: string; interestFrom: string; interestTo: string }, ctx: z.RefinementCtx) {
  if (v.interestTo < v.interestFrom) addCodedIssue({ addIssue: (i) => ctx.addIssue({ ...i, path: ['interestTo'] }) }, 'subsidy.dates_reversed');
  if (v.interestFrom < v.contractDate) addCodedIssue({ addIssue: (i) => ctx.addIssue({ ...i, path: ['interestFrom'] }) }, 'subsidy.dates_reversed');
}

/** What the computation needs (the preview; no attachments). */
export const ZSubsidyPreviewBody = ZLoanFacts.superRefine(datesInOrder);
export type SubsidyPreviewBody = z.infer<typeof ZSubsidyPreviewBody>;

/** An application: the loan's facts with the loan contract and the evidence of interest paid. */
export const ZSubsidyApplyBody = ZLoanFacts.extend({
  contractAttachmentIds: z.array(z.number().int().positive()).min(1).max(10),
  evidenceAttachmentIds: z.array(z.number().int().positive()).min(1).max(20),
}).superRefine(datesInOrder);
export type SubsidyApplyBody = z.infer<typeof ZSubsidyApplyBody>;

export const ZSubsidyPreview = z.object({ policyKey: z.string(), evaluation: ZPolicyEvaluation });
export type SubsidyPreview = z.infer<typeof ZSubsidyPreview>;

export const ZSubsidyApplication = z.object({
  id: z.number().int(),
  status: ZSubsidyStatus,
  enterprise: z.object({ orgId: z.number().int(), name: z.string() }),
  regionCode: z.string(),
  policyKey: z.string(),
  policyName: z.string(),
  policyNameEn: z.string(),
  financingApplicationId: z.number().int().nullable(),
  bank: z.string(),
  principal: z.number(),
  ratePct: z.number(),
  contractDate: z.string(),
  termMonths: z.number().int(),
  interestFrom: z.string(),
  interestTo: z.string(),
  interestPaid: z.number(),
  revenue: z.number().nullable(),
  flags: ZSubsidyFlags,
  subsidyYear: z.number().int(),
  period: z.string(),
  evaluation: ZPolicyEvaluation,
  computedAmount: z.number().nullable(),
  approvedAmount: z.number().nullable(),
  batchId: z.number().int().nullable(),
  reviewNote: z.string().nullable(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  paid: z.object({ amount: z.number(), paidOn: z.string(), reference: z.string() }).nullable(),
  isDemo: z.boolean(),
});
export type SubsidyApplication = z.infer<typeof ZSubsidyApplication>;
export const ZSubsidyApplicationList = ZPaged(ZSubsidyApplication);
export type SubsidyApplicationList = z.infer<typeof ZSubsidyApplicationList>;
export const ZSubsidyQueueQuery = ZPageQuery.extend({ status: ZSubsidyStatus.optional(), regionCode: ZRegionCode.optional() });
export const ZMySubsidiesQuery = ZPageQuery.extend({ status: ZSubsidyStatus.optional() });

export const ZSubsidyReviewBody = z.object({ note: ZMultilineText.trim().max(500).optional() });
export const ZSubsidyReasonBody = z.object({ reason: ZMultilineText.trim().min(2).max(500) });

// —— Batches ——
export const subsidyBatchStatuses = ['draft', 'approved', 'paid'] as const;
export const ZSubsidyBatchStatus = z.enum(subsidyBatchStatuses);
export type SubsidyBatchStatus = z.infer<typeof ZSubsidyBatchStatus>;
export const subsidyBatchStatusLabels: Record<SubsidyBatchStatus, { zh: string; en: string }> = {
  draft: { zh: '待批准', en: 'Awaiting approval' },
  approved: { zh: '已批准，待拨付', en: 'Approved, awaiting payment' },
  paid: { zh: '已拨付', en: 'Paid' },
};
export const ZSubsidyBatchQuery = ZPageQuery.extend({ status: ZSubsidyBatchStatus.optional() });
export const ZSubsidyBatchBody = z.object({
  name: ZLineText.trim().min(2).max(100),
  applicationIds: z.array(z.number().int().positive()).min(1).max(10_000),
});
export const ZSubsidyBatchApproveBody = z.object({ approvalNo: ZLineText.trim().min(1).max(100) });
export const ZSubsidyDisburseBody = z.object({ paidOn: ZIsoDate, reference: ZLineText.trim().min(1).max(100) });
export const ZSubsidyBatch = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  status: ZSubsidyBatchStatus,
  approvalNo: z.string().nullable(),
  approvedAt: z.string().nullable(),
  count: z.number().int(),
  enterprises: z.number().int(),
  total: z.number(),
  paidTotal: z.number(),
  createdAt: z.string(),
  isDemo: z.boolean(),
});
export type SubsidyBatch = z.infer<typeof ZSubsidyBatch>;
export const ZSubsidyBatchList = ZPaged(ZSubsidyBatch);
/** An application held out of a batch at its approval (批准时复核未通过), with the coded reason. */
export const ZSubsidyBatchHold = z.object({
  applicationId: z.number().int(),
  enterprise: z.object({ orgId: z.number().int(), name: z.string() }),
  code: ZMessageCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  heldAt: z.string(),
});
export type SubsidyBatchHold = z.infer<typeof ZSubsidyBatchHold>;
export const ZSubsidyBatchDetail = ZSubsidyBatch.extend({ applications: z.array(ZSubsidyApplication), held: z.array(ZSubsidyBatchHold) });
export type SubsidyBatchDetail = z.infer<typeof ZSubsidyBatchDetail>;

export const subsidyStatusLabels: Record<SubsidyStatus, { zh: string; en: string }> = {
  submitted: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  verified: { zh: '审核通过，待纳入批次', en: 'Approved on review, awaiting a batch' },
  rejected: { zh: '审核未通过', en: 'Not approved' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  batched: { zh: '已纳入批次，待批准', en: 'In a batch awaiting approval' },
  approved: { zh: '批次已批准，待拨付', en: 'Batch approved, awaiting payment' },
  paid: { zh: '已拨付', en: 'Paid' },
};
