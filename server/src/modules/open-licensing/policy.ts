import type { Actor } from '../../platform/actor.js';
import { canAccess, inJurisdiction, type Scoped } from '../../platform/jurisdiction.js';

/**
 * Who may see a declaration: its patentee, its standing parties (licensees under it, as observers, even
 * after a withdrawal), and region roles whose jurisdiction covers the patentee's region. (Published
 * declarations are public through the catalogue.)
 */
export function maySeeDeclaration(actor: Actor, d: Scoped): boolean {
  return canAccess(actor, d);
}

/**
 * Who may see a licence: the licensee (its owner), the licensor while it stands as the counterparty, and
 * region roles covering either side's region (the licensee's, or the declaration's).
 */
export function maySeeLicence(actor: Actor, l: Scoped & { declarationRegion: string }): boolean {
  return canAccess(actor, l) || inJurisdiction(actor, { regionCode: l.declarationRegion, orgId: null });
}
