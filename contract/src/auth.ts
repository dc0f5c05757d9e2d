import { z } from 'zod';
import { ZOrgKind, ZPermission, ZRole } from './roles.js';
import { passwordProblem } from './password.js';
import { ZLineText } from './text.js';

export const ZUsername = z
  .string()
  .trim()
  .min(3, '用户名至少3个字符')
  .max(40, '用户名最多40个字符')
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');

/** A new password: checked against the password policy. */
export const ZNewPassword = ZLineText.superRefine((pw, ctx) => {
  const problem = passwordProblem(pw);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const ZLoginBody = z.object({
  username: ZLineText.trim().min(1, '请输入用户名').max(40),
  password: ZLineText.min(1, '请输入密码').max(200),
});
export type LoginBody = z.infer<typeof ZLoginBody>;

/** The signed-in user as the client sees it. */
export const ZSessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  permissions: z.array(ZPermission),
  org: z.object({
    id: z.number().int(),
    name: z.string(),
    kind: ZOrgKind,
    status: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
  }),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionInfo = z.object({
  user: ZSessionUser.nullable(),
  csrfToken: z.string().nullable(),
  idleTimeoutMinutes: z.number().int(),
  /** True when the request carried a session that has just ended (idle or absolute timeout). */
  expired: z.boolean().default(false),
});
export type SessionInfo = z.infer<typeof ZSessionInfo>;

export const ZChangePasswordBody = z.object({
  currentPassword: ZLineText.min(1).max(200),
  newPassword: ZNewPassword,
});
