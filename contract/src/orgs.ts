import { z } from 'zod';
import { ZPageQuery, ZPaged, ZRegionCode, ZOptionalText } from './common.js';
import { ZOrgKind } from './roles.js';
import { ZUsccCode } from './uscc.js';
import { ZLineText } from './text.js';

export const ZOrgStatus = z.enum(['active', 'pending', 'rejected', 'disabled']);
export type OrgStatus = z.infer<typeof ZOrgStatus>;

export const ZOrg = z.object({
  id: z.number().int(),
  kind: ZOrgKind,
  name: z.string(),
  creditCode: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  status: ZOrgStatus,
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Org = z.infer<typeof ZOrg>;

export const ZOrgListQuery = ZPageQuery.extend({
  kind: ZOrgKind.optional(),
  regionCode: ZRegionCode.optional(),
  status: ZOrgStatus.optional(),
  q: ZOptionalText,
});
export const ZOrgList = ZPaged(ZOrg);

export const ZCreateOrgBody = z.object({
  kind: ZOrgKind.exclude(['enterprise']),
  name: ZLineText.trim().min(2, '机构名称至少2个字').max(100),
  creditCode: ZUsccCode.optional(),
  regionCode: ZRegionCode,
});
export const ZUpdateOrgBody = z
  .object({
    name: ZLineText.trim().min(2, '机构名称至少2个字').max(100).optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
