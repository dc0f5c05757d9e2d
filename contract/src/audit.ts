import { z } from 'zod';
import { ZPageQuery, ZPaged, ZOptionalText } from './common.js';

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  actorOrgId: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

const ZDateTimeFilter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, '时间格式应为 YYYY-MM-DD 或 ISO 8601')
  .optional();
export const ZAuditQuery = ZPageQuery.extend({
  actor: ZOptionalText,
  entityType: ZOptionalText,
  entityId: ZOptionalText,
  action: ZOptionalText,
  from: ZDateTimeFilter,
  to: ZDateTimeFilter,
});
export const ZAuditList = ZPaged(ZAuditEntry);
