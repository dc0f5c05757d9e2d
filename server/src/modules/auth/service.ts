import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginBody, SessionInfo, SessionUser, Role, OrgKind } from '@zhichan/contract';
import { message, roleDefinitions } from '@zhichan/contract';
import type { Actor, AnonymousActor } from '../../platform/actor.js';
import { effectivePermissions } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate, recordAudit } from '../../platform/audit.js';
import { AppError, badRequest, unauthorised } from '../../platform/errors.js';
import { dummyHash, hashPassword, verifyPassword } from '../../platform/password-hash.js';
import { clearSessionCookie, createSession, setSessionCookie } from '../../platform/session.js';
import type { Executor } from '../../db/database.js';
import {
  clearLoginFailures,
  countLoginFailures,
  deleteSession,
  deleteUserSessions,
  findUserById,
  findUserForLogin,
  insertLoginFailure,
  updateUserRow,
  deleteOtherSessions,
  loginFailureTimes,
} from './repository.js';
import { lockFromFailures } from './lockout.js';

type UserWithOrg = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

/** The session user as the client sees it. */
export function presentSessionUser(u: UserWithOrg): SessionUser {
  const role = u.role as Role;
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role,
    permissions: [...effectivePermissions(role, u.org_status)],
    org: { id: u.org_id, name: u.org_name, kind: u.org_kind as OrgKind, status: u.org_status, regionCode: u.region_code, regionName: u.region_name },
    mustChangePassword: u.must_change_password === 1,
  };
}

/** Current session: the user (or null) and the CSRF token the client sends back on writes. */
export async function getSessionInfo(ctx: AppContext, req: FastifyRequest): Promise<SessionInfo> {
  const user = req.actor ? await findUserById(ctx.db, req.actor.userId) : undefined;
  return {
    user: user ? presentSessionUser(user) : null,
    csrfToken: user ? req.csrfToken : null,
    idleTimeoutMinutes: ctx.config.session.idleMinutes,
    expired: req.sessionExpired,
  };
}

const lockedMessage = (until: Date) =>
  message('auth.locked', { time: until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }) });

/**
 * Signs a user in. Five failures within 15 minutes (configurable) lock the name for 15 minutes. Known and
 * unknown usernames are indistinguishable: the same failures are counted for both, the lock falls on the
 * same attempt with the same message and end, a locked name is refused whatever the password, and an
 * unknown name's password is checked against a dummy hash so that both take the time of one scrypt.
 */
export async function login(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, body: LoginBody): Promise<SessionInfo> {
  const username = body.username.trim();
  const now = ctx.clock.now();
  const { maxFailures, lockMinutes } = ctx.config.login;
  const windowStart = new Date(now.getTime() - lockMinutes * 60_000).toISOString();
  const user = await findUserForLogin(ctx.db, username);
  const anon: AnonymousActor = { userId: null, username, orgId: null, regionCode: user?.region_code ?? null, ip: req.ip, trace: req.trace };

  // A lock can have started up to one window before the failures that caused it: read two windows back.
  const history = await loginFailureTimes(ctx.db, username, new Date(now.getTime() - 2 * lockMinutes * 60_000).toISOString());
  // A known user's lock is on the user row (an administrator can lift it); an unknown name's follows from its failures by the same rule.
  const lockedUntil = user ? user.locked_until : lockFromFailures(history, { maxFailures, lockMinutes });
  if (lockedUntil && Date.parse(lockedUntil) > now.getTime()) {
    throw new AppError(423, 'locked', lockedMessage(new Date(lockedUntil)));
  }

  const ok = await verifyPassword(body.password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok || user.status !== 'active' || user.org_status === 'disabled') {
    const locked = await ctx.db.transaction().execute(async (trx) => {
      await insertLoginFailure(trx, username, req.ip, now.toISOString());
      const failures = await countLoginFailures(trx, username, windowStart);
      await recordAudit(
        ctx,
        trx,
        { ...anon, userId: user?.id ?? null },
        { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null, after: { username, failures } },
      );
      if (failures < maxFailures) return null;
      const until = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
      if (user) {
        await updateUserRow(trx, user.id, { locked_until: until, updated_at: now.toISOString() });
        await recordAudit(
          ctx,
          trx,
          { ...anon, userId: user.id },
          { action: 'auth.locked', entityType: 'user', entityId: user.id, after: { lockedUntil: until, failures } },
        );
      }
      return until;
    });
    if (locked) throw new AppError(423, 'locked', lockedMessage(new Date(locked)));
    if (user && ok && user.status !== 'active') throw unauthorised(message('auth.account_disabled'));
    throw unauthorised(message('auth.bad_credentials'));
  }

  const session = await mutate(ctx, { ...anon, userId: user.id, orgId: user.org_id }, async (trx) => {
    await clearLoginFailures(trx, username);
    await updateUserRow(trx, user.id, { last_login_at: now.toISOString(), locked_until: null });
    const s = await createSession(ctx, trx, user.id, req);
    return { value: s, audit: { action: 'auth.login', entityType: 'user', entityId: user.id } };
  });
  setSessionCookie(ctx, req, reply, session.token);
  const fresh = await findUserById(ctx.db, user.id);
  if (!fresh) throw unauthorised();
  return { user: presentSessionUser(fresh), csrfToken: session.csrfToken, idleTimeoutMinutes: ctx.config.session.idleMinutes, expired: false };
}

/** Ends this session. */
export async function logout(ctx: AppContext, actor: Actor, req: FastifyRequest, reply: FastifyReply) {
  await mutate(ctx, actor, async (trx) => {
    if (req.sessionIdHash) await deleteSession(trx, req.sessionIdHash);
    return { value: null, audit: { action: 'auth.logout', entityType: 'user', entityId: actor.userId } };
  });
  clearSessionCookie(reply);
  return { ok: true as const };
}

/** Ends every session of the user on every device (退出所有设备). */
export async function logoutEverywhere(ctx: AppContext, actor: Actor, reply: FastifyReply) {
  await mutate(ctx, actor, async (trx) => {
    const ended = await deleteUserSessions(trx, actor.userId);
    return { value: null, audit: { action: 'auth.logout_all', entityType: 'user', entityId: actor.userId, after: { sessionsEnded: ended } } };
  });
  clearSessionCookie(reply);
  return { ok: true as const };
}

/** Changes the caller's password; other sessions end, this one stays. */
export async function changePassword(ctx: AppContext, actor: Actor, req: FastifyRequest, body: { currentPassword: string; newPassword: string }) {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(body.currentPassword, user.password_hash))) {
    throw badRequest(message('auth.current_password_wrong'), { currentPassword: message('auth.current_password_wrong') });
  }
  if (body.currentPassword === body.newPassword) throw badRequest(message('auth.password_unchanged'), { newPassword: message('auth.password_unchanged') });
  const hash = await hashPassword(body.newPassword);
  await mutate(ctx, actor, async (trx: Executor) => {
    await updateUserRow(trx, actor.userId, { password_hash: hash, must_change_password: 0, updated_at: nowIso(ctx) });
    await deleteOtherSessions(trx, actor.userId, req.sessionIdHash ?? '');
    return { value: null, audit: { action: 'user.change_password', entityType: 'user', entityId: actor.userId } };
  });
  return { ok: true as const };
}

/** Lists the role catalogue (for admin screens and documentation). */
export function listRoles() {
  // The catalogue is static: declared in contract/roles.ts.
  return Object.entries(roleDefinitions).map(([role, d]) => ({
    role,
    zh: d.zh,
    en: d.en,
    scope: d.scope,
    orgKinds: [...d.orgKinds],
    permissions: [...d.permissions],
  }));
}
