import type { Demand, Listing, PriceMode, TechPostStatus } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { names } from '../patents/api.js';
import type { DemandRow, ListingRow } from './repository.js';

type PatentRef = Listing['patents'][number];

/** A listing as the API returns it. */
export function presentListing(r: ListingRow, patents: readonly PatentRef[], actor: Actor | null): Listing {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    title: r.title,
    description: r.description,
    field: r.field,
    trl: r.trl,
    priceMode: r.price_mode as PriceMode,
    price: r.price,
    status: r.status as TechPostStatus,
    patents: [...patents],
    publishedAt: r.published_at,
    closedAt: r.closed_at,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    mine: actor?.orgId === Number(r.org_id),
  };
}

/** A demand as the API returns it. */
export function presentDemand(r: DemandRow, actor: Actor | null): Demand {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    title: r.title,
    description: r.description,
    field: r.field,
    ipcHints: names(r.ipc_hints),
    budget: r.budget,
    deadline: r.deadline,
    status: r.status as TechPostStatus,
    publishedAt: r.published_at,
    closedAt: r.closed_at,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    mine: actor?.orgId === Number(r.org_id),
  };
}
