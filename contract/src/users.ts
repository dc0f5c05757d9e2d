import { z } from 'zod';
import { ZPageQuery, ZPaged, ZOptionalText, ZPhone } from './common.js';
import { ZOrgKind, ZRole } from './roles.js';
import { ZNewPassword, ZUsername } from './auth.js';
import { ZLineText } from './text.js';

export const ZUserStatus = z.enum(['active', 'disabled']);

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  orgId: z.number().int(),
  orgName: z.string(),
  orgKind: ZOrgKind,
  regionCode: z.string(),
  /** Masked in lists (138****0000). */
  phone: z.string().nullable(),
  status: ZUserStatus,
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof ZUser>;

export const ZUserListQuery = ZPageQuery.extend({
  orgId: z.coerce.number().int().positive().optional(),
  role: ZRole.optional(),
  q: ZOptionalText,
});
export const ZUserList = ZPaged(ZUser);

export const ZCreateUserBody = z.object({
  username: ZUsername,
  displayName: ZLineText.trim().min(1, '请输入姓名').max(50),
  role: ZRole,
  orgId: z.number().int().positive(),
  phone: ZPhone.optional(),
  initialPassword: ZNewPassword,
});
export const ZUpdateUserBody = z
  .object({
    displayName: ZLineText.trim().min(1).max(50).optional(),
    role: ZRole.optional(),
    phone: ZPhone.nullable().optional(),
    status: ZUserStatus.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export const ZResetPasswordBody = z.object({ newPassword: ZNewPassword });
