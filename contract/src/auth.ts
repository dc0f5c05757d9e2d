import { z } from 'zod';
import { ZOrgKind, ZPermission, ZRole } from './roles.js';
import { passwordProblemMessage } from './password.js';
import { addCodedIssue, message } from './messages.js';
import { ZLineText } from './text.js';

export const ZUsername = z
  .string()
  .trim()
  .min(3, message('auth.username_too_short', { minimum: 3 }).text)
  .max(40, message('auth.username_too_long', { maximum: 40 }).text)
  .regex(/^[A-Za-z0-9_.@-]+$/, message('auth.username_charset').text);

/** A new password: checked against the password policy. */
export const ZNewPassword = ZLineText.superRefine((pw, ctx) => {
  const problem = passwordProblemMessage(pw);
  if (problem) addCodedIssue(ctx, problem.code, problem.params);
});

export const ZLoginBody = z.object({
  username: ZLineText.trim().min(1, message('auth.username_required').text).max(40),
  password: ZLineText.min(1, message('auth.password_required').text).max(200),
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
