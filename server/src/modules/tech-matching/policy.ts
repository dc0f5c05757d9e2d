import type { Actor } from '../../platform/actor.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';

/** A listing, demand or contact as the policy sees it. */
export interface PostScope {
  status: string;
  org_id: number;
  region_code: string;
}

/** Bureau staff with oversight whose jurisdiction covers the region (市/区县/乡镇 see their region and below). */
export function oversees(actor: Actor | null, regionCode: string): boolean {
  return !!actor && actor.scope === 'region' && actor.permissions.has('tech.oversee') && isWithinRegion(regionCode, actor.regionCode);
}

/** Published postings are public; drafts and closed ones only to their owner and to the bureau above them. */
export function canViewPost(actor: Actor | null, row: PostScope): boolean {
  if (row.status === 'published') return true;
  return (!!actor && actor.orgId === row.org_id) || oversees(actor, row.region_code);
}

/** Throws 404 when the posting is absent or hidden from the actor. */
export function assertCanViewPost<T extends PostScope>(actor: Actor | null, row: T | undefined, what: string): asserts row is T {
  if (!row || !canViewPost(actor, row)) throw notFound(what);
}

/** Only the owning organisation changes a posting: 404 if the actor cannot even see it, else 403. */
export function assertOwnsPost<T extends PostScope>(actor: Actor, row: T | undefined, what: string): asserts row is T {
  assertCanViewPost(actor, row, what);
  if (row.org_id !== actor.orgId) throw forbidden(`只能修改本单位发布的${what}`);
}

/** The owner of the demand and the bureau above it see its matches. */
export function assertCanSeeMatches(actor: Actor, row: PostScope | undefined): asserts row is PostScope {
  if (!row || !(row.org_id === actor.orgId || oversees(actor, row.region_code))) throw notFound('需求');
}
