import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText } from './text.js';

/**
 * IP insurance (知识产权保险) and securitization (知识产权证券化), issue #13 §7. An insurer records the policies it
 * writes (the insured enterprise sees its own); the bureau records securitization deals of its region.
 */
export const insuranceKinds = ['patent_infringement_loss', 'patent_enforcement', 'pledge_guarantee', 'trademark'] as const;
export const ZInsuranceKind = z.enum(insuranceKinds);
export type InsuranceKind = z.infer<typeof ZInsuranceKind>;
export const insuranceKindLabels: Record<InsuranceKind, { zh: string; en: string }> = {
  patent_infringement_loss: { zh: '专利被侵权损失保险', en: 'Patent infringement loss' },
  patent_enforcement: { zh: '专利执行（维权费用）保险', en: 'Patent enforcement costs' },
  pledge_guarantee: { zh: '知识产权质押融资保证保险', en: 'Pledge financing guarantee' },
  trademark: { zh: '商标保险', en: 'Trademark insurance' },
};

const yuan = z.number({ message: '请填写金额' }).positive('金额须大于 0').max(1e12, '金额不能超过 1 万亿元');

export const ZCreatePolicyBody = z
  .object({
    kind: ZInsuranceKind,
    policyNo: ZLineText.trim().min(2, '请填写保单号').max(100),
    insuredOrgId: z.number().int().positive(),
    sumInsured: yuan,
    premium: yuan,
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    /** Covered patents (or trademarks, for a trademark policy). */
    patentIds: z.array(z.number().int().positive()).max(200).default([]),
    trademarkIds: z.array(z.number().int().positive()).max(200).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.endsOn < b.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '届满日不能早于起始日' });
    if (b.premium > b.sumInsured) ctx.addIssue({ code: 'custom', path: ['premium'], message: '保费不能超过保险金额' });
    if (b.patentIds.length + b.trademarkIds.length === 0) ctx.addIssue({ code: 'custom', path: ['patentIds'], message: '请至少选择一件所保权利' });
  });
export type CreatePolicyBody = z.infer<typeof ZCreatePolicyBody>;

export const claimStatuses = ['filed', 'paid', 'declined'] as const;
export const ZClaimStatus = z.enum(claimStatuses);
export const claimStatusLabels: Record<z.infer<typeof ZClaimStatus>, { zh: string; en: string }> = {
  filed: { zh: '已报案', en: 'Filed' },
  paid: { zh: '已赔付', en: 'Paid' },
  declined: { zh: '已拒赔', en: 'Declined' },
};
export const ZCreateClaimBody = z.object({
  lossOn: ZIsoDate,
  amountClaimed: yuan,
  description: ZLineText.trim().min(2, '请填写出险经过').max(500),
});
/** The insurer's settlement: paid (the amount paid) or declined (the reason). */
export const ZSettleClaimBody = z
  .object({
    outcome: z.enum(['paid', 'declined']),
    amountPaid: yuan.optional(),
    reason: ZLineText.trim().min(2, '请填写原因').max(500).optional(),
    settledOn: ZIsoDate,
  })
  .superRefine((b, ctx) => {
    if (b.outcome === 'paid' && b.amountPaid === undefined) ctx.addIssue({ code: 'custom', path: ['amountPaid'], message: '请填写金额' });
    if (b.outcome === 'declined' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写原因' });
  });
export const ZClaimParams = z.object({ id: z.coerce.number().int().positive(), claimId: z.coerce.number().int().positive() });

export const ZInsuranceClaim = z.object({
  id: z.number().int(),
  lossOn: z.string(),
  amountClaimed: z.number(),
  description: z.string(),
  status: ZClaimStatus,
  amountPaid: z.number().nullable(),
  settledOn: z.string().nullable(),
  reason: z.string().nullable(),
});
export const ZInsurancePolicy = z.object({
  id: z.number().int(),
  kind: ZInsuranceKind,
  policyNo: z.string(),
  insurerOrgId: z.number().int(),
  insurerName: z.string(),
  insuredOrgId: z.number().int(),
  insuredName: z.string(),
  regionCode: z.string(),
  sumInsured: z.number(),
  premium: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  rights: z.array(z.object({ kind: z.enum(['patent', 'trademark']), id: z.number().int(), number: z.string(), title: z.string() })),
  claims: z.array(ZInsuranceClaim),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type InsurancePolicy = z.infer<typeof ZInsurancePolicy>;
export const ZInsurancePolicyList = ZPaged(ZInsurancePolicy);
export const ZInsuranceListQuery = ZPageQuery.extend({ kind: ZInsuranceKind.optional(), regionCode: ZRegionCode.optional() });

/** A securitization deal (知识产权证券化): its underlying patents or licences, issuer, amount and tranches. */
export const ZTranche = z.object({
  name: ZLineText.trim().min(1, '请填写档次名称').max(50),
  amount: yuan,
  /** Coupon, percent a year (0–36). */
  ratePct: z.number().min(0, '利率不能为负').max(36, '利率不能超过 36%').nullable().default(null),
  termMonths: z.number().int().positive().max(600).nullable().default(null),
});
export const ZCreateSecuritizationBody = z.object({
  name: ZLineText.trim().min(2, '请填写产品名称').max(200),
  issuer: ZLineText.trim().min(2, '请填写发行人（计划管理人）').max(200),
  regionCode: ZRegionCode,
  amount: yuan,
  issuedOn: ZIsoDate,
  /** Underlying: patents of the registry, and/or licence contracts described by their reference. */
  patentIds: z.array(z.number().int().positive()).max(1000).default([]),
  licenceRefs: z.array(ZLineText.trim().min(2).max(200)).max(200).default([]),
  /** The enterprises whose rights or licence receivables enter the pool (原始权益人/入池企业). */
  originatorOrgIds: z.array(z.number().int().positive()).min(1, '请至少选择一家入池企业').max(500),
  tranches: z.array(ZTranche).min(1, '请至少填写一个档次').max(20),
});
export type CreateSecuritizationBody = z.infer<typeof ZCreateSecuritizationBody>;
export const ZSecuritization = z.object({
  id: z.number().int(),
  name: z.string(),
  issuer: z.string(),
  regionCode: z.string(),
  amount: z.number(),
  issuedOn: z.string(),
  patents: z.array(z.object({ id: z.number().int(), appNo: z.string(), title: z.string() })),
  licenceRefs: z.array(z.string()),
  originators: z.array(z.object({ id: z.number().int(), name: z.string() })),
  tranches: z.array(z.object({ name: z.string(), amount: z.number(), ratePct: z.number().nullable(), termMonths: z.number().int().nullable() })),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Securitization = z.infer<typeof ZSecuritization>;
export const ZSecuritizationList = ZPaged(ZSecuritization);
export const ZSecuritizationListQuery = ZPageQuery.extend({ regionCode: ZRegionCode.optional() });
