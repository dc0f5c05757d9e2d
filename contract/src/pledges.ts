import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText } from './text.js';
import { ZAuthorityActBody } from './open-licensing.js';
import { ZMessage } from './messages.js';

/**
 * Pledge registration (专利权质押登记, CNIPA announcement No. 461, 2021; trademark pledges likewise): a joint
 * application of the pledgor (出质人, the enterprise) and the pledgee (质权人, the bank), each confirming on the
 * platform. The registration itself is the competent authority's act (CNIPA or a delegated 代办处): it is
 * `registered` only once that authority's number and date are entered, or `refused` with the rule it refused on.
 * A registered pledge may be changed (变更) or released (注销) by the same authority.
 */
export const pledgeStatuses = ['awaiting_pledgee', 'submitted', 'registered', 'refused', 'released', 'withdrawn', 'declined'] as const;
export const ZPledgeStatus = z.enum(pledgeStatuses);
export type PledgeStatus = z.infer<typeof ZPledgeStatus>;
export const pledgeStatusLabels: Record<PledgeStatus, { zh: string; en: string }> = {
  awaiting_pledgee: { zh: '待质权人确认', en: 'Awaiting the pledgee' },
  submitted: { zh: '双方已确认，待登记机关办理', en: 'Jointly filed; awaiting the registering authority' },
  registered: { zh: '登记机关已登记', en: 'Registered by the authority' },
  refused: { zh: '登记机关不予登记', en: 'Refused by the authority' },
  released: { zh: '已注销', en: 'Released' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  declined: { zh: '质权人未确认', en: 'Declined by the pledgee' },
};

export const pledgeAssetKinds = ['patent', 'trademark'] as const;
export const ZPledgeAssetKind = z.enum(pledgeAssetKinds);
export type PledgeAssetKind = z.infer<typeof ZPledgeAssetKind>;

/** The rules a pledge registration is refused on (CNIPA announcement 461, art. 12; the same checks for trademarks). */
export const pledgeRules = [
  'not_holder',
  'co_owners',
  'not_in_force',
  'lapses_before_debt',
  'already_pledged',
  'application_pending',
  'suspended',
  'fees_unpaid',
  'open_licence',
  'other',
] as const;
export const ZPledgeRule = z.enum(pledgeRules);
export type PledgeRule = z.infer<typeof ZPledgeRule>;
export const pledgeRuleLabels: Record<PledgeRule, { zh: string; en: string }> = {
  not_holder: { zh: '出质人不是登记的权利人', en: 'The pledgor is not the registered holder' },
  co_owners: { zh: '共有权利未经全体共有人同意', en: 'Co-owners have not all consented' },
  not_in_force: { zh: '权利已终止、被宣告无效或未授权', en: 'The right is not in force' },
  lapses_before_debt: { zh: '债务履行期限超过权利有效期', en: 'The debt term runs past the right’s term' },
  already_pledged: { zh: '已被质押且未注销', en: 'Already under a pledge in force' },
  application_pending: { zh: '另有质押登记申请正在办理', en: 'Another pledge application is pending' },
  suspended: { zh: '权属纠纷中止或被保全', en: 'Suspended or preserved' },
  fees_unpaid: { zh: '未缴年费', en: 'Annual fees unpaid' },
  open_licence: { zh: '开放许可声明与质押冲突', en: 'A conflicting open-licence declaration' },
  other: { zh: '其他原因', en: 'Other reason' },
};

const yuan = z.number({ message: '请填写金额' }).positive('金额须大于 0').max(1e12, '金额不能超过 1 万亿元');

/** The enterprise's application (出质人发起并确认). */
export const ZCreatePledgeBody = z
  .object({
    assetKind: ZPledgeAssetKind.default('patent'),
    /** The pledgee: a bank organisation on the platform. */
    pledgeeOrgId: z.number().int().positive(),
    /** The patents (assetKind patent) or trademarks (assetKind trademark) pledged. */
    assetIds: z.array(z.number().int().positive()).min(1, '请至少选择一件').max(100),
    /** The pledge contract's number (质押合同编号). */
    contractNo: ZLineText.trim().min(2, '请填写质押合同编号').max(100),
    /** The secured amount (债权数额, yuan). */
    securedAmount: yuan,
    /** The loan amount and term as agreed (may equal the secured amount). */
    loanAmount: yuan,
    debtStartsOn: ZIsoDate,
    debtEndsOn: ZIsoDate,
    /** The financing application this pledge secures (the finance module's id), when there is one. */
    financingApplicationId: z.number().int().positive().nullable().default(null),
    /** The contract and the pledgor's identity documents, uploaded first. */
    attachmentIds: z.array(z.number().int().positive()).min(1, '请上传质押合同与身份证明文件').max(20),
  })
  .superRefine((b, ctx) => {
    if (b.debtEndsOn < b.debtStartsOn) ctx.addIssue({ code: 'custom', path: ['debtEndsOn'], message: '届满日不能早于起始日' });
  });
export type CreatePledgeBody = z.infer<typeof ZCreatePledgeBody>;

/** The pledgee's confirmation (质权人确认), with its identity documents. */
export const ZConfirmPledgeBody = z.object({ attachmentIds: z.array(z.number().int().positive()).max(20).default([]) });
export const ZPledgeReasonBody = z.object({ reason: ZLineText.trim().min(2, '请填写原因').max(500) });
/** The authority's refusal: its number and date, and the rule it refused on. */
export const ZPledgeRefusalBody = ZAuthorityActBody.extend({ rule: ZPledgeRule, note: ZLineText.trim().max(500).default('') });
/** The authority's change (变更登记): the new secured amount and/or the new end of the debt term. */
export const ZPledgeChangeBody = ZAuthorityActBody.extend({
  securedAmount: yuan.optional(),
  debtEndsOn: ZIsoDate.optional(),
}).refine((b) => b.securedAmount !== undefined || b.debtEndsOn !== undefined, { message: '请填写变更内容', path: ['securedAmount'] });

export const ZPledgeAsset = z.object({
  id: z.number().int(),
  /** 申请号 or 注册号. */
  number: z.string(),
  title: z.string(),
});

export const ZPledgeApplication = z.object({
  id: z.number().int(),
  assetKind: ZPledgeAssetKind,
  status: ZPledgeStatus,
  pledgorOrgId: z.number().int(),
  pledgorName: z.string(),
  pledgeeOrgId: z.number().int(),
  pledgeeName: z.string(),
  regionCode: z.string(),
  contractNo: z.string(),
  securedAmount: z.number(),
  loanAmount: z.number(),
  debtStartsOn: z.string(),
  debtEndsOn: z.string(),
  financingApplicationId: z.number().int().nullable(),
  assets: z.array(ZPledgeAsset),
  pledgorConfirmedAt: z.string().nullable(),
  pledgeeConfirmedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** The working day by which the authority's decision is due (from the joint filing). */
  decisionDueOn: z.string().nullable(),
  authorityName: z.string().nullable(),
  registrationNo: z.string().nullable(),
  registeredOn: z.string().nullable(),
  refusalRule: ZPledgeRule.nullable(),
  refusalNote: z.string().nullable(),
  releaseNo: z.string().nullable(),
  releasedOn: z.string().nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type PledgeApplication = z.infer<typeof ZPledgeApplication>;
export const ZPledgeApplicationList = ZPaged(ZPledgeApplication);
export type PledgeApplicationList = z.infer<typeof ZPledgeApplicationList>;
export const ZPledgeListQuery = ZPageQuery.extend({
  status: ZPledgeStatus.optional(),
  regionCode: ZRegionCode.optional(),
  /** Only the applications securing this financing application (the finance module's id). */
  financingApplicationId: z.coerce.number().int().positive().optional(),
});

/** What the platform's checks say of a proposed pledge before it is filed (预检). */
export const ZPledgeCheck = z.object({ ok: z.boolean(), failures: z.array(z.object({ rule: ZPledgeRule, message: ZMessage })) });
export type PledgeCheck = z.infer<typeof ZPledgeCheck>;

/** Banks an enterprise may name as pledgee. */
export const ZPledgeeList = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });

/** Pledge statistics of a region and period (registrations by the authority's date). */
export const ZPledgeStatsQuery = z.object({ regionCode: ZRegionCode.optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZPledgeStats = z.object({
  regionCode: z.string(),
  from: z.string(),
  to: z.string(),
  registrations: z.number().int(),
  patents: z.number().int(),
  amountYuan: z.number(),
  banks: z.number().int(),
  inclusiveLoans: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), registrations: z.number().int(), amountYuan: z.number() })),
  byBank: z.array(z.object({ bank: z.string(), registrations: z.number().int(), amountYuan: z.number() })),
  /** By county (县级区划) of the right's holder: the region's own code when the holder is registered above county level. */
  byCounty: z.array(z.object({ regionCode: z.string(), name: z.string(), registrations: z.number().int(), amountYuan: z.number() })),
});
export type PledgeStats = z.infer<typeof ZPledgeStats>;

/** The rights an enterprise holds and may offer: in force today, and the registration of a pledge standing on it. */
export const ZPledgeableRight = z.object({
  kind: ZPledgeAssetKind,
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  expiresOn: z.string().nullable(),
  pledgedUnder: z.string().nullable(),
});
export const ZPledgeableRights = z.object({ items: z.array(ZPledgeableRight) });

/**
 * 发起质押登记 from an approved financing application: the joint application's terms as the bank approved them
 * (the bank as pledgee, the collateral offered, the approved amount and term), for the pledgor to confirm.
 */
export const ZPledgePrefill = z.object({
  financingApplicationId: z.number().int(),
  assetKind: ZPledgeAssetKind,
  pledgeeOrgId: z.number().int(),
  pledgeeName: z.string(),
  assetIds: z.array(z.number().int()),
  assetLabels: z.array(z.string()),
  securedAmount: z.number(),
  loanAmount: z.number(),
  debtStartsOn: z.string(),
  debtEndsOn: z.string(),
  contractNo: z.string().nullable(),
});
export type PledgePrefill = z.infer<typeof ZPledgePrefill>;
