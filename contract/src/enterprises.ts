import { z } from 'zod';
import { ZIdNumber, ZIsoDate, ZOptionalText, ZPageQuery, ZPaged, ZPhone, ZRegionCode } from './common.js';
import { ZUsccCode } from './uscc.js';
import { ZChainLink } from './chain.js';
import { ZUsername, ZNewPassword } from './auth.js';
import { ZOrgStatus } from './orgs.js';
import { ZLineText, ZMultilineText } from './text.js';

/** Enterprise tags (企业标签) the bureau assigns. */
export const enterpriseTags = ['high_tech', 'specialised_sme', 'above_scale', 'ip_advantage', 'ip_demonstration'] as const;
export const ZEnterpriseTag = z.enum(enterpriseTags);
export type EnterpriseTag = z.infer<typeof ZEnterpriseTag>;
export const enterpriseTagLabels: Record<EnterpriseTag, { zh: string; en: string }> = {
  high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  specialised_sme: { zh: '专精特新', en: 'Specialised SME' },
  above_scale: { zh: '规上工业企业', en: 'Above-scale industrial' },
  ip_advantage: { zh: '知识产权优势企业', en: 'IP advantage enterprise' },
  ip_demonstration: { zh: '知识产权示范企业', en: 'IP demonstration enterprise' },
};

export const ZContactInput = z.object({
  name: ZLineText.trim().min(1, '请输入联系人姓名').max(50),
  title: ZLineText.trim().max(50).optional(),
  phone: ZPhone.optional(),
  idNumber: ZIdNumber.optional(),
  email: ZLineText.trim().email('邮箱格式不正确').max(100).optional(),
});
export const ZContact = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  email: z.string().nullable(),
});

export const ZEnterpriseFacts = z.object({
  industry: ZLineText.trim().max(100).optional(),
  address: ZLineText.trim().max(200).optional(),
  legalRepresentative: ZLineText.trim().max(50).optional(),
  /** Registered capital in yuan (元). */
  registeredCapital: z.number().nonnegative().max(1e13).optional(),
  establishedOn: ZIsoDate.optional(),
});

export const ZRegisterEnterpriseBody = z.object({
  username: ZUsername,
  password: ZNewPassword,
  displayName: ZLineText.trim().min(1, '请输入姓名').max(50),
  phone: ZPhone,
  enterprise: ZEnterpriseFacts.extend({
    name: ZLineText.trim().min(2, '企业名称至少2个字').max(100),
    creditCode: ZUsccCode,
    regionCode: z.string().regex(/^\d{9}$|^\d{6}$/, '请选择企业所在区县或乡镇（街道）'),
  }),
});
export type RegisterEnterpriseBody = z.infer<typeof ZRegisterEnterpriseBody>;

/** One chain-link section of the profile; later modules fill `items`. */
export const ZProfileSection = z.object({
  link: ZChainLink,
  title: z.string(),
  items: z.array(z.object({ label: z.string(), value: z.string(), href: z.string().optional() })),
  emptyText: z.string(),
});

export const ZEnterpriseSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  industry: z.string().nullable(),
  tags: z.array(ZEnterpriseTag),
  status: ZOrgStatus,
  legalRepresentative: z.string().nullable(),
  /** Masked in lists. */
  contactPhone: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export const ZEnterpriseList = ZPaged(ZEnterpriseSummary);
export const ZEnterpriseListQuery = ZPageQuery.extend({
  q: ZOptionalText,
  regionCode: ZRegionCode.optional(),
  status: ZOrgStatus.optional(),
  tag: ZEnterpriseTag.optional(),
});

export const ZEnterpriseProfile = ZEnterpriseSummary.extend({
  address: z.string().nullable(),
  registeredCapital: z.number().nullable(),
  establishedOn: z.string().nullable(),
  review: z.object({
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
    reviewerName: z.string().nullable(),
    rejectReason: z.string().nullable(),
  }),
  contacts: z.array(ZContact),
  /** Whether contact phone and ID numbers are shown in full to this viewer. */
  contactsMasked: z.boolean(),
  sections: z.array(ZProfileSection),
});
export type EnterpriseProfile = z.infer<typeof ZEnterpriseProfile>;

export const ZUpdateEnterpriseBody = ZEnterpriseFacts.extend({
  contacts: z.array(ZContactInput).max(20).optional(),
}).refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export const ZSetTagsBody = z.object({ tags: z.array(ZEnterpriseTag).max(enterpriseTags.length) });
export const ZRejectBody = z.object({ reason: ZMultilineText.trim().min(2, '请填写驳回原因').max(500) });
export const ZResubmitBody = ZEnterpriseFacts.extend({
  name: ZLineText.trim().min(2).max(100).optional(),
  regionCode: ZRegionCode.optional(),
});
