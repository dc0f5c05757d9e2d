// Type augmentation of request/reply (cookies) for any program that includes this file.
import type {} from '@fastify/cookie';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { message, roleDefinitions, type OrgKind, type Role } from '@zhichan/contract';
import type { Actor } from './actor.js';
import { effectivePermissions } from './actor.js';
import type { AppContext } from './context.js';
import { nowIso } from './context.js';
import { AppError } from './errors.js';
import type { Executor } from '../db/database.js';
import { deleteSessionByHash, findSessionActor, insertSession, touchSession } from './session-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionIdHash: string | null;
    sessionExpired: boolean;
    csrfToken: string | null;
    trace: { auditRows: number };
  }
}

export const SESSION_COOKIE = 'zc_session';
export const CSRF_HEADER = 'x-csrf-token';
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 30_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Creates a session for a user; returns the cookie token (stored only as its hash) and the CSRF token. */
export async function createSession(ctx: AppContext, db: Executor, userId: number, req: FastifyRequest) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const at = nowIso(ctx);
  await insertSession(db, {
    id_hash: sha256(token),
    user_id: userId,
    csrf_token: csrfToken,
    ip: req.ip,
    user_agent: req.headers['user-agent']?.slice(0, 300) ?? null,
    created_at: at,
    last_seen_at: at,
  });
  return { token, csrfToken };
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure behind HTTPS. */
export function setSessionCookie(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = ctx.config.session.secureCookies === 'auto' ? req.protocol === 'https' : ctx.config.session.secureCookies;
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: ctx.config.session.absoluteHours * 3600 });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Resolves the session cookie into `req.actor` on every request. Sessions idle longer than the
 * configured timeout (default 30 minutes, 等保 session timeout) or older than the absolute limit
 * are deleted and the request proceeds anonymously with `sessionExpired` set.
 */
export function registerSessionHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionIdHash', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('trace', null as unknown as { auditRows: number });
  app.addHook('onRequest', async (req) => {
    req.trace = { auditRows: 0 };
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    const idHash = sha256(token);
    const row = await findSessionActor(ctx.db, idHash);
    if (!row) return;
    const now = ctx.clock.now().getTime();
    const idleMs = ctx.config.session.idleMinutes * 60_000;
    const absMs = ctx.config.session.absoluteHours * 3_600_000;
    const lastSeen = Date.parse(row.last_seen_at);
    if (now - lastSeen > idleMs || now - Date.parse(row.created_at) > absMs || row.user_status !== 'active' || row.org_status === 'disabled') {
      await deleteSessionByHash(ctx.db, idHash);
      req.sessionExpired = true;
      return;
    }
    if (now - lastSeen > TOUCH_INTERVAL_MS) {
      await touchSession(ctx.db, idHash, nowIso(ctx));
    }
    const role = row.role as Role;
    req.sessionIdHash = idHash;
    req.csrfToken = row.csrf_token;
    req.actor = {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role,
      scope: roleDefinitions[role].scope,
      orgId: row.org_id,
      orgKind: row.org_kind as OrgKind,
      orgStatus: row.org_status,
      regionCode: row.region_code,
      permissions: effectivePermissions(role, row.org_status),
      mustChangePassword: row.must_change_password === 1,
      ip: req.ip,
      trace: req.trace,
    };
  });
}

/**
 * CSRF check for state-changing requests of a signed-in user: the `x-csrf-token` header must equal
 * the token bound to the session (synchronizer-token pattern; the SameSite=Strict cookie is a second line).
 */
export function checkCsrf(req: FastifyRequest): void {
  const sent = req.headers[CSRF_HEADER];
  const expected = req.csrfToken;
  const ok = typeof sent === 'string' && expected !== null && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!ok) throw new AppError(403, 'csrf', message('error.csrf'));
}
