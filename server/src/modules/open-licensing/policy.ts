import type { Actor } from '../../platform/actor.js';
import { canAccess } from '../../platform/jurisdiction.js';

/**
 * Who may see a declaration: its patentee, licensees under it, and region roles whose jurisdiction
 * covers the patentee's region. (Published declarations are public through the catalogue.)
 */
export function maySeeDeclaration(actor: Actor, d: { region_code: string; patentee_org_id: number }, licenseeOrgIds: readonly number[]): boolean {
  if (actor.scope === 'own-org') return Number(d.patentee_org_id) === actor.orgId || licenseeOrgIds.includes(actor.orgId);
  return canAccess(actor, { regionCode: d.region_code, orgId: Number(d.patentee_org_id) });
}

/** Who may see a licence: its two parties, and region roles covering either party's region. */
export function maySeeLicence(actor: Actor, l: { licensor_org_id: number; licensee_org_id: number; region_code: string; declaration_region: string }): boolean {
  if (actor.scope === 'own-org') return Number(l.licensor_org_id) === actor.orgId || Number(l.licensee_org_id) === actor.orgId;
  return canAccess(actor, { regionCode: l.region_code, orgId: null }) || canAccess(actor, { regionCode: l.declaration_region, orgId: null });
}
