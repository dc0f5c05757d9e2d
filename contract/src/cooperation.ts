import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Protection co-operation (保护协作, issue #14 §4–6): referral between administration and criminal
 * justice (行刑衔接) both ways, people's mediation with judicial confirmation, and e-commerce infringement
 * determination opinions (电商侵权判定咨询意见).
 *
 * A record made from a case names its source generically (record type, id, and the case number, title
 * copied when the record is made), so it stands whatever module holds the case.
 */
export const ZSourceRef = z.object({
  recordType: ZLineText.trim().min(1).max(60),
  recordId: z.coerce.number().int().positive(),
  caseNo: ZLineText.trim().max(100).default(''),
  title: ZLineText.trim().min(1).max(200),
});
export type SourceRef = z.infer<typeof ZSourceRef>;

/** Largest amount of money a case may name (one hundred billion yuan): anything above is a typing error. */
export const MAX_CASE_YUAN = 100_000_000_000;
const ZYuan = z.number().min(0).max(MAX_CASE_YUAN);

// —— 行刑衔接 ——

/** Offences the threshold helper knows (刑法 arts. 213, 214, 216), each with a threshold setting. */
export const offences = ['trademark_counterfeit', 'counterfeit_goods_sale', 'patent_counterfeit'] as const;
export const ZOffence = z.enum(offences);
export type Offence = z.infer<typeof ZOffence>;
export const offenceLabels: Record<Offence, { zh: string; en: string }> = {
  trademark_counterfeit: {
    zh: '假冒注册商标（刑法第二百一十三条，非法经营数额）',
    en: 'Counterfeiting a registered trademark (Criminal Law art. 213, illegal turnover)',
  },
  counterfeit_goods_sale: {
    zh: '销售假冒注册商标的商品（刑法第二百一十四条，违法所得/销售金额）',
    en: 'Selling goods bearing a counterfeit trademark (art. 214, sales)',
  },
  patent_counterfeit: { zh: '假冒专利（刑法第二百一十六条，非法经营数额）', en: 'Counterfeiting a patent (art. 216, illegal turnover)' },
};

export const referralDirections = ['to_police', 'reverse'] as const;
export type ReferralDirection = (typeof referralDirections)[number];

export const referralStatuses = [
  'proposed',
  'approved',
  'declined',
  'handed_over',
  'accepted',
  'refused',
  'reconsideration',
  'upheld',
  'supervision',
  'closed',
  'sent',
  'received',
  'concluded',
] as const;
export const ZReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof ZReferralStatus>;

/** The threshold helper's answer: the case value against the criminal threshold (a setting, unverified). */
export const ZThresholdCheck = z.object({
  offence: ZOffence,
  valueYuan: z.number().nullable(),
  thresholdYuan: z.number(),
  /** True when the value reaches the threshold; null when no value is known. */
  meets: z.boolean().nullable(),
  /** The threshold is a setting whose default was not verified against the current judicial interpretation. */
  verified: z.boolean(),
  setting: z.string(),
});
export type ThresholdCheck = z.infer<typeof ZThresholdCheck>;
export const ZThresholdQuery = z.object({ offence: ZOffence, valueYuan: z.coerce.number().min(0).max(MAX_CASE_YUAN).optional() });

export const ZCreateReferralBody = z.object({
  source: ZSourceRef.optional(),
  offence: ZOffence,
  caseValueYuan: ZYuan.optional(),
  summary: ZMultilineText.trim().min(2).max(2000),
  policeOrgId: z.number().int().positive(),
  procuratorateOrgId: z.number().int().positive().optional(),
});
export type CreateReferralBody = z.infer<typeof ZCreateReferralBody>;

/** A decision of the police (立案/不予立案决定书) or of the procuratorate: its number and date. */
export const ZAuthorityDecisionBody = z.object({
  docNo: ZLineText.trim().min(2).max(100),
  docDate: ZIsoDate,
  reason: ZMultilineText.trim().max(1000).optional(),
});
export type AuthorityDecisionBody = z.infer<typeof ZAuthorityDecisionBody>;
export const ZCooperationReasonBody = z.object({ reason: ZMultilineText.trim().min(2).max(1000) });
export type ReasonBody = z.infer<typeof ZCooperationReasonBody>;
export const ZHeadDecisionBody = z.object({ note: ZMultilineText.trim().max(1000).optional() });

/** The procuratorate sends a case it did not prosecute back for administrative penalty (反向移送). */
export const ZReverseReferralBody = z.object({
  bureauOrgId: z.number().int().positive(),
  source: ZSourceRef.optional(),
  offence: ZOffence,
  caseValueYuan: ZYuan.optional(),
  summary: ZMultilineText.trim().min(2).max(2000),
  /** The procuratorate's decision not to prosecute (不起诉决定书): its number and date. */
  nonProsecutionNo: ZLineText.trim().min(2).max(100),
  nonProsecutionDate: ZIsoDate,
});
export type ReverseReferralBody = z.infer<typeof ZReverseReferralBody>;
export const ZReverseFromReferralBody = ZReverseReferralBody.omit({ bureauOrgId: true, source: true, offence: true, caseValueYuan: true });
export const ZReceiveReverseBody = z.object({ bureauCaseNo: ZLineText.trim().min(2).max(100) });
/** The bureau's administrative penalty decision (行政处罚决定书) on a case referred back: its number and date. */
export const ZConcludeReverseBody = z.object({
  decisionNo: ZLineText.trim().min(2).max(100),
  decisionDate: ZIsoDate,
  finesYuan: ZYuan.optional(),
});

export const ZReferral = z.object({
  id: z.number().int(),
  direction: z.enum(referralDirections),
  status: ZReferralStatus,
  regionCode: z.string(),
  ownerOrgId: z.number().int(),
  ownerOrgName: z.string(),
  source: ZSourceRef.nullable(),
  offence: ZOffence,
  caseValueYuan: z.number().nullable(),
  threshold: ZThresholdCheck,
  summary: z.string(),
  policeOrgId: z.number().int().nullable(),
  policeOrgName: z.string().nullable(),
  procuratorateOrgId: z.number().int().nullable(),
  procuratorateOrgName: z.string().nullable(),
  linkedReferralId: z.number().int().nullable(),
  proposedAt: z.string(),
  headDueOn: z.string().nullable(),
  headDecidedAt: z.string().nullable(),
  headNote: z.string().nullable(),
  /** The 24-hour handover clock, to the minute (行政执法机关移送涉嫌犯罪案件的规定 art. 8). */
  handoverDueAt: z.string().nullable(),
  handedOverAt: z.string().nullable(),
  /** Hours (rounded up) the handover came after its 24 hours; 0 on time; null before it. */
  handoverLateHours: z.number().int().nullable(),
  policeDueOn: z.string().nullable(),
  policeDecidedAt: z.string().nullable(),
  policeDecision: z.enum(['accepted', 'refused']).nullable(),
  policeDocNo: z.string().nullable(),
  policeDocDate: z.string().nullable(),
  policeReason: z.string().nullable(),
  reconsiderDueOn: z.string().nullable(),
  reconsiderRequestedAt: z.string().nullable(),
  reconsiderReason: z.string().nullable(),
  reconsiderDecisionDueOn: z.string().nullable(),
  reconsiderDecidedAt: z.string().nullable(),
  suggestDueOn: z.string().nullable(),
  suggestedAt: z.string().nullable(),
  supervisionDocNo: z.string().nullable(),
  supervisionDocDate: z.string().nullable(),
  nonProsecutionNo: z.string().nullable(),
  nonProsecutionDate: z.string().nullable(),
  receivedAt: z.string().nullable(),
  bureauCaseNo: z.string().nullable(),
  concludedAt: z.string().nullable(),
  penaltyDecisionNo: z.string().nullable(),
  penaltyDecisionDate: z.string().nullable(),
  finesYuan: z.number().nullable(),
  /** The open step's due date (the work queue's), null when nothing waits. */
  dueOn: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Referral = z.infer<typeof ZReferral>;
export const ZReferralList = ZPaged(ZReferral);
/** `waiting=1`: only those whose next step is the caller's (the workbench card counts these). */
const ZWaiting = z
  .enum(['1', '0'])
  .optional()
  .transform((v) => v === '1');
export const ZReferralListQuery = ZPageQuery.extend({
  direction: z.enum(referralDirections).optional(),
  status: ZReferralStatus.optional(),
  waiting: ZWaiting,
});

export const ZReferralStats = z.object({
  toPolice: z.number().int(),
  acceptedByPolice: z.number().int(),
  toProcuratorate: z.number().int(),
  reverse: z.number().int(),
});

// —— 调解 ——

export const mediationOrgKinds = ['people', 'industry', 'commercial', 'other'] as const;
export const mediationOrgKindLabels: Record<(typeof mediationOrgKinds)[number], { zh: string; en: string }> = {
  people: { zh: '人民调解委员会', en: "People's mediation committee" },
  industry: { zh: '行业性专业性调解组织', en: 'Industry mediation organisation' },
  commercial: { zh: '商事调解组织', en: 'Commercial mediation organisation' },
  other: { zh: '其他调解组织', en: 'Other mediation organisation' },
};
export const ZRegisterMediationOrgBody = z.object({
  orgId: z.number().int().positive(),
  kind: z.enum(mediationOrgKinds),
  scope: ZMultilineText.trim().max(500).default(''),
});
export const ZMediationOrg = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  kind: z.enum(mediationOrgKinds),
  scope: z.string(),
  mediators: z.array(z.object({ id: z.number().int(), name: z.string(), specialty: z.string(), active: z.boolean() })),
});
export const ZMediationOrgList = z.object({ items: z.array(ZMediationOrg) });
export const ZAddMediatorBody = z.object({ name: ZLineText.trim().min(2).max(50), specialty: ZLineText.trim().max(200).default('') });

export const mediationStatuses = ['mediating', 'agreed', 'failed', 'confirmation_applied', 'confirmed', 'confirmation_refused', 'arbitration'] as const;
export const ZMediationStatus = z.enum(mediationStatuses);
export type MediationStatus = z.infer<typeof ZMediationStatus>;

export const ZOpenMediationBody = z.object({
  source: ZSourceRef.optional(),
  mediationOrgId: z.number().int().positive(),
  mediatorId: z.number().int().positive().optional(),
  subject: ZLineText.trim().min(2).max(200),
  applicant: ZLineText.trim().min(2).max(100),
  respondent: ZLineText.trim().min(2).max(100),
  claimYuan: ZYuan.optional(),
});
export type OpenMediationBody = z.infer<typeof ZOpenMediationBody>;
export const ZDirectMediationBody = ZOpenMediationBody.omit({ source: true, mediationOrgId: true });
export const ZAgreementBody = z.object({
  agreedOn: ZIsoDate,
  terms: ZMultilineText.trim().min(2).max(4000),
  amountYuan: ZYuan.optional(),
});
export const ZFailureBody = z.object({ endedOn: ZIsoDate, reason: ZMultilineText.trim().min(2).max(1000) });
export const ZConfirmationApplicationBody = z.object({ appliedOn: ZIsoDate, court: ZLineText.trim().min(2).max(100) });
/** The court's ruling on the application (司法确认裁定): its case number and date — the court's act. */
export const ZCourtRulingBody = z.object({
  confirmed: z.boolean(),
  caseNo: ZLineText.trim().min(2).max(100),
  ruledOn: ZIsoDate,
  reason: ZMultilineText.trim().max(1000).optional(),
});
export const ZArbitrationBody = z.object({ commission: ZLineText.trim().min(2).max(100), referredOn: ZIsoDate });

export const ZMediation = z.object({
  id: z.number().int(),
  status: ZMediationStatus,
  regionCode: z.string(),
  ownerOrgId: z.number().int(),
  ownerOrgName: z.string(),
  source: ZSourceRef.nullable(),
  mediationOrgId: z.number().int(),
  mediationOrgName: z.string(),
  mediatorId: z.number().int().nullable(),
  mediatorName: z.string().nullable(),
  subject: z.string(),
  applicant: z.string(),
  respondent: z.string(),
  claimYuan: z.number().nullable(),
  openedAt: z.string(),
  agreedOn: z.string().nullable(),
  terms: z.string().nullable(),
  amountYuan: z.number().nullable(),
  endedOn: z.string().nullable(),
  failureReason: z.string().nullable(),
  /** Last day to apply for judicial confirmation (30 days from the agreement, 民事诉讼法 art. 205). */
  confirmationDueOn: z.string().nullable(),
  appliedOn: z.string().nullable(),
  court: z.string().nullable(),
  courtCaseNo: z.string().nullable(),
  courtRuledOn: z.string().nullable(),
  courtReason: z.string().nullable(),
  arbitrationCommission: z.string().nullable(),
  arbitrationReferredOn: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Mediation = z.infer<typeof ZMediation>;
export const ZMediationList = ZPaged(ZMediation);
export const ZMediationListQuery = ZPageQuery.extend({ status: ZMediationStatus.optional(), waiting: ZWaiting });

// —— 电商侵权判定咨询意见 ——

export const ecommerceRequesterKinds = ['platform_operator', 'rights_holder'] as const;
export const ecommerceRequesterLabels: Record<(typeof ecommerceRequesterKinds)[number], { zh: string; en: string }> = {
  platform_operator: { zh: '电商平台经营者', en: 'Platform operator' },
  rights_holder: { zh: '权利人', en: 'Rights holder' },
};
export const ecommerceRightKinds = ['patent', 'trademark'] as const;
export const ecommerceConclusions = ['infringing', 'not_infringing', 'undetermined'] as const;
export const ecommerceConclusionLabels: Record<(typeof ecommerceConclusions)[number], { zh: string; en: string }> = {
  infringing: { zh: '构成侵权', en: 'Infringing' },
  not_infringing: { zh: '不构成侵权', en: 'Not infringing' },
  undetermined: { zh: '无法判定（建议通过其他途径解决）', en: 'Cannot be determined' },
};
export const ZEcommerceRequestBody = z.object({
  requesterKind: z.enum(ecommerceRequesterKinds),
  requesterName: ZLineText.trim().min(2).max(100),
  platformName: ZLineText.trim().min(2).max(100),
  rightKind: z.enum(ecommerceRightKinds),
  rightNo: ZLineText.trim().min(2).max(50),
  listing: ZMultilineText.trim().min(2).max(1000),
  receivedOn: ZIsoDate,
});
export const ZEcommerceOpinionBody = z.object({
  conclusion: z.enum(ecommerceConclusions),
  opinion: ZMultilineText.trim().min(2).max(4000),
  issuedOn: ZIsoDate,
});
export const ZEcommerceOpinion = z.object({
  id: z.number().int(),
  status: z.enum(['requested', 'issued']),
  regionCode: z.string(),
  ownerOrgId: z.number().int(),
  requesterKind: z.enum(ecommerceRequesterKinds),
  requesterName: z.string(),
  platformName: z.string(),
  rightKind: z.enum(ecommerceRightKinds),
  rightNo: z.string(),
  listing: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  conclusion: z.enum(ecommerceConclusions).nullable(),
  opinion: z.string().nullable(),
  issuedOn: z.string().nullable(),
  /** Issued after its due date (working days, a setting). */
  late: z.boolean().nullable(),
  isDemo: z.boolean(),
});
export type EcommerceOpinion = z.infer<typeof ZEcommerceOpinion>;
export const ZEcommerceOpinionList = ZPaged(ZEcommerceOpinion);
export const ZEcommerceListQuery = ZPageQuery.extend({ status: z.enum(['requested', 'issued']).optional() });
export const ZSuggestSupervisionBody = z.object({ procuratorateOrgId: z.number().int().positive().optional() });

/** Organisations a referral or mediation can name (police, procuratorates, bureaus, registered mediation organisations). */
export const ZPartnerOrgList = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.string(), regionCode: z.string() })) });
