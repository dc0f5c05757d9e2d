import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZCoded } from './messages.js';
import { ZEnterpriseTag, enterpriseTags } from './enterprises.js';
import { ZLineText } from './text.js';

/**
 * Credit white lists (授信白名单, CNIPA 国知发运字〔2021〕17号), pushed both ways (金企双向推送): the bureau
 * screens the enterprises of its jurisdiction with rules kept as data, reviews the candidates, publishes a
 * numbered version and pushes it to banks; each bank sees only the lists pushed to it and reports back per
 * enterprise.
 */

/** The screening rules (data, not code). An empty list or 0 means "no condition". */
export const ZWhitelistRules = z.object({
  /** Effective (in force today) invention patents held, at least. */
  minEffectiveInventions: z.number().int().min(0).max(1_000_000).default(1),
  /** High-value invention patents (the five CNIPA criteria) held, at least. */
  minHighValue: z.number().int().min(0).max(1_000_000).default(0),
  /** Enterprise tags the firm must carry (every one of them). */
  tags: z.array(ZEnterpriseTag).max(enterpriseTags.length).default([]),
  /** Leave out firms on the IP credit list with a measure that excludes them from white lists. */
  noCreditListing: z.boolean().default(true),
  /** The profile's industry contains one of these words (any). */
  industries: z.array(ZLineText.trim().min(1).max(50)).max(20).default([]),
  /** Holds an effective invention patent classified under one of these IPC prefixes (any), e.g. H01M, G06F17. */
  ipcPrefixes: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/, 'IPC 分类号格式不正确，例如 H01M 或 G06F17/30'),
    )
    .max(20)
    .default([]),
});
export type WhitelistRules = z.infer<typeof ZWhitelistRules>;
export type WhitelistRuleKey = keyof WhitelistRules;

export const whitelistStatuses = ['draft', 'published', 'superseded'] as const;
export const ZWhitelistStatus = z.enum(whitelistStatuses);
export type WhitelistStatus = z.infer<typeof ZWhitelistStatus>;
export const whitelistStatusLabels: Record<WhitelistStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿（待审核发布）', en: 'Draft (to review and publish)' },
  published: { zh: '已发布', en: 'Published' },
  superseded: { zh: '已被新版本替代', en: 'Superseded by a newer version' },
};

/** What a bank reports back per enterprise. */
export const whitelistOutcomes = ['contacted', 'applied', 'granted', 'declined'] as const;
export const ZWhitelistOutcome = z.enum(whitelistOutcomes);
export type WhitelistOutcome = z.infer<typeof ZWhitelistOutcome>;
export const whitelistOutcomeLabels: Record<WhitelistOutcome, { zh: string; en: string }> = {
  contacted: { zh: '已对接', en: 'Contacted' },
  applied: { zh: '已申请', en: 'Applied' },
  granted: { zh: '已授信', en: 'Credit granted' },
  declined: { zh: '未授信', en: 'Declined' },
};

/** The largest amount accepted (yuan): anything above is absurd. */
export const WHITELIST_MAX_AMOUNT = 1e12;

/** The figures a screening computed for an enterprise, from the registry and its profile (never typed in). */
export const ZWhitelistFigures = z.object({
  effectiveInventions: z.number().int(),
  highValue: z.number().int(),
  tags: z.array(ZEnterpriseTag),
  industry: z.string().nullable(),
  /** IPC prefixes of the rules under which it holds an effective invention. */
  ipcMatches: z.array(z.string()),
  /** Credit listings in force excluding it from white lists (behaviour and authority). */
  creditListings: z.array(z.object({ behaviour: z.string(), authority: z.string(), endsOn: z.string() })),
});
export type WhitelistFigures = z.infer<typeof ZWhitelistFigures>;

/** One rule checked against the firm's figure: met or not, with a coded sentence naming the figure. */
export const ZWhitelistReason = ZCoded.extend({ rule: z.string(), met: z.boolean() });
export type WhitelistReason = z.infer<typeof ZWhitelistReason>;

export const ZWhitelistPush = z.object({ bankOrgId: z.number().int(), bankName: z.string(), pushedAt: z.string() });

export const ZWhitelist = z.object({
  id: z.number().int(),
  seriesId: z.number().int(),
  versionNo: z.number().int().nullable(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  status: ZWhitelistStatus,
  rules: ZWhitelistRules,
  screenedOn: z.string(),
  screenedCount: z.number().int(),
  includedCount: z.number().int(),
  candidateCount: z.number().int(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Banks it was pushed to (a bank sees only itself). */
  pushes: z.array(ZWhitelistPush),
  isDemo: z.boolean(),
});
export type Whitelist = z.infer<typeof ZWhitelist>;
export const ZWhitelistList = ZPaged(ZWhitelist);
export type WhitelistList = z.infer<typeof ZWhitelistList>;

export const ZWhitelistFeedbackItem = z.object({
  bankOrgId: z.number().int(),
  bankName: z.string(),
  outcome: ZWhitelistOutcome,
  amount: z.number().nullable(),
  reason: z.string().nullable(),
  source: z.enum(['form', 'xlsx']),
  recordedAt: z.string(),
});
export type WhitelistFeedbackItem = z.infer<typeof ZWhitelistFeedbackItem>;

export const ZWhitelistEntry = z.object({
  orgId: z.number().int(),
  name: z.string(),
  creditCode: z.string().nullable(),
  regionCode: z.string(),
  included: z.boolean(),
  source: z.enum(['screening', 'manual']),
  figures: ZWhitelistFigures,
  reasons: z.array(ZWhitelistReason),
  decision: z.enum(['add', 'remove']).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Current feedback per bank (a bank sees only its own). */
  feedback: z.array(ZWhitelistFeedbackItem),
});
export type WhitelistEntry = z.infer<typeof ZWhitelistEntry>;
export const ZWhitelistEntryList = ZPaged(ZWhitelistEntry);
export type WhitelistEntryList = z.infer<typeof ZWhitelistEntryList>;

export const ZWhitelistListQuery = ZPageQuery.extend({ status: ZWhitelistStatus.optional() });
export const ZWhitelistEntryQuery = ZPageQuery.extend({
  included: z.enum(['true', 'false']).optional(),
});

export const ZCreateWhitelistBody = z.object({
  title: ZLineText.trim().min(1).max(100),
  /** The region screened; the caller's jurisdiction when omitted. */
  regionCode: ZRegionCode.optional(),
  rules: ZWhitelistRules,
});
export type CreateWhitelistBody = z.infer<typeof ZCreateWhitelistBody>;

export const ZWhitelistReviewBody = z.object({
  orgId: z.number().int().positive(),
  decision: z.enum(['add', 'remove']),
  reason: ZLineText.trim().min(2).max(200),
});
export type WhitelistReviewBody = z.infer<typeof ZWhitelistReviewBody>;

export const ZWhitelistPushBody = z.object({ bankOrgIds: z.array(z.number().int().positive()).min(1).max(100) });

export const ZWhitelistFeedbackBody = z
  .object({
    orgId: z.number().int().positive(),
    outcome: ZWhitelistOutcome,
    amount: z.number().positive().max(WHITELIST_MAX_AMOUNT).optional(),
    reason: ZLineText.trim().min(2).max(200).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.outcome === 'granted' && b.amount === undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: '授信时请填写授信金额（元）' });
    if (b.outcome === 'declined' && b.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: '未授信时请写明原因' });
  });
export type WhitelistFeedbackBody = z.infer<typeof ZWhitelistFeedbackBody>;

export const ZWhitelistFeedbackImportResult = z.object({ recorded: z.number().int() });

/** A bank organisation a list can be pushed to. */
export const ZWhitelistBank = z.object({ id: z.number().int(), name: z.string(), regionCode: z.string() });
export const ZWhitelistBankList = z.object({ items: z.array(ZWhitelistBank) });

const ZOutcomeCounts = z.object({
  contacted: z.number().int(),
  applied: z.number().int(),
  granted: z.number().int(),
  declined: z.number().int(),
  /** Enterprises of the list the bank has not reported on. */
  none: z.number().int(),
  grantedAmount: z.number(),
});

/** What came back: per bank and in total (per enterprise: the entries' feedback). */
export const ZWhitelistOutcomes = z.object({
  whitelistId: z.number().int(),
  included: z.number().int(),
  byBank: z.array(ZOutcomeCounts.extend({ bankOrgId: z.number().int(), bankName: z.string(), pushedAt: z.string() })),
  total: ZOutcomeCounts.omit({ none: true }).extend({ enterprisesReached: z.number().int() }),
});
export type WhitelistOutcomes = z.infer<typeof ZWhitelistOutcomes>;

export const ZWhitelistDateQuery = z.object({ on: ZIsoDate.optional() });
