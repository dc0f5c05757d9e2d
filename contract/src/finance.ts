import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZEnterpriseTag } from './enterprises.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * IP finance (知识产权金融): products published by banks, insurers and guarantors (金融超市), the eligibility
 * pre-check of an enterprise against each product's rules (kept as data), and financing applications worked
 * on the bank's working-day clocks.
 */

/** Kinds of product (产品类型). */
export const financeProductKinds = ['patent_pledge_loan', 'trademark_pledge_loan', 'ip_credit_loan', 'ip_insurance', 'guarantee'] as const;
export const ZFinanceProductKind = z.enum(financeProductKinds);
export type FinanceProductKind = z.infer<typeof ZFinanceProductKind>;
export const financeProductKindLabels: Record<FinanceProductKind, { zh: string; en: string }> = {
  patent_pledge_loan: { zh: '专利权质押贷款', en: 'Patent pledge loan' },
  trademark_pledge_loan: { zh: '商标专用权质押贷款', en: 'Trademark pledge loan' },
  ip_credit_loan: { zh: '知识产权增信信用贷款', en: 'IP-backed credit loan' },
  ip_insurance: { zh: '知识产权保险', en: 'IP insurance' },
  guarantee: { zh: '知识产权融资担保', en: 'IP financing guarantee' },
};

/** Largest amount the platform accepts anywhere (yuan): anything above is a typing error. */
export const FINANCE_MAX_AMOUNT = 1e12;
/** An amount in yuan: positive, finite, at most 1e12. */
export const ZYuan = z.number().positive().max(FINANCE_MAX_AMOUNT);
/** An annual rate in percent, 0–36 (the judicial protection ceiling for private lending is far below; 36 % is absurd). */
export const ZRatePercent = z.number().min(0).max(36);

/** Rate: the loan prime rate (LPR) plus basis points, or a fixed annual rate. */
export const ZFinanceRate = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lpr'), lprTerm: z.enum(['1y', '5y']).default('1y'), spreadBp: z.number().int().min(-500).max(3000) }),
  z.object({ type: z.literal('fixed'), percent: ZRatePercent }),
]);
export type FinanceRate = z.infer<typeof ZFinanceRate>;

/** Eligibility rules as data (准入条件). Each absent rule does not apply. */
export const ZEligibilityRules = z.object({
  /** Minimum effective invention patents held (有效发明专利). */
  minInventionPatents: z.number().int().min(0).max(100000).optional(),
  /** Minimum high-value invention patents held (高价值发明专利, the five CNIPA criteria). */
  minHighValuePatents: z.number().int().min(0).max(100000).optional(),
  /** Enterprise tags the enterprise must all carry (高新技术企业, 专精特新 …). */
  requiredTags: z.array(ZEnterpriseTag).max(10).optional(),
  /** No listing in force on the IP credit management list (知识产权信用管理名单). */
  noCreditListing: z.boolean().optional(),
  /** At least one effective patent in one of these IPC fields (prefixes such as H01M, G06F, A61). */
  ipcPrefixes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/, 'IPC 分类号格式不正确'),
    )
    .max(20)
    .optional(),
  /** Minimum full years since establishment (成立年限). */
  minYearsEstablished: z.number().int().min(0).max(100).optional(),
});
export type EligibilityRules = z.infer<typeof ZEligibilityRules>;
export const eligibilityRuleKeys = [
  'minInventionPatents',
  'minHighValuePatents',
  'requiredTags',
  'noCreditListing',
  'ipcPrefixes',
  'minYearsEstablished',
] as const;
export type EligibilityRuleKey = (typeof eligibilityRuleKeys)[number];
export const eligibilityRuleLabels: Record<EligibilityRuleKey, { zh: string; en: string }> = {
  minInventionPatents: { zh: '有效发明专利', en: 'Effective invention patents' },
  minHighValuePatents: { zh: '高价值发明专利', en: 'High-value invention patents' },
  requiredTags: { zh: '企业资质', en: 'Enterprise recognitions' },
  noCreditListing: { zh: '知识产权信用', en: 'IP credit standing' },
  ipcPrefixes: { zh: '技术领域（IPC）', en: 'Technology field (IPC)' },
  minYearsEstablished: { zh: '成立年限', en: 'Years since establishment' },
};

/** What a bank submits for a product (each submission is a new version, reviewed by the bureau before it is listed). */
export const ZFinanceProductBody = z
  .object({
    name: ZLineText.trim().min(2).max(100),
    kind: ZFinanceProductKind,
    amountMin: ZYuan,
    amountMax: ZYuan,
    rate: ZFinanceRate,
    termMonthsMin: z.number().int().min(1).max(360),
    termMonthsMax: z.number().int().min(1).max(360),
    /** Regions served: region codes (a county or the whole city). */
    regions: z.array(ZRegionCode).min(1).max(50),
    rules: ZEligibilityRules.default({}),
    description: ZMultilineText.max(2000).default(''),
  })
  .superRefine((b, c) => {
    if (b.amountMax < b.amountMin)
      c.addIssue({ code: 'custom', path: ['amountMax'], message: '最高额度不能低于最低额度', params: { messageCode: 'finance.amount_range' } });
    if (b.termMonthsMax < b.termMonthsMin)
      c.addIssue({ code: 'custom', path: ['termMonthsMax'], message: '最长期限不能短于最短期限', params: { messageCode: 'finance.term_range' } });
  });
export type FinanceProductBody = z.infer<typeof ZFinanceProductBody>;

export const financeProductStatuses = ['pending', 'returned', 'listed', 'delisted'] as const;
export const ZFinanceProductStatus = z.enum(financeProductStatuses);
export type FinanceProductStatus = z.infer<typeof ZFinanceProductStatus>;
export const financeProductStatusLabels: Record<FinanceProductStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Under review' },
  returned: { zh: '退回修改', en: 'Returned' },
  listed: { zh: '已上架', en: 'Listed' },
  delisted: { zh: '已下架', en: 'Delisted' },
};

/** One failed or met rule of the pre-check, with the enterprise's own figure. */
export const ZEligibilityCheck = z.object({
  rule: z.enum(eligibilityRuleKeys),
  met: z.boolean(),
  /** e.g. 有效发明专利 2 件，要求 ≥ 3 件 */
  text: z.string(),
  textEn: z.string(),
});
export type EligibilityCheck = z.infer<typeof ZEligibilityCheck>;
export const ZPrecheck = z.object({ eligible: z.boolean(), checks: z.array(ZEligibilityCheck) });
export type Precheck = z.infer<typeof ZPrecheck>;

export const ZFinanceProduct = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  orgKind: z.string(),
  name: z.string(),
  kind: ZFinanceProductKind,
  amountMin: z.number(),
  amountMax: z.number(),
  rate: ZFinanceRate,
  /** The rate in words: LPR+50BP or 年化 3.85%. */
  rateText: z.string(),
  termMonthsMin: z.number().int(),
  termMonthsMax: z.number().int(),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  rules: ZEligibilityRules,
  description: z.string(),
  status: ZFinanceProductStatus,
  /** The listed version (0 before the first listing). */
  version: z.number().int(),
  /** A newer version waiting for review, if any. */
  pendingVersion: z.number().int().nullable(),
  reviewNote: z.string().nullable(),
  isDemo: z.boolean(),
  /** For a signed-in enterprise: 符合/不符合 with each rule's figure. */
  precheck: ZPrecheck.nullable(),
  updatedAt: z.string(),
});
export type FinanceProduct = z.infer<typeof ZFinanceProduct>;
export const ZFinanceProductList = ZPaged(ZFinanceProduct);

export const financeProductSorts = ['rate', 'amount', 'term', 'newest'] as const;
export const ZSupermarketQuery = ZPageQuery.extend({
  kind: ZFinanceProductKind.optional(),
  region: ZRegionCode.optional(),
  /** Products lending at least this amount (yuan). */
  amount: z.coerce.number().positive().max(FINANCE_MAX_AMOUNT).optional(),
  /** Only products whose pre-check the signed-in enterprise passes. */
  eligibleOnly: z
    .enum(['1', '0', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .optional(),
  sort: z.enum(financeProductSorts).default('rate'),
});
export type SupermarketQuery = z.infer<typeof ZSupermarketQuery>;
export const ZCompareQuery = z.object({
  ids: z
    .string()
    .regex(/^\d+(,\d+){0,2}$/, '最多比较 3 个产品')
    .transform((s) => [...new Set(s.split(',').map(Number))]),
});
export const ZMyProductsQuery = ZPageQuery.extend({ status: ZFinanceProductStatus.optional() });
export const ZProductReviewQuery = ZPageQuery.extend({ pendingOnly: z.enum(['1', '0']).optional() });

export const ZFinanceProductVersion = z.object({
  version: z.number().int(),
  status: z.enum(['pending', 'approved', 'returned', 'superseded']),
  data: ZFinanceProductBody,
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const ZFinanceProductDetail = ZFinanceProduct.extend({ versions: z.array(ZFinanceProductVersion) });
export type FinanceProductDetail = z.infer<typeof ZFinanceProductDetail>;
export const ZReasonBody = z.object({ reason: ZLineText.trim().min(2).max(500) });
export const ZOptionalNote = z.object({ note: ZLineText.trim().max(500).optional() });

// —— Applications ——

export const financeApplicationStatuses = ['submitted', 'accepted', 'valued', 'approved', 'disbursed', 'returned', 'declined', 'withdrawn'] as const;
export const ZFinanceApplicationStatus = z.enum(financeApplicationStatuses);
export type FinanceApplicationStatus = z.infer<typeof ZFinanceApplicationStatus>;
export const financeApplicationStatusLabels: Record<FinanceApplicationStatus, { zh: string; en: string }> = {
  submitted: { zh: '待银行受理', en: 'Awaiting acceptance' },
  accepted: { zh: '已受理，评估中', en: 'Accepted, under valuation' },
  valued: { zh: '已评估，待审批', en: 'Valued, awaiting decision' },
  approved: { zh: '已批准，待放款', en: 'Approved, awaiting disbursement' },
  disbursed: { zh: '已放款', en: 'Disbursed' },
  returned: { zh: '银行退回', en: 'Returned by the bank' },
  declined: { zh: '未获批准', en: 'Declined' },
  withdrawn: { zh: '企业已撤回', en: 'Withdrawn' },
};

export const ZCollateral = z.object({ kind: z.enum(['patent', 'trademark']), id: z.number().int().positive() });
export type Collateral = z.infer<typeof ZCollateral>;

/** The consent wording (PIPL art. 29 style): separate, specific, revocable. */
export const FINANCE_CONSENT_WORDING =
  '本企业单独同意：为办理本次融资申请，受理银行可查看本企业在平台登记的知识产权信息（专利、商标的法律状态、质押情况、高价值专利认定及信用名单情况），仅用于本次授信审查与贷后管理。本企业可随时撤回本同意；撤回后银行不能再查看上述信息，撤回前已进行的处理不受影响。';

export const ZApplyBody = z.object({
  productId: z.number().int().positive(),
  amount: ZYuan,
  termMonths: z.number().int().min(1).max(360),
  purpose: ZLineText.trim().min(2).max(500),
  collateral: z.array(ZCollateral).max(50).default([]),
  /** The separate consent must be given explicitly. */
  consent: z.literal(true),
});
export type ApplyBody = z.infer<typeof ZApplyBody>;

export const ZValuationBody = z.object({
  method: z.enum(['income', 'market', 'cost', 'other']),
  value: ZYuan,
  appraiser: ZLineText.trim().min(2).max(200),
  valuedOn: ZIsoDate,
  attachmentId: z.number().int().positive().optional(),
});
export const ZApproveBody = z
  .object({
    amount: ZYuan,
    ratePercent: ZRatePercent,
    termStart: ZIsoDate,
    termEnd: ZIsoDate,
    note: ZLineText.trim().max(500).optional(),
  })
  .superRefine((b, c) => {
    if (b.termEnd <= b.termStart)
      c.addIssue({ code: 'custom', path: ['termEnd'], message: '到期日须晚于起始日', params: { messageCode: 'finance.term_end_before_start' } });
  });
export const ZDisburseBody = z.object({
  amount: ZYuan,
  disbursedOn: ZIsoDate,
  contractNo: ZLineText.trim().min(2).max(100),
});

export const ZFinanceConsent = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  bankName: z.string(),
  productName: z.string(),
  wording: z.string(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type FinanceConsent = z.infer<typeof ZFinanceConsent>;
export const ZFinanceConsentList = z.object({ items: z.array(ZFinanceConsent) });

export const ZFinanceApplication = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  productVersion: z.number().int(),
  productName: z.string(),
  productKind: ZFinanceProductKind,
  enterpriseOrgId: z.number().int(),
  enterpriseName: z.string(),
  bankOrgId: z.number().int(),
  bankName: z.string(),
  regionCode: z.string(),
  status: ZFinanceApplicationStatus,
  amount: z.number(),
  termMonths: z.number().int(),
  purpose: z.string(),
  collateral: z.array(ZCollateral.extend({ label: z.string() })),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  disbursedOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  declineReason: z.string().nullable(),
  valuation: z
    .object({ method: z.string(), value: z.number(), appraiser: z.string(), valuedOn: z.string(), attachmentId: z.number().int().nullable() })
    .nullable(),
  approval: z.object({ amount: z.number(), ratePercent: z.number(), termStart: z.string(), termEnd: z.string() }).nullable(),
  disbursement: z.object({ amount: z.number(), disbursedOn: z.string(), contractNo: z.string() }).nullable(),
  consent: z.object({ id: z.number().int(), granted: z.boolean(), revokedAt: z.string().nullable() }).nullable(),
  /** The open step's due date and its urgency. */
  dueOn: z.string().nullable(),
  urgency: z.enum(['overdue', 'due_soon', 'normal']).nullable(),
  isDemo: z.boolean(),
});
export type FinanceApplication = z.infer<typeof ZFinanceApplication>;
export const ZFinanceApplicationList = ZPaged(ZFinanceApplication);
export const ZApplicationListQuery = ZPageQuery.extend({
  status: ZFinanceApplicationStatus.optional(),
  region: ZRegionCode.optional(),
  /** Only those waiting for the bank (to accept, decide or disburse). */
  open: z
    .enum(['1', '0'])
    .transform((v) => v === '1')
    .optional(),
});

/** The IP facts a bank sees while the enterprise's consent stands. */
export const ZIpFacts = z.object({
  enterpriseName: z.string(),
  figures: z.object({
    inventionPatents: z.number().int(),
    highValuePatents: z.number().int(),
    tags: z.array(z.string()),
    creditListed: z.boolean().nullable(),
    yearsEstablished: z.number().int().nullable(),
  }),
  collateral: z.array(z.object({ kind: z.string(), id: z.number().int(), label: z.string(), inForce: z.boolean(), pledged: z.boolean() })),
});

/** What the enterprise may pledge: its own in-force patents and trademarks, and why one is not offered. */
export const ZCollateralOptions = z.object({
  items: z.array(
    z.object({ kind: z.enum(['patent', 'trademark']), id: z.number().int(), label: z.string(), available: z.boolean(), reason: z.string().nullable() }),
  ),
});

export const ZFunnelRow = z.object({
  key: z.string(),
  name: z.string(),
  applied: z.number().int(),
  accepted: z.number().int(),
  approved: z.number().int(),
  disbursed: z.number().int(),
});
export const ZFinanceOversight = z.object({
  total: ZFunnelRow,
  byBank: z.array(ZFunnelRow),
  byCounty: z.array(ZFunnelRow),
  /** Median working days from application to disbursement; null (shown as —) with no disbursement yet. */
  medianWorkingDays: z.number().nullable(),
  disbursedCount: z.number().int(),
  overdue: z.number().int(),
});
export type FinanceOversight = z.infer<typeof ZFinanceOversight>;
export const ZOversightQuery = z.object({ region: ZRegionCode.optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });

/** The signed-in enterprise's figures (from the registry and its profile) and every listed product serving it, checked. */
export const ZMyPrecheck = z.object({
  figures: z.object({
    inventionPatents: z.number().int(),
    highValuePatents: z.number().int(),
    tags: z.array(z.string()),
    creditListed: z.boolean().nullable(),
    yearsEstablished: z.number().int().nullable(),
    ipcClasses: z.array(z.string()),
  }),
  items: z.array(ZFinanceProduct),
});
export type MyPrecheck = z.infer<typeof ZMyPrecheck>;
export const ZRevokeConsentBody = z.object({ reason: ZLineText.trim().min(2).max(500) });
