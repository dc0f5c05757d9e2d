import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RegisterEnterpriseBody, SessionInfo, ZResubmitBody } from '@zhichan/contract';
import type { Actor, AnonymousActor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertTransition } from '../../platform/workflow.js';
import { notifyUsers } from '../../platform/notify.js';
import { hashPassword } from '../../platform/password-hash.js';
import { createSession, setSessionCookie } from '../../platform/session.js';
import { findRegion, getRegionPath } from '../regions/api.js';
import { findOrgByCreditCode, insertOrg, updateOrg } from '../orgs/api.js';
import { findUserIdByUsername, findUsersCovering, insertUser } from '../users/api.js';
import { findUserById, presentSessionUser } from '../auth/api.js';
import { findEnterpriseUserIds, insertProfile, replaceContacts, updateProfile } from './repository.js';
import { getEnterpriseProfile, loadEnterprise } from './service.js';
import { registrationSubject, registrationWorkflow, type RegistrationStatus } from './workflow.js';

async function assertRegistrableRegion(ctx: AppContext, code: string) {
  const region = await findRegion(ctx.db, code);
  if (!region || region.level < 3) throw badRequest('请选择企业所在区县或乡镇（街道）', { 'enterprise.regionCode': '请选择企业所在区县或乡镇（街道）' });
}

/** Notifies the reviewers whose jurisdiction covers the region (county bureau, then city …). */
async function notifyReviewers(ctx: AppContext, regionCode: string, enterpriseId: number, name: string, resubmitted: boolean) {
  const chain = (await getRegionPath(ctx, regionCode)).items.map((r) => r.code);
  const reviewers = await findUsersCovering(ctx.db, chain, ['bureau_admin', 'bureau_staff']);
  await notifyUsers(
    ctx,
    reviewers.map((r) => ({
      userId: r.id,
      kind: 'enterprise.review_requested',
      title: resubmitted ? `企业注册重新提交：${name}` : `新企业注册待审核：${name}`,
      body: `${name} 提交了实名注册，请核实统一社会信用代码与企业信息后审核。`,
      link: `/enterprises/${enterpriseId}`,
    })),
  );
}

/**
 * Self-registration of an enterprise (企业自助注册): creates the organisation (pending review), its
 * profile and the registrant's account in one transaction, signs the registrant in, and asks the
 * bureau staff of the region to review. Duplicate credit codes and usernames are refused.
 */
export async function registerEnterprise(
  ctx: AppContext,
  anon: AnonymousActor,
  req: FastifyRequest,
  reply: FastifyReply,
  body: RegisterEnterpriseBody,
): Promise<SessionInfo> {
  const e = body.enterprise;
  await assertRegistrableRegion(ctx, e.regionCode);
  const existing = await findOrgByCreditCode(ctx.db, e.creditCode);
  if (existing) throw conflict('该统一社会信用代码已注册，如需加入该企业请联系其管理员', { 'enterprise.creditCode': '该统一社会信用代码已注册' });
  if (await findUserIdByUsername(ctx.db, body.username)) throw conflict('用户名已被使用', { username: '用户名已被使用' });
  const hash = await hashPassword(body.password);
  const at = nowIso(ctx);
  const { orgId, userId, session } = await mutate(ctx, { ...anon, username: body.username, regionCode: e.regionCode }, async (trx) => {
    const orgId = await insertOrg(trx, {
      kind: 'enterprise',
      name: e.name,
      credit_code: e.creditCode,
      region_code: e.regionCode,
      status: 'pending',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    const userId = await insertUser(trx, {
      username: body.username,
      display_name: body.displayName,
      password_hash: hash,
      org_id: orgId,
      role: 'enterprise_user',
      phone: body.phone,
      status: 'active',
      must_change_password: 0,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await insertProfile(trx, {
      org_id: orgId,
      industry: e.industry ?? null,
      address: e.address ?? null,
      legal_representative: e.legalRepresentative ?? null,
      registered_capital: e.registeredCapital ?? null,
      established_on: e.establishedOn ?? null,
      tags: '[]',
      submitted_by: userId,
      submitted_at: at,
    });
    await replaceContacts(trx, orgId, [{ name: body.displayName, title: '注册联系人', phone: body.phone, id_number: null, email: null }]);
    const session = await createSession(ctx, trx, userId, req);
    return {
      value: { orgId, userId, session },
      audit: { action: 'enterprise.register', entityType: 'enterprise', entityId: orgId, regionCode: e.regionCode, after: { ...body, password: undefined } },
    };
  });
  setSessionCookie(ctx, req, reply, session.token);
  await notifyReviewers(ctx, e.regionCode, orgId, e.name, false);
  const user = await findUserById(ctx.db, userId);
  return { user: user ? presentSessionUser(user) : null, csrfToken: session.csrfToken, idleTimeoutMinutes: ctx.config.session.idleMinutes, expired: false };
}

/** Approves or rejects a pending registration (real-name review by bureau staff of the region). */
export async function reviewEnterprise(ctx: AppContext, actor: Actor, id: number, decision: { action: 'approve' } | { action: 'reject'; reason: string }) {
  const e = await loadEnterprise(ctx, actor, id);
  const t = assertTransition(registrationWorkflow, e.status as RegistrationStatus, decision.action, { actor, subject: registrationSubject(e) });
  const at = nowIso(ctx);
  const reason = decision.action === 'reject' ? decision.reason : null;
  await mutate(ctx, actor, async (trx) => {
    await updateOrg(trx, id, { status: t.to, updated_at: at });
    await updateProfile(trx, id, { reviewed_by: actor.userId, reviewed_at: at, reject_reason: reason });
    return {
      value: null,
      audit: {
        action: `enterprise.${decision.action}`,
        entityType: 'enterprise',
        entityId: id,
        regionCode: e.region_code,
        before: { status: e.status },
        after: { status: t.to, reason },
      },
    };
  });
  const users = await findEnterpriseUserIds(ctx.db, id);
  await notifyUsers(
    ctx,
    users.map((userId) =>
      decision.action === 'approve'
        ? {
            userId,
            kind: 'enterprise.approved',
            title: '企业注册已通过审核',
            body: `${e.name} 的实名注册已由 ${actor.displayName} 审核通过，现在可以使用平台的全部企业服务。`,
            link: '/my/enterprise',
          }
        : {
            userId,
            kind: 'enterprise.rejected',
            title: '企业注册未通过审核',
            body: `驳回原因：${decision.reason}。请修改后重新提交。`,
            link: '/my/enterprise',
          },
    ),
  );
  return getEnterpriseProfile(ctx, actor, id);
}

/** The enterprise corrects a rejected registration and submits it again. */
export async function resubmitEnterprise(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZResubmitBody>) {
  const e = await loadEnterprise(ctx, actor, id);
  const t = assertTransition(registrationWorkflow, e.status as RegistrationStatus, 'resubmit', { actor, subject: registrationSubject(e) });
  if (body.regionCode) await assertRegistrableRegion(ctx, body.regionCode);
  const at = nowIso(ctx);
  const regionCode = body.regionCode ?? e.region_code;
  await mutate(ctx, actor, async (trx) => {
    await updateOrg(trx, id, { status: t.to, updated_at: at, ...(body.name ? { name: body.name } : {}), region_code: regionCode });
    await updateProfile(trx, id, {
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      reject_reason: null,
      ...(body.industry !== undefined ? { industry: body.industry } : {}),
      ...(body.address !== undefined ? { address: body.address } : {}),
      ...(body.legalRepresentative !== undefined ? { legal_representative: body.legalRepresentative } : {}),
      ...(body.registeredCapital !== undefined ? { registered_capital: body.registeredCapital } : {}),
      ...(body.establishedOn !== undefined ? { established_on: body.establishedOn } : {}),
    });
    return {
      value: null,
      audit: {
        action: 'enterprise.resubmit',
        entityType: 'enterprise',
        entityId: id,
        regionCode,
        before: { status: e.status, name: e.name, regionCode: e.region_code },
        after: { status: t.to, ...body },
      },
    };
  });
  await notifyReviewers(ctx, regionCode, id, body.name ?? e.name, true);
  return getEnterpriseProfile(ctx, actor, id);
}
