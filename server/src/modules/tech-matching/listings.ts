import type { z } from 'zod';
import type { Listing, ZListingInput, ZListingPatch, ZTechListQuery, ZTechSuperviseQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import { nowIso, type AppContext } from '../../platform/context.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { assertTransition } from '../../platform/workflow.js';
import { assertCanViewPost, assertOwnsPost } from './policy.js';
import { presentListing } from './present.js';
import {
  findListing,
  findListings,
  listingPatents,
  patentsHeldBy,
  type PostFilter,
  insertListing,
  orgName,
  replaceListingPatents,
  updateListingRow,
} from './repository.js';
import { postWorkflow, type PostStatus } from './workflow.js';

const WHAT = '供应项目';

async function page(ctx: AppContext, actor: Actor | null, f: PostFilter, q: { page: number; pageSize: number }) {
  const { items, total } = await findListings(ctx.db, f, q.page, q.pageSize);
  const patents = await listingPatents(
    ctx.db,
    items.map((i) => Number(i.id)),
  );
  return { items: items.map((r) => presentListing(r, patents.get(Number(r.id)) ?? [], actor)), total, page: q.page, pageSize: q.pageSize };
}

/** The supply hall (供应大厅): published listings, searchable by anyone. */
export function listPublishedListings(ctx: AppContext, actor: Actor | null, q: z.infer<typeof ZTechListQuery>) {
  return page(ctx, actor, { status: 'published', withinRegion: q.regionCode, q: q.q, field: q.field, priceMode: q.priceMode }, q);
}

/** The caller's organisation's listings, every status. */
export function listMyListings(ctx: AppContext, actor: Actor, q: z.infer<typeof ZTechListQuery>) {
  return page(ctx, actor, { orgId: actor.orgId, q: q.q, field: q.field, priceMode: q.priceMode }, q);
}

/** Bureau supervision: listings of every status within the jurisdiction. */
export function superviseListings(ctx: AppContext, actor: Actor, q: z.infer<typeof ZTechSuperviseQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, actor, { status: q.status, withinRegion: q.regionCode ?? actor.regionCode, q: q.q, field: q.field, priceMode: q.priceMode }, q);
}

/** One listing: public once published, else its owner's and the bureau's above it. */
export async function getListing(ctx: AppContext, actor: Actor | null, id: number): Promise<Listing> {
  const row = await findListing(ctx.db, id);
  assertCanViewPost(actor, row, WHAT);
  const patents = await listingPatents(ctx.db, [id]);
  return presentListing(row, patents.get(id) ?? [], actor);
}

/** The offered patents must exist and be the organisation's own (held or applied for). */
async function checkPatents(ctx: AppContext, actor: Actor, ids: readonly number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const held = await patentsHeldBy(ctx.db, actor.orgId, await orgName(ctx.db, actor.orgId), unique);
  const foreign = unique.filter((id) => !held.has(id));
  if (foreign.length) throw badRequest(`只能发布本单位持有或申请的专利（专利 ${foreign.join('、')} 不属于本单位）`, { patentIds: '包含非本单位的专利' });
  return unique;
}

function regionOf(actor: Actor, requested: string | undefined): string {
  if (!requested) return actor.regionCode;
  if (!isWithinRegion(requested, actor.regionCode) && !isWithinRegion(actor.regionCode, requested.slice(0, 6))) {
    throw badRequest('所在地应为本单位所在的区县或乡镇', { regionCode: '不在本单位所在地' });
  }
  return requested;
}

/** Posts a new listing as a draft (企业、高校、科研院所发布项目供应). */
export async function createListing(ctx: AppContext, actor: Actor, body: z.infer<typeof ZListingInput>): Promise<Listing> {
  const patentIds = await checkPatents(ctx, actor, body.patentIds ?? []);
  const at = nowIso(ctx);
  const row = {
    org_id: actor.orgId,
    owner_user_id: actor.userId,
    region_code: regionOf(actor, body.regionCode),
    title: body.title,
    description: body.description,
    field: body.field,
    trl: body.trl,
    price_mode: body.priceMode,
    price: body.priceMode === 'negotiable' ? null : (body.price ?? null),
    status: 'draft',
    published_at: null,
    closed_at: null,
    is_demo: 0,
    created_at: at,
    updated_at: at,
  };
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertListing(trx, row);
    await replaceListingPatents(trx, id, patentIds);
    return {
      value: id,
      audit: { action: 'tech_listing.create', entityType: 'tech_listing', entityId: id, regionCode: row.region_code, after: { ...row, patentIds } },
    };
  });
  return getListing(ctx, actor, id);
}

/** The owner edits a draft or published listing; a closed one is final. */
export async function updateListing(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZListingPatch>): Promise<Listing> {
  const before = await findListing(ctx.db, id);
  assertOwnsPost(actor, before, WHAT);
  if (before.status === 'closed') throw conflict('该供应项目已关闭，不能再修改');
  const patentIds = body.patentIds ? await checkPatents(ctx, actor, body.patentIds) : null;
  const priceMode = body.priceMode ?? before.price_mode;
  const patch = {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.field !== undefined ? { field: body.field } : {}),
    ...(body.trl !== undefined ? { trl: body.trl } : {}),
    ...(body.priceMode !== undefined ? { price_mode: body.priceMode } : {}),
    ...(body.price !== undefined || priceMode === 'negotiable' ? { price: priceMode === 'negotiable' ? null : (body.price ?? null) } : {}),
    ...(body.regionCode !== undefined ? { region_code: regionOf(actor, body.regionCode) } : {}),
    updated_at: nowIso(ctx),
  };
  await mutate(ctx, actor, async (trx) => {
    await updateListingRow(trx, id, patch);
    if (patentIds) await replaceListingPatents(trx, id, patentIds);
    return {
      value: null,
      audit: { action: 'tech_listing.update', entityType: 'tech_listing', entityId: id, regionCode: before.region_code, before, after: body },
    };
  });
  return getListing(ctx, actor, id);
}

/** Publishes (draft → published) or closes (draft/published → closed) a listing. */
export async function moveListing(ctx: AppContext, actor: Actor, id: number, action: 'publish' | 'close'): Promise<Listing> {
  const before = await findListing(ctx.db, id);
  assertCanViewPost(actor, before, WHAT);
  const t = assertTransition(postWorkflow, before.status as PostStatus, action, {
    actor,
    subject: { regionCode: before.region_code, ownerOrgId: Number(before.org_id) },
  });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateListingRow(trx, id, { status: t.to, updated_at: at, ...(t.to === 'published' ? { published_at: at } : { closed_at: at }) });
    return {
      value: null,
      audit: {
        action: `tech_listing.${action}`,
        entityType: 'tech_listing',
        entityId: id,
        regionCode: before.region_code,
        before: { status: before.status },
        after: { status: t.to },
      },
    };
  });
  return getListing(ctx, actor, id);
}
