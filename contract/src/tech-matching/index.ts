import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZPhone, ZRegionCode } from '../common.js';
import { ZLineText, ZMultilineText } from '../text.js';

/**
 * Technology supply and demand (项目供应 / 项目需求): supply listings offered by enterprises,
 * universities and research institutes, demand postings of enterprises, the ranked matches of a demand,
 * contacts between the two sides and the deals they end in.
 */

/** Lifecycle of a listing or demand: 草稿 → 已发布 → 已关闭. */
export const techPostStatuses = ['draft', 'published', 'closed'] as const;
export const ZTechPostStatus = z.enum(techPostStatuses);
export type TechPostStatus = z.infer<typeof ZTechPostStatus>;
export const techPostStatusLabels: Record<TechPostStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/** How the supplier prices it (价格方式). */
export const priceModes = ['transfer', 'licence', 'negotiable', 'joint'] as const;
export const ZPriceMode = z.enum(priceModes);
export type PriceMode = z.infer<typeof ZPriceMode>;
export const priceModeLabels: Record<PriceMode, { zh: string; en: string }> = {
  transfer: { zh: '转让价格', en: 'Transfer price' },
  licence: { zh: '许可费', en: 'Licence fee' },
  negotiable: { zh: '面议', en: 'Negotiable' },
  joint: { zh: '合作开发', en: 'Joint development' },
};

/** Technology readiness level (技术成熟度) 1–9. */
export const ZTrl = z.number().int('技术成熟度应为 1–9 的整数').min(1, '技术成熟度应为 1–9').max(9, '技术成熟度应为 1–9');

/** The nine technology readiness levels (技术就绪水平, after GB/T 22900), by level 1–9. */
export const trlLabels: Record<number, { zh: string; en: string }> = {
  1: { zh: '基本原理清晰', en: 'Basic principles observed' },
  2: { zh: '技术概念和应用设想明确', en: 'Technology concept formulated' },
  3: { zh: '关键功能和可行性得到验证', en: 'Proof of concept' },
  4: { zh: '实验室环境中验证', en: 'Validated in the laboratory' },
  5: { zh: '相关环境中部件验证', en: 'Validated in a relevant environment' },
  6: { zh: '相关环境中系统演示', en: 'Demonstrated in a relevant environment' },
  7: { zh: '实际环境中原型演示', en: 'Prototype demonstrated in operation' },
  8: { zh: '系统完成并通过验证', en: 'System complete and qualified' },
  9: { zh: '实际应用验证成功', en: 'Proven in operation' },
};
/** "8 系统完成并通过验证" (or the bare number outside 1–9). */
export function trlText(level: number, lang: 'zh' | 'en' = 'zh'): string {
  const l = trlLabels[level];
  return l ? `${level} ${l[lang]}` : String(level);
}

/** Match strength shown instead of the raw score (text similarity 0–1 plus IPC and place bonuses). */
export const matchLevels = ['high', 'medium', 'low'] as const;
export type MatchLevel = (typeof matchLevels)[number];
export const matchLevelLabels: Record<MatchLevel, { zh: string; en: string }> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};
/** 高 from 0.6, 中 from 0.3, else 低. */
export function matchLevel(score: number): MatchLevel {
  return score >= 0.6 ? 'high' : score >= 0.3 ? 'medium' : 'low';
}

const ZTitle = ZLineText.trim().min(4, '标题至少4个字').max(100, '标题不超过100字');
const ZDescription = ZMultilineText.trim().min(10, '描述至少10个字').max(4000, '描述不超过4000字');
const ZField = ZLineText.trim().min(2, '请填写技术领域').max(50);
/** IPC hint: a subclass (H01M) or a group (H01M 4/36, H01M4/36). */
export const ZIpcHint = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-H]\d{2}[A-Z](\s*\d{1,4}(\/\d{1,6})?)?$/, 'IPC 分类号格式不正确，如 H01M 或 H01M 4/36');
const ZMoney = z.number().nonnegative('金额不能为负').max(1e11, '金额过大');

export const ZListingInput = z.object({
  title: ZTitle,
  description: ZDescription,
  field: ZField,
  trl: ZTrl,
  priceMode: ZPriceMode,
  /** Asking price or fee in yuan; absent when negotiable. */
  price: ZMoney.nullable().optional(),
  /** Registry patent ids offered (a patent or a set of patents). */
  patentIds: z.array(z.number().int().positive()).max(50, '一个供应项目最多关联50件专利').optional(),
  regionCode: ZRegionCode.optional(),
});
export type ListingInput = z.input<typeof ZListingInput>;
export const ZListingPatch = ZListingInput.partial();

export const ZDemandInput = z.object({
  title: ZTitle,
  description: ZDescription,
  field: ZField,
  ipcHints: z.array(ZIpcHint).max(10, '最多10个IPC分类号').optional(),
  /** Budget in yuan. */
  budget: ZMoney.nullable().optional(),
  deadline: ZIsoDate.nullable().optional(),
  regionCode: ZRegionCode.optional(),
});
export type DemandInput = z.input<typeof ZDemandInput>;
export const ZDemandPatch = ZDemandInput.partial();

export const ZListingPatent = z.object({ id: z.number().int(), appNo: z.string(), title: z.string(), mainIpc: z.string().nullable() });

export const ZListing = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  field: z.string(),
  trl: z.number().int(),
  priceMode: ZPriceMode,
  price: z.number().nullable(),
  status: ZTechPostStatus,
  patents: z.array(ZListingPatent),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The caller's organisation owns it (may edit). */
  mine: z.boolean(),
});
export type Listing = z.infer<typeof ZListing>;

export const ZDemand = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  field: z.string(),
  ipcHints: z.array(z.string()),
  budget: z.number().nullable(),
  deadline: z.string().nullable(),
  status: ZTechPostStatus,
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mine: z.boolean(),
});
export type Demand = z.infer<typeof ZDemand>;

export const ZTechListQuery = ZPageQuery.extend({
  q: ZLineText.trim().max(100).optional(),
  field: ZLineText.trim().max(50).optional(),
  regionCode: ZRegionCode.optional(),
  priceMode: ZPriceMode.optional(),
});
export type TechListQuery = z.input<typeof ZTechListQuery>;
/** Bureau supervision: every status within the jurisdiction. */
export const ZTechSuperviseQuery = ZTechListQuery.extend({ status: ZTechPostStatus.optional() });
export const ZListingList = ZPaged(ZListing);
export const ZDemandList = ZPaged(ZDemand);

/** One reason a candidate matched (shared terms, IPC, region). */
export const ZMatchReason = z.object({ kind: z.enum(['terms', 'ipc', 'region']), text: z.string() });

/** A ranked supply candidate for a demand: a registry patent or a published listing. */
export const ZMatchCandidate = z.object({
  kind: z.enum(['patent', 'listing']),
  id: z.number().int(),
  title: z.string(),
  /** Application number (patents) or the supplier's name (listings). */
  subtitle: z.string(),
  regionCode: z.string().nullable(),
  ipc: z.array(z.string()),
  score: z.number(),
  sharedTerms: z.array(z.string()),
  reasons: z.array(ZMatchReason),
  /** The short Chinese explanation (匹配理由). */
  explanation: z.string(),
  /** An organisation on the platform the demander can contact, if any. */
  contactOrgId: z.number().int().nullable(),
  isNew: z.boolean(),
});
export type MatchCandidate = z.infer<typeof ZMatchCandidate>;
export const ZMatchList = z.object({
  demandId: z.number().int(),
  /** The demand's key terms used to query the index, most discriminative first. */
  keyTerms: z.array(z.string()),
  items: z.array(ZMatchCandidate),
});
export type MatchList = z.infer<typeof ZMatchList>;
export const ZMatchQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });

/** TechContact thread statuses (对接): 待回复 → 洽谈中 → 已成交 / 已关闭. */
export const techContactStatuses = ['open', 'talking', 'deal', 'closed'] as const;
export const ZTechContactStatus = z.enum(techContactStatuses);
export type TechContactStatus = z.infer<typeof ZTechContactStatus>;
export const techContactStatusLabels: Record<TechContactStatus, { zh: string; en: string }> = {
  open: { zh: '待回复', en: 'Awaiting reply' },
  talking: { zh: '洽谈中', en: 'In talks' },
  deal: { zh: '已成交', en: 'Deal' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/**
 * The contact details the starter of a contact chooses to give the other side (联系方式): a contact person
 * and a phone number or an e-mail address, or both. Shown only in the thread (the two sides and the bureau
 * overseeing it), never in a hall.
 */
export const ZContactCard = z
  .object({
    name: ZLineText.trim().min(1, '请填写联系人').max(50),
    phone: ZPhone.optional(),
    email: ZLineText.trim().email('邮箱格式不正确').max(100).optional(),
  })
  .refine((c) => c.phone !== undefined || c.email !== undefined, { message: '请至少留一种联系方式（电话或邮箱）', path: ['phone'] });
export type ContactCard = z.infer<typeof ZContactCard>;

export const ZCreateTechContactBody = z
  .object({
    demandId: z.number().int().positive().optional(),
    listingId: z.number().int().positive().optional(),
    patentId: z.number().int().positive().optional(),
    message: ZMultilineText.trim().min(2, '请填写留言').max(2000),
    contact: ZContactCard.optional(),
  })
  .refine((b) => (b.listingId === undefined) !== (b.patentId === undefined), { message: '请选择一个供应项目或一件专利', path: ['listingId'] });
export const ZTechContactMessageBody = z.object({ body: ZMultilineText.trim().min(1, '请填写留言').max(2000) });
/** A supplier answers a published demand from the demand hall (联系需求方): a first message and its contact details. */
export const ZDemandContactBody = z.object({
  message: ZMultilineText.trim().min(2, '请填写留言').max(2000),
  contact: ZContactCard,
});

export const ZTechContactMessage = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const dealKinds = ['transfer', 'licence', 'joint'] as const;
export const ZDealKind = z.enum(dealKinds);
export type DealKind = z.infer<typeof ZDealKind>;
export const dealKindLabels: Record<DealKind, { zh: string; en: string }> = {
  transfer: { zh: '转让', en: 'Transfer' },
  licence: { zh: '许可', en: 'Licence' },
  joint: { zh: '合作开发', en: 'Joint development' },
};
export const ZDealBody = z.object({ kind: ZDealKind, amount: ZMoney, dealDate: ZIsoDate, note: ZMultilineText.trim().max(500).optional() });
export const ZDeal = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  kind: ZDealKind,
  amount: z.number(),
  dealDate: z.string(),
  buyerOrgId: z.number().int(),
  buyerName: z.string(),
  sellerOrgId: z.number().int(),
  sellerName: z.string(),
  regionCode: z.string(),
  subject: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Deal = z.infer<typeof ZDeal>;

export const ZTechContact = z.object({
  id: z.number().int(),
  status: ZTechContactStatus,
  demandId: z.number().int().nullable(),
  demandTitle: z.string().nullable(),
  listingId: z.number().int().nullable(),
  patentId: z.number().int().nullable(),
  subject: z.string(),
  fromOrgId: z.number().int(),
  fromOrgName: z.string(),
  toOrgId: z.number().int(),
  toOrgName: z.string(),
  regionCode: z.string(),
  /** Who started it: the demander (about a listing or patent) or a supplier answering a demand. */
  initiator: z.enum(['demander', 'supplier']),
  /** The contact details the starter gave the other side (null when none were given). */
  contact: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  messages: z.array(ZTechContactMessage),
  deal: ZDeal.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TechContact = z.infer<typeof ZTechContact>;
export const ZTechContactList = ZPaged(ZTechContact.omit({ messages: true, deal: true, contact: true }));
export const ZDealList = ZPaged(ZDeal);

export const ZTechStatsQuery = z.object({
  regionCode: ZRegionCode.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export const ZTechStats = z.object({
  regionPrefix: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  deals: z.number().int(),
  amount: z.number(),
  byKind: z.array(z.object({ kind: ZDealKind, deals: z.number().int(), amount: z.number() })),
  listingsPublished: z.number().int(),
  demandsPublished: z.number().int(),
  contacts: z.number().int(),
});
export type TechStats = z.infer<typeof ZTechStats>;
