import { sql } from 'kysely';
import type { z } from 'zod';
import { dealKinds, type DealKind, type TechStats, type ZTechStatsQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction, regionCondition, regionPrefix } from '../../platform/jurisdiction.js';
import { findDeals } from './contact-repository.js';
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
  const within = regionCondition('region_code', region);
  const from = f.from ?? null;
  const to = f.to ?? null;
  let deals = ctx.db.selectFrom('tech_deals').where(within);
  if (from) deals = deals.where('deal_date', '>=', from);
  if (to) deals = deals.where('deal_date', '<=', to);
  const byKind = await deals
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`coalesce(sum(amount), 0)`.as('amount')])
    .groupBy('kind')
    .execute();
  // Timestamps are ISO UTC text: the period's end day is included up to its last instant.
  const hi = to ? `${to}T23:59:59.999Z` : null;
  const countPosts = async (table: 'tech_listings' | 'tech_demands') => {
    let q = ctx.db.selectFrom(table).where(within).where('published_at', 'is not', null);
    if (from) q = q.where('published_at', '>=', from);
    if (hi) q = q.where('published_at', '<=', hi);
    const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  };
  let contacts = ctx.db.selectFrom('tech_contacts').where(within);
  if (from) contacts = contacts.where('created_at', '>=', from);
  if (hi) contacts = contacts.where('created_at', '<=', hi);
  const contactCount = await contacts.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
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
    listingsPublished: await countPosts('tech_listings'),
    demandsPublished: await countPosts('tech_demands'),
    contacts: Number(contactCount.n),
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
