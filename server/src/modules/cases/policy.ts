import type { Actor } from '../../platform/actor.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import type { Party } from '../../platform/parties.js';

/**
 * A case handler (办案人员): holds `case.handle` in a region role whose jurisdiction covers the record. Case files
 * and complainants' identities are theirs alone (and the assigned parties' for the case file itself).
 */
export function isHandler(actor: Actor | null, regionCode: string): boolean {
  return !!actor && actor.scope === 'region' && actor.permissions.has('case.handle') && isWithinRegion(regionCode, actor.regionCode);
}

/** May the actor open the case file: a handler of its region, or an organisation assigned to it as a party. */
export function maySeeCase(actor: Actor, regionCode: string, parties: readonly Pick<Party, 'orgId'>[]): boolean {
  return isHandler(actor, regionCode) || parties.some((p) => p.orgId === actor.orgId);
}

/** A name as others than the handlers see it: the first character, then one star per character (张**). */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  return `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;
}
