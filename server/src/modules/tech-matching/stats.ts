import type { z } from 'zod';
import { dealKinds, type DealKind, type TechStats, type ZTechStatsQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction, regionPrefix } from '../../platform/jurisdiction.js';
import { countTechActivity, findDeals } from './contact-repository.js';
import { presentDeal } from './contacts.js';

/** Inclusive period; dates are 'YYYY-MM-DD'. */
export interface TechStatsFilter {
  /** Region prefix ("3708" = Jining and below) or a full region code. */
  regionPrefix: string;
  from?: string | null;
  to?: string | null;
}

/**
 * Technology transfer statistics (技术转移成交统计) for the indicators: deals recorded from contacts by
 * kind and amount (deal date in the period), listings and demands published and contacts started in it,
 * within a region. Other modules (the indicators) call this; the stats route presents it.
 */
export async function techDealStats(ctx: AppContext, f: TechStatsFilter): Promise<TechStats> {
  const region = f.regionPrefix.length === 6 || f.regionPrefix.length === 9 ? f.regionPrefix : f.regionPrefix.padEnd(6, '0');
  const from = f.from ?? null;
  const to = f.to ?? null;
  const { byKind, listingsPublished, demandsPublished, contactsStarted } = await countTechActivity(ctx.db, region, from, to);
  const kinds = dealKinds.map((kind: DealKind) => {
    const r = byKind.find((x) => x.kind === kind);
    return { kind, deals: Number(r?.n ?? 0), amount: Number(r?.amount ?? 0) };
  });
  return {
    regionPrefix: regionPrefix(region),
    from,
    to,
    deals: kinds.reduce((a, k) => a + k.deals, 0),
    amount: kinds.reduce((a, k) => a + k.amount, 0),
    byKind: kinds,
    listingsPublished,
    demandsPublished,
    contacts: contactsStarted,
  };
}

/** The stats route: the caller's jurisdiction, or a region within it. */
export function getTechStats(ctx: AppContext, actor: Actor, q: z.infer<typeof ZTechStatsQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return techDealStats(ctx, { regionPrefix: q.regionCode ?? actor.regionCode, from: q.from, to: q.to });
}

/** Deals of the caller's organisation; the bureau sees those of its jurisdiction. */
export async function listDeals(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  const f = actor.scope === 'region' && actor.permissions.has('tech.oversee') ? { withinRegion: actor.regionCode } : { partyOrgId: actor.orgId };
  const { items, total } = await findDeals(ctx.db, f, q.page, q.pageSize);
  return { items: items.map(presentDeal), total, page: q.page, pageSize: q.pageSize };
}
