import type { z } from 'zod';
import type { Demand, MatchList, ZDemandInput, ZDemandPatch, ZTechListQuery, ZTechSuperviseQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import { nowIso, todayIso, type AppContext } from '../../platform/context.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { assertTransition } from '../../platform/workflow.js';
import { matchDemand } from './matcher.js';
import { assertCanSeeMatches, assertCanViewPost, assertOwnsPost } from './policy.js';
import { presentDemand } from './present.js';
import { rematchDemand } from './rematch.js';
import { findDemand, findDemands, type PostFilter, deleteMatchesOf, insertDemand, updateDemandRow } from './repository.js';
import { postWorkflow, type PostStatus } from './workflow.js';

const WHAT = '技术需求';

async function page(ctx: AppContext, actor: Actor | null, f: PostFilter, q: { page: number; pageSize: number }) {
  const { items, total } = await findDemands(ctx.db, f, q.page, q.pageSize);
  return { items: items.map((r) => presentDemand(r, actor)), total, page: q.page, pageSize: q.pageSize };
}

/** The demand hall (需求大厅): published demands, searchable by anyone. */
export function listPublishedDemands(ctx: AppContext, actor: Actor | null, q: z.infer<typeof ZTechListQuery>) {
  return page(ctx, actor, { status: 'published', withinRegion: q.regionCode, q: q.q, field: q.field }, q);
}

/** The caller's organisation's demands, every status. */
export function listMyDemands(ctx: AppContext, actor: Actor, q: z.infer<typeof ZTechListQuery>) {
  return page(ctx, actor, { orgId: actor.orgId, q: q.q, field: q.field }, q);
}

/** Bureau supervision: demands of every status within the jurisdiction. */
export function superviseDemands(ctx: AppContext, actor: Actor, q: z.infer<typeof ZTechSuperviseQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, actor, { status: q.status, withinRegion: q.regionCode ?? actor.regionCode, q: q.q, field: q.field }, q);
}

/** One demand: public once published, else its owner's and the bureau's above it. */
export async function getDemand(ctx: AppContext, actor: Actor | null, id: number): Promise<Demand> {
  const row = await findDemand(ctx.db, id);
  assertCanViewPost(actor, row, WHAT);
  return presentDemand(row, actor);
}

function regionOf(actor: Actor, requested: string | undefined): string {
  if (!requested) return actor.regionCode;
  if (!isWithinRegion(requested, actor.regionCode) && !isWithinRegion(actor.regionCode, requested.slice(0, 6))) {
    throw badRequest('所在地应为本单位所在的区县或乡镇', { regionCode: '不在本单位所在地' });
  }
  return requested;
}

const hints = (list: readonly string[] | undefined) => JSON.stringify([...new Set((list ?? []).map((h) => h.replace(/\s+/g, ' ').trim()))]);

/** Posts a new demand as a draft (企业发布技术需求). */
export async function createDemand(ctx: AppContext, actor: Actor, body: z.infer<typeof ZDemandInput>): Promise<Demand> {
  const at = nowIso(ctx);
  const row = {
    org_id: actor.orgId,
    owner_user_id: actor.userId,
    region_code: regionOf(actor, body.regionCode),
    title: body.title,
    description: body.description,
    field: body.field,
    ipc_hints: hints(body.ipcHints),
    budget: body.budget ?? null,
    deadline: body.deadline ?? null,
    status: 'draft',
    published_at: null,
    closed_at: null,
    is_demo: 0,
    created_at: at,
    updated_at: at,
  };
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertDemand(trx, row);
    return { value: id, audit: { action: 'tech_demand.create', entityType: 'tech_demand', entityId: id, regionCode: row.region_code, after: row } };
  });
  return getDemand(ctx, actor, id);
}

/** The owner edits a draft or published demand; a closed one is final. A published demand is re-matched. */
export async function updateDemand(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZDemandPatch>): Promise<Demand> {
  const before = await findDemand(ctx.db, id);
  assertOwnsPost(actor, before, WHAT);
  if (before.status === 'closed') throw conflict('该技术需求已关闭，不能再修改');
  const patch = {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.field !== undefined ? { field: body.field } : {}),
    ...(body.ipcHints !== undefined ? { ipc_hints: hints(body.ipcHints) } : {}),
    ...(body.budget !== undefined ? { budget: body.budget } : {}),
    ...(body.deadline !== undefined ? { deadline: body.deadline } : {}),
    ...(body.regionCode !== undefined ? { region_code: regionOf(actor, body.regionCode) } : {}),
    updated_at: nowIso(ctx),
  };
  await mutate(ctx, actor, async (trx) => {
    await updateDemandRow(trx, id, patch);
    return {
      value: null,
      audit: { action: 'tech_demand.update', entityType: 'tech_demand', entityId: id, regionCode: before.region_code, before, after: body },
    };
  });
  if (before.status === 'published') await rematchDemand(ctx, id);
  return getDemand(ctx, actor, id);
}

/**
 * Publishes (draft → published) or closes a demand. Publishing matches it at once and tells the owner
 * how many candidates were found (after the commit: a rolled-back publish notifies nobody).
 */
export async function moveDemand(ctx: AppContext, actor: Actor, id: number, action: 'publish' | 'close'): Promise<Demand> {
  const before = await findDemand(ctx.db, id);
  assertCanViewPost(actor, before, WHAT);
  const t = assertTransition(postWorkflow, before.status as PostStatus, action, {
    actor,
    subject: { regionCode: before.region_code, ownerOrgId: Number(before.org_id) },
  });
  if (action === 'publish' && before.deadline && before.deadline < todayIso(ctx)) {
    throw conflict(`该需求的截止日期 ${before.deadline} 已过，请修改截止日期后再发布`);
  }
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateDemandRow(trx, id, { status: t.to, updated_at: at, ...(t.to === 'published' ? { published_at: at } : { closed_at: at }) });
    if (t.to === 'closed') await deleteMatchesOf(trx, id);
    return {
      value: null,
      audit: {
        action: `tech_demand.${action}`,
        entityType: 'tech_demand',
        entityId: id,
        regionCode: before.region_code,
        before: { status: before.status },
        after: { status: t.to },
      },
    };
  });
  if (t.to === 'published') await rematchDemand(ctx, id);
  return getDemand(ctx, actor, id);
}

/** The ranked supply candidates of a demand with their explanations (the owner and the bureau above it). */
export async function getDemandMatches(ctx: AppContext, actor: Actor, id: number, limit: number): Promise<MatchList> {
  const row = await findDemand(ctx.db, id);
  assertCanSeeMatches(actor, row);
  if (row.status === 'closed') throw conflict('该技术需求已关闭，不再匹配');
  const r = await matchDemand(ctx, row, limit);
  return { demandId: id, keyTerms: r.keyTerms, items: r.items };
}
