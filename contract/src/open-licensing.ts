import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Status of an open-licence declaration (开放许可声明). Publishing a declaration is CNIPA's act (Patent Law
 * art. 50): the bureau reviews and recommends it (`recommended`); it is `published` only once CNIPA's
 * announcement (number, date) is recorded.
 */
export const openLicenceStatuses = ['pending', 'returned', 'recommended', 'published', 'rejected', 'withdrawn'] as const;
export const ZOpenLicenceStatus = z.enum(openLicenceStatuses);
export type OpenLicenceStatus = z.infer<typeof ZOpenLicenceStatus>;
export const openLicenceStatusLabels: Record<OpenLicenceStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Under review' },
  returned: { zh: '退回修改', en: 'Returned for correction' },
  recommended: { zh: '已审核推荐，待国家知识产权局公告', en: 'Reviewed and recommended; awaiting CNIPA announcement' },
  published: { zh: '国家知识产权局已公告', en: 'Announced by CNIPA' },
  rejected: { zh: '审核未通过', en: 'Not recommended' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** An act of the competent authority as the platform records it: the authority's own number and date. */
export const ZAuthorityActBody = z.object({
  /** The authority's number for the act (公告号 / 备案号 / 登记号), as printed on its notice. */
  number: ZLineText.trim().min(2, '请填写登记机关的编号').max(100),
  /** The date the authority acted. */
  date: ZIsoDate,
});
export type AuthorityActBody = z.infer<typeof ZAuthorityActBody>;
export const ZAuthorityAct = z.object({ number: z.string(), date: z.string() });
/** Withdrawing a declaration: CNIPA's announcement of the withdrawal when it is already known. */
export const ZWithdrawDeclarationBody = z.object({ announcement: ZAuthorityActBody.optional() }).default({});

/** Fee standard (许可使用费标准): lump sum, royalty rate on sales, or a fee per unit. */
export const feeTypes = ['lump_sum', 'royalty', 'per_unit'] as const;
export const ZFeeType = z.enum(feeTypes);
export type FeeType = z.infer<typeof ZFeeType>;
export const feeTypeLabels: Record<FeeType, { zh: string; en: string }> = {
  lump_sum: { zh: '固定金额（入门费）', en: 'Lump sum' },
  royalty: { zh: '按销售额提成', en: 'Royalty on sales' },
  per_unit: { zh: '按件计费', en: 'Per unit' },
};
export const paymentMethods = ['one_off', 'annual', 'quarterly'] as const;
export const ZPaymentMethod = z.enum(paymentMethods);
export const paymentMethodLabels: Record<z.infer<typeof ZPaymentMethod>, { zh: string; en: string }> = {
  one_off: { zh: '一次性支付', en: 'One-off' },
  annual: { zh: '按年支付', en: 'Annually' },
  quarterly: { zh: '按季度支付', en: 'Quarterly' },
};

/** The declaration a patentee writes: patent, fee standard, payment method, term, other terms, attachments. */
const ZFeeStandard = z.object({
  feeType: ZFeeType,
  /** Yuan: the lump sum, or the fee per unit. */
  feeAmount: z.number().min(0).max(1e10).nullable().default(null),
  /** Percent of sales (royalty). */
  royaltyRate: z.number().gt(0).max(100).nullable().default(null),
  paymentMethod: ZPaymentMethod,
  /** Licence term in years (at most until the patent expires). */
  termYears: z.number().int().min(1).max(20),
  otherTerms: ZMultilineText.trim().max(2000).default(''),
  /** Uploaded attachments: the evaluation report (utility models, designs), the pledgee's consent. */
  attachmentIds: z.array(z.number().int().positive()).max(10).default([]),
});
function feeComplete(b: z.infer<typeof ZFeeStandard>, ctx: z.RefinementCtx) {
  if (b.feeType === 'royalty' && b.royaltyRate === null) ctx.addIssue({ code: 'custom', path: ['royaltyRate'], message: '按销售额提成须填写提成比例' });
  // A lump sum of 0 is a free licence (免费许可); a fee per unit must be a price.
  if (b.feeType === 'lump_sum' && b.feeAmount === null) ctx.addIssue({ code: 'custom', path: ['feeAmount'], message: '请填写许可使用费金额（免费许可填 0）' });
  if (b.feeType === 'per_unit' && !(b.feeAmount !== null && b.feeAmount > 0))
    ctx.addIssue({ code: 'custom', path: ['feeAmount'], message: '请填写每件的许可使用费' });
}
export const ZDeclareOpenLicenceBody = ZFeeStandard.extend({ patentId: z.number().int().positive() }).superRefine(feeComplete);
export type DeclareOpenLicenceBody = z.infer<typeof ZDeclareOpenLicenceBody>;
/** A returned declaration corrected and submitted again (same patent). */
export const ZResubmitDeclarationBody = ZFeeStandard.superRefine(feeComplete);

export const ZReviewNoteBody = z.object({ reason: ZMultilineText.trim().min(2, '请写明原因').max(500) });
export const ZOptionalNoteBody = z.object({ note: ZMultilineText.trim().max(500).optional() });

/** An eligibility rule that failed (the 409 names them). */
export const ZEligibilityFailure = z.object({ rule: z.string(), message: z.string() });

export const ZOpenLicenceDeclaration = z.object({
  id: z.number().int(),
  status: ZOpenLicenceStatus,
  patent: z.object({
    id: z.number().int(),
    appNo: z.string(),
    title: z.string(),
    kind: z.string(),
    mainIpc: z.string().nullable(),
    expiresOn: z.string().nullable(),
  }),
  patentee: z.object({ orgId: z.number().int(), name: z.string() }),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  feeType: ZFeeType,
  feeAmount: z.number().nullable(),
  royaltyRate: z.number().nullable(),
  paymentMethod: ZPaymentMethod,
  termYears: z.number().int(),
  otherTerms: z.string(),
  /** The fee standard in words, as the catalogue prints it. */
  feeText: z.string(),
  reviewNote: z.string().nullable(),
  submittedAt: z.string(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** CNIPA's announcement of the declaration (公告号, date); null until recorded. */
  cnipaAnnouncement: ZAuthorityAct.nullable(),
  /** CNIPA's announcement of the withdrawal. */
  withdrawalAnnouncement: ZAuthorityAct.nullable(),
  /** The annual-fee reduction during the open licence (15 %, 财税〔2024〕23号); null when it does not apply. */
  feeReduction: z.object({ percent: z.number(), basis: z.string(), since: z.string(), note: z.string() }).nullable(),
  licenceCount: z.number().int(),
  isDemo: z.boolean(),
});
export type OpenLicenceDeclaration = z.infer<typeof ZOpenLicenceDeclaration>;
export const ZOpenLicenceDeclarationList = ZPaged(ZOpenLicenceDeclaration);

/** The public catalogue: registry search syntax plus filters. */
export const ZOpenLicenceCatalogueQuery = ZPageQuery.extend({
  q: ZMultilineText.max(2000).optional(),
  ipc: z
    .string()
    .regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/i, 'IPC 分类号格式不正确')
    .optional(),
  regionCode: ZRegionCode.optional(),
  feeType: ZFeeType.optional(),
});
export const ZMyDeclarationsQuery = ZPageQuery.extend({ status: ZOpenLicenceStatus.optional() });
export const ZReviewQueueQuery = ZPageQuery.extend({ status: ZOpenLicenceStatus.optional(), regionCode: ZRegionCode.optional() });

/** Obtaining a licence (Patent Law art. 51): a written notice and proof of payment at the published standard. */
export const ZObtainLicenceBody = z.object({
  noticeText: ZMultilineText.trim().min(10, '请填写书面通知内容（至少10字）').max(2000),
  /**
   * Amount paid (yuan): at least the lump sum; at least units × the fee per unit; at least the sales ×
   * the royalty rate. 0 only under a free licence.
   */
  paidAmount: z.number().min(0).max(1e10),
  paidOn: ZIsoDate,
  /** Per-unit fee: the number of units the payment covers. */
  units: z.number().int().positive().max(1e9).nullable().default(null),
  /** Royalty: the sales (yuan) the payment is reckoned on. */
  salesAmount: z.number().min(0).max(1e12).nullable().default(null),
  /** Licensee declares it is a small or medium-sized enterprise (中小企业). */
  sme: z.boolean().default(false),
  /** The proof of payment (付款凭证), uploaded first; not needed under a free licence. */
  attachmentIds: z.array(z.number().int().positive()).max(5).default([]),
});
export type ObtainLicenceBody = z.infer<typeof ZObtainLicenceBody>;

/**
 * A licence obtained under an open-licence declaration: the parties' act (written notice + payment, art. 51),
 * registered on the platform under its own reference (平台登记号); the filing (备案) is CNIPA's, recorded with
 * CNIPA's number and date once entered.
 */
export const ZOpenLicence = z.object({
  id: z.number().int(),
  declarationId: z.number().int(),
  patent: z.object({ id: z.number().int(), appNo: z.string(), title: z.string() }),
  licensor: z.object({ orgId: z.number().int(), name: z.string() }),
  licensee: z.object({ orgId: z.number().int(), name: z.string() }),
  sme: z.boolean(),
  feeText: z.string(),
  paidAmount: z.number(),
  paidOn: z.string(),
  grantedOn: z.string(),
  termEnd: z.string(),
  /** The platform's own registration reference (平台登记号) — not a filing number. */
  platformRef: z.string(),
  /** CNIPA's filing of the licence (备案号, date); null until entered. */
  cnipaFiling: ZAuthorityAct.nullable(),
  /** What the payment is: the lump sum, or a per-unit / royalty payment with what it covers. */
  payment: z.object({
    basis: ZFeeType,
    units: z.number().nullable(),
    salesAmount: z.number().nullable(),
    /** The amount due for what it covers (lump sum; units × fee; sales × rate). */
    due: z.number(),
    paid: z.number(),
  }),
  noticeText: z.string(),
});
export type OpenLicence = z.infer<typeof ZOpenLicence>;
export const ZOpenLicenceList = z.object({ items: z.array(ZOpenLicence) });

/** Statistics for the indicators: declarations, deals, SME licensees, fees agreed. */
export const ZOpenLicenceStatsQuery = z.object({ regionCode: ZRegionCode.optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZOpenLicenceStats = z.object({
  regionCode: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  declarations: z.number().int(),
  patents: z.number().int(),
  deals: z.number().int(),
  smeLicensees: z.number().int(),
  feesAgreed: z.number(),
});
export type OpenLicenceStats = z.infer<typeof ZOpenLicenceStats>;

/** A patent the caller's organisation holds, with the eligibility rules it fails today (empty: may declare). */
export const ZDeclarablePatent = z.object({
  id: z.number().int(),
  appNo: z.string(),
  title: z.string(),
  kind: z.string(),
  failures: z.array(ZEligibilityFailure),
  /** Attachments the declaration will need (evaluation report, pledgee's consent). */
  needs: z.array(z.string()),
});
export const ZDeclarablePatentList = z.object({ items: z.array(ZDeclarablePatent) });
