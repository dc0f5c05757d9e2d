import type { z } from 'zod';
import type { ZAddGiUserBody, ZCreateGiBody, ZGiQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { findRegion } from '../regions/api.js';
import { findGi, findGis, findGiUsers, findOrgIdByCreditCode, insertGi, insertGiUser } from './repository.js';

type GiRow = NonNullable<Awaited<ReturnType<typeof findGi>>>;

const presentGi = (g: GiRow) => ({
  id: g.id,
  kind: g.kind as 'product' | 'certification_mark' | 'collective_mark',
  name: g.name,
  regNo: g.reg_no,
  regionCode: g.region_code,
  regionName: g.region_name,
  holderName: g.holder_name,
  approvedOn: g.approved_on,
  status: g.status,
  notes: g.notes,
  isDemo: g.is_demo === 1,
});

/** Geographical indications (地理标志), public record, filtered by region and kind. */
export async function listGis(ctx: AppContext, q: z.infer<typeof ZGiQuery>) {
  const { items, total } = await findGis(ctx.db, { regionCode: q.regionCode, kind: q.kind }, q.page, q.pageSize);
  return { items: items.map((g) => ({ ...presentGi(g), authorisedUserCount: Number(g.user_count ?? 0) })), total, page: q.page, pageSize: q.pageSize };
}

/** One GI with the users authorised to use its special mark (地理标志专用标志使用人). */
export async function getGi(ctx: AppContext, id: number) {
  const g = await findGi(ctx.db, id);
  if (!g) throw notFound('地理标志');
  const users = await findGiUsers(ctx.db, id);
  return {
    ...presentGi(g),
    authorisedUsers: users.map((u) => ({
      id: u.id,
      name: u.name,
      creditCode: u.credit_code,
      orgId: u.org_id,
      authorisedOn: u.authorised_on,
      expiresOn: u.expires_on,
    })),
  };
}

/** Records a GI in the bureau's jurisdiction. */
export async function createGi(ctx: AppContext, actor: Actor, body: z.infer<typeof ZCreateGiBody>) {
  assertRegionInJurisdiction(actor, body.regionCode);
  if (!(await findRegion(ctx.db, body.regionCode))) throw badRequest('行政区划不存在', { regionCode: '行政区划不存在' });
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      kind: body.kind,
      name: body.name,
      reg_no: body.regNo ?? null,
      region_code: body.regionCode,
      holder_name: body.holderName ?? null,
      holder_org_id: null,
      approved_on: body.approvedOn ?? null,
      status: 'active',
      notes: body.notes ?? null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
    const newId = await insertGi(trx, row);
    return { value: newId, audit: { action: 'gi.create', entityType: 'geo_indication', entityId: newId, regionCode: body.regionCode, after: row } };
  });
  return getGi(ctx, id);
}

/** Adds an authorised user of the GI special mark; linked to its enterprise by credit code when registered. */
export async function addGiUser(ctx: AppContext, actor: Actor, giId: number, body: z.infer<typeof ZAddGiUserBody>) {
  const gi = await getGi(ctx, giId);
  assertRegionInJurisdiction(actor, gi.regionCode);
  const orgId = body.creditCode ? await findOrgIdByCreditCode(ctx.db, body.creditCode.toUpperCase()) : null;
  await mutate(ctx, actor, async (trx) => {
    const row = {
      gi_id: giId,
      org_id: orgId,
      name: body.name,
      credit_code: body.creditCode?.toUpperCase() ?? null,
      authorised_on: body.authorisedOn ?? null,
      expires_on: body.expiresOn ?? null,
    };
    const id = await insertGiUser(trx, row);
    return { value: id, audit: { action: 'gi.add_user', entityType: 'geo_indication', entityId: giId, regionCode: gi.regionCode, after: row } };
  });
  return getGi(ctx, giId);
}
