import type { z } from 'zod';
import type { Org, OrgKind, OrgStatus, ZCreateOrgBody, ZOrgListQuery, ZUpdateOrgBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { findRegion } from '../regions/api.js';
import { findOrg, findOrgByCreditCode, findOrgs, insertOrg, updateOrg, deleteOrgSessions } from './repository.js';

type OrgRow = NonNullable<Awaited<ReturnType<typeof findOrg>>>;

export const presentOrg = (o: OrgRow): Org => ({
  id: o.id,
  kind: o.kind as OrgKind,
  name: o.name,
  creditCode: o.credit_code,
  regionCode: o.region_code,
  regionName: o.region_name,
  status: o.status as OrgStatus,
  isDemo: o.is_demo === 1,
  createdAt: o.created_at,
  updatedAt: o.updated_at,
});

/** Organisations in the actor's jurisdiction (own organisation only for own-org roles). */
export async function listOrgs(ctx: AppContext, actor: Actor, query: z.infer<typeof ZOrgListQuery>) {
  if (query.regionCode) assertRegionInJurisdiction(actor, query.regionCode);
  const scope = actor.scope === 'region' ? { withinRegion: query.regionCode ?? actor.regionCode } : { orgId: actor.orgId };
  const { items, total } = await findOrgs(ctx.db, { ...scope, kind: query.kind, status: query.status, q: query.q }, query.page, query.pageSize);
  return { items: items.map(presentOrg), total, page: query.page, pageSize: query.pageSize };
}

/** Loads an organisation the actor may see, or 404. */
export async function getOrg(ctx: AppContext, actor: Actor, id: number): Promise<Org> {
  const org = await findOrg(ctx.db, id);
  assertCanAccess(actor, org && { regionCode: org.region_code, orgId: org.id }, '机构');
  return presentOrg(org as OrgRow);
}

/** Creates an organisation (not an enterprise: those register themselves) inside the jurisdiction. */
export async function createOrg(ctx: AppContext, actor: Actor, body: z.infer<typeof ZCreateOrgBody>): Promise<Org> {
  assertRegionInJurisdiction(actor, body.regionCode);
  if (!(await findRegion(ctx.db, body.regionCode))) throw badRequest('行政区划不存在', { regionCode: '行政区划不存在' });
  if (body.creditCode && (await findOrgByCreditCode(ctx.db, body.creditCode))) {
    throw conflict('该统一社会信用代码已登记', { creditCode: '该统一社会信用代码已登记' });
  }
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      kind: body.kind,
      name: body.name,
      credit_code: body.creditCode ?? null,
      region_code: body.regionCode,
      status: 'active',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
    const newId = await insertOrg(trx, row);
    return { value: newId, audit: { action: 'org.create', entityType: 'organisation', entityId: newId, regionCode: body.regionCode, after: row } };
  });
  return getOrg(ctx, actor, id);
}

/** Renames, disables or re-enables an organisation in the jurisdiction. */
export async function updateOrgDetails(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZUpdateOrgBody>): Promise<Org> {
  const before = await getOrg(ctx, actor, id);
  if (body.status && before.id === actor.orgId) throw conflict('不能停用或启用自己所在的机构');
  if (body.status && (before.status === 'pending' || before.status === 'rejected')) {
    throw conflict('待审核或已驳回的企业注册请在企业审核中处理');
  }
  await mutate(ctx, actor, async (trx) => {
    const patch = { ...(body.name ? { name: body.name } : {}), ...(body.status ? { status: body.status } : {}), updated_at: nowIso(ctx) };
    await updateOrg(trx, id, patch);
    if (body.status === 'disabled') await deleteOrgSessions(trx, id);
    return { value: null, audit: { action: 'org.update', entityType: 'organisation', entityId: id, regionCode: before.regionCode, before, after: patch } };
  });
  return getOrg(ctx, actor, id);
}
