import { z } from 'zod';
import { ZIsoDate, ZOptionalText, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

export const ZTrademark = z.object({
  id: z.number().int(),
  regNo: z.string(),
  mark: z.string(),
  classes: z.array(z.string()),
  ownerName: z.string(),
  ownerOrgId: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  appDate: z.string().nullable(),
  regDate: z.string().nullable(),
  expiresOn: z.string().nullable(),
  status: z.string(),
  /** Effective on today's date: registered, not expired, status not cancelled/invalid. */
  effective: z.boolean(),
  madrid: z.boolean(),
  wellKnown: z.boolean(),
});
export const ZTrademarkQuery = ZPageQuery.extend({
  q: ZOptionalText,
  regionCode: ZRegionCode.optional(),
  niceClass: z
    .string()
    .regex(/^\d{1,2}$/)
    .optional(),
});
export const ZTrademarkList = ZPaged(ZTrademark);

export const giKinds = ['product', 'certification_mark', 'collective_mark'] as const;
export const ZGiKind = z.enum(giKinds);
export const giKindLabels: Record<(typeof giKinds)[number], string> = {
  product: '地理标志产品',
  certification_mark: '地理标志证明商标',
  collective_mark: '地理标志集体商标',
};

export const ZGiUser = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string().nullable(),
  orgId: z.number().int().nullable(),
  authorisedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
});
export const ZGeoIndication = z.object({
  id: z.number().int(),
  kind: ZGiKind,
  name: z.string(),
  regNo: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  holderName: z.string().nullable(),
  approvedOn: z.string().nullable(),
  status: z.string(),
  notes: z.string().nullable(),
  authorisedUsers: z.array(ZGiUser),
  isDemo: z.boolean(),
});
export const ZGiQuery = ZPageQuery.extend({ regionCode: ZRegionCode.optional(), kind: ZGiKind.optional() });
export const ZGiList = ZPaged(ZGeoIndication.omit({ authorisedUsers: true }).extend({ authorisedUserCount: z.number().int() }));

export const ZCreateGiBody = z.object({
  kind: ZGiKind,
  name: ZLineText.trim().min(2, '请填写名称').max(100),
  regNo: ZLineText.trim().max(50).optional(),
  regionCode: ZRegionCode,
  holderName: ZLineText.trim().max(100).optional(),
  approvedOn: ZIsoDate.optional(),
  notes: ZMultilineText.trim().max(1000).optional(),
});
export const ZAddGiUserBody = z.object({
  name: ZLineText.trim().min(2, '请填写使用人名称').max(100),
  creditCode: ZLineText.trim().max(18).optional(),
  authorisedOn: ZIsoDate.optional(),
  expiresOn: ZIsoDate.optional(),
});
