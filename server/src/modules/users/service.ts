import type { z } from 'zod';
import { roleDefinitions, type OrgKind, type Role, type User, type ZCreateUserBody, type ZUpdateUserBody, type ZUserListQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertCanAccess } from '../../platform/jurisdiction.js';
import { maskPhone } from '../../platform/masking.js';
import { hashPassword } from '../../platform/password-hash.js';
import { deleteUserSessions, clearLoginFailures } from '../auth/api.js';
import { getOrg } from '../orgs/api.js';
import { findUser, findUserIdByUsername, findUsers, insertUser, updateUser } from './repository.js';

type UserRow = NonNullable<Awaited<ReturnType<typeof findUsers>>['items'][number]>;

/** A user for the API; the phone number is masked unless `unmasked`. */
export function presentUser(u: UserRow, unmasked = false): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    orgId: u.org_id,
    orgName: u.org_name,
    orgKind: u.org_kind as OrgKind,
    regionCode: u.region_code,
    phone: unmasked ? u.phone : maskPhone(u.phone),
    status: u.status as User['status'],
    lockedUntil: u.locked_until,
    lastLoginAt: u.last_login_at,
    isDemo: u.is_demo === 1,
    createdAt: u.created_at,
  };
}

/** Users of organisations in the actor's jurisdiction; phones masked (list view). */
export async function listUsers(ctx: AppContext, actor: Actor, query: z.infer<typeof ZUserListQuery>) {
  if (query.orgId) await getOrg(ctx, actor, query.orgId);
  const scope = actor.scope === 'region' ? { withinRegion: actor.regionCode } : { orgId: actor.orgId };
  const { items, total } = await findUsers(ctx.db, { ...scope, orgId: query.orgId ?? scope.orgId, role: query.role, q: query.q }, query.page, query.pageSize);
  return { items: items.map((u) => presentUser(u)), total, page: query.page, pageSize: query.pageSize };
}

async function loadUser(ctx: AppContext, actor: Actor, id: number) {
  const u = await findUser(ctx.db, id);
  assertCanAccess(actor, u && { regionCode: u.region_code, orgId: u.org_id }, '用户');
  return u as NonNullable<typeof u>;
}

/** One user in the jurisdiction, phone shown in full to administrators. */
export async function getUser(ctx: AppContext, actor: Actor, id: number): Promise<User> {
  return presentUser(await loadUser(ctx, actor, id), actor.permissions.has('user.manage'));
}

function assertRoleFitsOrg(role: Role, orgKind: string) {
  if (!(roleDefinitions[role].orgKinds as readonly string[]).includes(orgKind)) {
    throw badRequest('该角色不能属于此类机构', { role: `角色“${roleDefinitions[role].zh}”不能属于此类机构` });
  }
}

/** Creates a user in an organisation of the jurisdiction; they must change the initial password. */
export async function createUser(ctx: AppContext, actor: Actor, body: z.infer<typeof ZCreateUserBody>): Promise<User> {
  const org = await getOrg(ctx, actor, body.orgId);
  assertRoleFitsOrg(body.role, org.kind);
  if (await findUserIdByUsername(ctx.db, body.username)) throw conflict('用户名已被使用', { username: '用户名已被使用' });
  const hash = await hashPassword(body.initialPassword);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      username: body.username,
      display_name: body.displayName,
      password_hash: hash,
      org_id: org.id,
      role: body.role,
      phone: body.phone ?? null,
      status: 'active',
      must_change_password: 1,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
    const newId = await insertUser(trx, row);
    return { value: newId, audit: { action: 'user.create', entityType: 'user', entityId: newId, regionCode: org.regionCode, after: row } };
  });
  return getUser(ctx, actor, id);
}

/** Edits a user's name, role, phone or status; disabling ends their sessions. */
export async function updateUserDetails(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZUpdateUserBody>): Promise<User> {
  const u = await loadUser(ctx, actor, id);
  if (id === actor.userId && (body.status === 'disabled' || (body.role && body.role !== actor.role))) {
    throw conflict('不能停用自己或修改自己的角色');
  }
  if (body.role) assertRoleFitsOrg(body.role, u.org_kind);
  const patch = {
    ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
    ...(body.role !== undefined ? { role: body.role } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    updated_at: nowIso(ctx),
  };
  await mutate(ctx, actor, async (trx) => {
    await updateUser(trx, id, patch);
    if (body.status === 'disabled' || body.role) await deleteUserSessions(trx, id);
    return {
      value: null,
      audit: { action: 'user.update', entityType: 'user', entityId: id, regionCode: u.region_code, before: presentUser(u, true), after: patch },
    };
  });
  return getUser(ctx, actor, id);
}

/** Sets a new password chosen by an administrator; the user must change it at next sign-in. */
export async function resetUserPassword(ctx: AppContext, actor: Actor, id: number, newPassword: string): Promise<User> {
  const u = await loadUser(ctx, actor, id);
  const hash = await hashPassword(newPassword);
  await mutate(ctx, actor, async (trx) => {
    await updateUser(trx, id, { password_hash: hash, must_change_password: 1, locked_until: null, updated_at: nowIso(ctx) });
    await deleteUserSessions(trx, id);
    return { value: null, audit: { action: 'user.reset_password', entityType: 'user', entityId: id, regionCode: u.region_code } };
  });
  return getUser(ctx, actor, id);
}

/** Lifts a sign-in lockout before it expires. */
export async function unlockUser(ctx: AppContext, actor: Actor, id: number): Promise<User> {
  const u = await loadUser(ctx, actor, id);
  if (!u.locked_until || Date.parse(u.locked_until) <= ctx.clock.now().getTime()) throw conflict('该账号当前未被锁定');
  await mutate(ctx, actor, async (trx) => {
    await updateUser(trx, id, { locked_until: null, updated_at: nowIso(ctx) });
    await clearLoginFailures(trx, u.username);
    return {
      value: null,
      audit: { action: 'user.unlock', entityType: 'user', entityId: id, regionCode: u.region_code, before: { lockedUntil: u.locked_until } },
    };
  });
  return getUser(ctx, actor, id);
}
