import type { z } from 'zod';
import type { SubsidyApplication, SubsidyApplicationList, ZMySubsidiesQuery, ZSubsidyQueueQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { listApplications, type ApplicationFilter } from './repository.js';
import { presentApplication } from './present.js';
import { loadApplication } from './service.js';

async function page(ctx: AppContext, f: ApplicationFilter, q: { page: number; pageSize: number }): Promise<SubsidyApplicationList> {
  const { rows, total } = await listApplications(ctx.db, f, q);
  return { items: rows.map(presentApplication), total, page: q.page, pageSize: q.pageSize };
}

/** The enterprise's own applications (我的贴息申报). */
export function listMySubsidies(ctx: AppContext, actor: Actor, q: z.infer<typeof ZMySubsidiesQuery>) {
  return page(ctx, { orgId: actor.orgId, status: q.status }, q);
}

/** Applications of enterprises within the reviewer's jurisdiction (审核队列). */
export function listSubsidiesForReview(ctx: AppContext, actor: Actor, q: z.infer<typeof ZSubsidyQueueQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, { status: q.status, withinRegion: q.regionCode ?? actor.regionCode }, q);
}

/** One application, as its enterprise or the reviewers of its region see it. */
export async function getSubsidy(ctx: AppContext, actor: Actor, id: number): Promise<SubsidyApplication> {
  return presentApplication(await loadApplication(ctx, actor, id));
}
