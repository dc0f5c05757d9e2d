import { z } from 'zod';
import { ZLineText, ZMultilineText } from './text.js';
import { ZIdNumber, ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';

/**
 * IP credit management (知识产权信用管理规定, CNIPA 2022). The listed behaviours and the measures a listing
 * imposes are data: the codes below are stable; their Chinese and English names are in the message catalogue
 * (`credit.behaviour.<code>`, `credit.measure.<code>`).
 */
export const creditBehaviours = [
  /** 不以保护创新为目的的非正常专利申请行为 */
  'abnormal_patent_application',
  /** 恶意商标注册申请行为 */
  'malicious_trademark_application',
  /** 违法从事专利、商标代理并受到行政处罚 */
  'illegal_agency',
  /** 提交虚假材料或以欺骗手段取得资助、奖励、减缴等 */
  'false_materials',
  /** 适用信用承诺被认定承诺不实或未履行承诺 */
  'breached_commitment',
  /** 对需要履行的行政决定或司法裁判拒不履行 */
  'refused_compliance',
  /** 法律、行政法规和党中央、国务院政策文件规定的其他情形 */
  'other_statutory',
] as const;
export const ZCreditBehaviour = z.enum(creditBehaviours);
export type CreditBehaviour = z.infer<typeof ZCreditBehaviour>;

/** Measures a listing imposes; modules ask `creditRestrictions(db, orgId, onDate, measure)` before acting. */
export const creditMeasures = [
  /** 从严审查资助、奖励和费用减缴等（融资支持、贴息、奖补） */
  'funding_review',
  /** 不予评优评先、取消示范/优势企业等资格（白名单、认定） */
  'award_exclusion',
  /** 列为重点监管对象 */
  'key_supervision',
  /** 不适用信用承诺制 */
  'no_credit_commitment',
] as const;
export const ZCreditMeasure = z.enum(creditMeasures);
export type CreditMeasure = z.infer<typeof ZCreditMeasure>;

// ——— The credit module's requests and views (信用管理: listings, the public list, repairs) ———

/** A date an official decision can bear: a real calendar day between 1990 and 2100 (absurd dates are a 400 naming the field). */
export const ZDecisionDate = ZIsoDate.refine((s) => s >= '1990-01-01' && s <= '2100-12-31', '日期超出合理范围（1990-01-01 至 2100-12-31）');

/** Who is listed: an organisation on the platform, or a natural person (named, with an ID number kept masked in lists). */
export const creditSubjectKinds = ['org', 'person'] as const;
export const ZCreditSubjectKind = z.enum(creditSubjectKinds);

/** A listing's status: in force (until its end date), revoked by the bureau, or ended early by an approved repair. */
export const creditListingStatuses = ['in_force', 'revoked', 'repaired'] as const;
export const ZCreditListingStatus = z.enum(creditListingStatuses);
export type CreditListingStatus = z.infer<typeof ZCreditListingStatus>;

export const ZCreateCreditListingBody = z
  .object({
    subjectKind: ZCreditSubjectKind,
    /** The listed organisation (subjectKind org). */
    orgId: z.number().int().positive().optional(),
    /** The listed person's name and ID number, and the region the listing is kept in (subjectKind person). */
    personName: ZLineText.trim().min(2).max(50).optional(),
    personIdNo: ZIdNumber.optional(),
    regionCode: ZRegionCode.optional(),
    behaviour: ZCreditBehaviour,
    measures: z.array(ZCreditMeasure).min(1, '至少选择一项管理措施').max(creditMeasures.length),
    /** The evidence in words; files are attachments (uploaded first, named here). */
    evidence: ZMultilineText.trim().min(2, '请写明认定事实与证据').max(4000),
    attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
    /** The deciding authority, its decision number and date. */
    authority: ZLineText.trim().min(2, '请填写作出认定的机关').max(100),
    decisionNo: ZLineText.trim().min(2, '请填写决定文号').max(100),
    decidedOn: ZDecisionDate,
    startsOn: ZDecisionDate,
    /** Duration in months; the setting `credit.listing_months` (default 12) when omitted. */
    months: z.number().int().min(1).max(120).optional(),
    /** Published on the public list (公示) or kept internal. */
    published: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    if (b.subjectKind === 'org' && b.orgId === undefined) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择被列入名单的主体' });
    if (b.subjectKind === 'person') {
      if (!b.personName) ctx.addIssue({ code: 'custom', path: ['personName'], message: '请填写当事人姓名' });
      if (!b.regionCode) ctx.addIssue({ code: 'custom', path: ['regionCode'], message: '请选择所属区划' });
    }
    if (b.startsOn < b.decidedOn) ctx.addIssue({ code: 'custom', path: ['startsOn'], message: '列入日期不能早于决定日期' });
  });
export type CreateCreditListingBody = z.infer<typeof ZCreateCreditListingBody>;

export const ZCreditListing = z.object({
  id: z.number().int(),
  subjectKind: ZCreditSubjectKind,
  orgId: z.number().int().nullable(),
  subjectName: z.string(),
  /** The person's ID number, masked (3708**********1234); null for organisations. */
  subjectIdNoMasked: z.string().nullable(),
  regionCode: z.string(),
  behaviour: ZCreditBehaviour,
  measures: z.array(ZCreditMeasure),
  evidence: z.string(),
  authority: z.string(),
  decisionNo: z.string().nullable(),
  decidedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  endedOn: z.string().nullable(),
  status: ZCreditListingStatus,
  /** In force today (started, not past its end, not ended early). */
  inForce: z.boolean(),
  published: z.boolean(),
  /** The first day a repair may be applied for (start + `credit.repair_after_months`). */
  repairOpensOn: z.string(),
  revokeReason: z.string().nullable(),
  isDemo: z.boolean(),
});
export type CreditListing = z.infer<typeof ZCreditListing>;
export const ZCreditListingList = ZPaged(ZCreditListing);

export const ZCreditListingQuery = ZPageQuery.extend({
  status: ZCreditListingStatus.optional(),
  q: ZLineText.trim().max(50).optional(),
});

/** A row of the public list (信用信息公示): published listings in force; a person's name masked. */
export const ZCreditPublicListing = z.object({
  id: z.number().int(),
  subjectKind: ZCreditSubjectKind,
  subjectName: z.string(),
  behaviour: ZCreditBehaviour,
  measures: z.array(ZCreditMeasure),
  authority: z.string(),
  decisionNo: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  isDemo: z.boolean(),
});
export const ZCreditPublicList = ZPaged(ZCreditPublicListing);
export const ZCreditPublicQuery = ZPageQuery.extend({ q: ZLineText.trim().max(50).optional() });

export const ZRevokeCreditListingBody = z.object({ reason: ZMultilineText.trim().min(2, '请写明撤销理由').max(1000) });

/** A repair (信用修复) application: pending, approved (the listing ends) or rejected with the reason. */
export const creditRepairStatuses = ['pending', 'approved', 'rejected'] as const;
export const ZCreditRepairStatus = z.enum(creditRepairStatuses);
export type CreditRepairStatus = z.infer<typeof ZCreditRepairStatus>;

export const ZApplyCreditRepairBody = z.object({
  /** What the enterprise did to correct the behaviour (整改情况) and its commitment. */
  statement: ZMultilineText.trim().min(10, '请写明整改情况（至少10字）').max(4000),
  attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
});
export const ZDecideCreditRepairBody = z.object({ note: ZMultilineText.trim().max(1000).optional() });
export const ZRejectCreditRepairBody = z.object({ reason: ZMultilineText.trim().min(2, '请写明不予修复的理由').max(1000) });

export const ZCreditRepair = z.object({
  id: z.number().int(),
  listingId: z.number().int(),
  orgId: z.number().int(),
  subjectName: z.string(),
  behaviour: ZCreditBehaviour,
  regionCode: z.string(),
  status: ZCreditRepairStatus,
  statement: z.string(),
  appliedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type CreditRepair = z.infer<typeof ZCreditRepair>;
export const ZCreditRepairList = ZPaged(ZCreditRepair);
export const ZCreditRepairQuery = ZPageQuery.extend({ status: ZCreditRepairStatus.optional() });

/** The enterprise's own listings and repair applications (本企业信用). */
export const ZMyCredit = z.object({ listings: z.array(ZCreditListing), repairs: z.array(ZCreditRepair) });
