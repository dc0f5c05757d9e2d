import type { PartyRole } from '@zhichan/contract';
import type { Executor } from '../db/database.js';
import type { Actor, AuditActor } from './actor.js';
import type { AppContext } from './context.js';
import { nowIso } from './context.js';
import { recordAudit } from './audit.js';
import { closeParty, findActiveParties, insertParty, type Party, type RecordRef } from './parties-repository.js';

export { partyCondition } from './parties-repository.js';

export type { Party, RecordRef } from './parties-repository.js';

/** The standing parties of a record (its owner is on the record itself, not here). */
export function loadParties(db: Executor, ref: RecordRef): Promise<Party[]> {
  return findActiveParties(db, ref);
}

/**
 * Names an organisation as a party of a record, inside the transaction that creates or moves the record
 * (a bank an enterprise applies to, the police unit a case is referred to). The caller's audit row for
 * that change covers it.
 */
export async function addParty(ctx: Pick<AppContext, 'clock'>, trx: Executor, ref: RecordRef, orgId: number, role: PartyRole): Promise<void> {
  await insertParty(trx, ref, orgId, role, nowIso(ctx));
}

/**
 * Ends an organisation's part on a record (an enterprise revokes its consent for a bank; a referral is
 * returned): from then on the organisation gets 404 for the record. Inside the caller's transaction;
 * when the end is the whole change (a revocation), pass `audit` and it writes the one audit row, naming
 * the organisation and the reason. Returns false when the organisation had no standing part to end.
 */
export async function endParty(
  ctx: Pick<AppContext, 'clock'>,
  trx: Executor,
  by: Actor | AuditActor,
  ref: RecordRef,
  orgId: number,
  opts: { role?: PartyRole; reason: string; audit?: { action: string; regionCode: string } },
): Promise<boolean> {
  const ended = await closeParty(trx, ref, orgId, opts.role ?? null, { at: nowIso(ctx), by: by.userId, reason: opts.reason });
  if (ended > 0 && opts.audit) {
    await recordAudit(ctx, trx, by, {
      action: opts.audit.action,
      entityType: ref.type,
      entityId: ref.id,
      regionCode: opts.audit.regionCode,
      before: { partyOrgId: orgId, role: opts.role ?? null },
      after: { ended: true, reason: opts.reason },
    });
  }
  return ended > 0;
}

/** The party roles an actor's organisation holds on a record: 'owner' from the record, the rest from its parties. */
export function rolesOf(actor: Pick<Actor, 'orgId'> | null, ownerOrgId: number | null, parties: readonly Pick<Party, 'orgId' | 'role'>[] = []): Set<PartyRole> {
  const roles = new Set<PartyRole>();
  if (!actor) return roles;
  if (ownerOrgId !== null && ownerOrgId === actor.orgId) roles.add('owner');
  for (const p of parties) if (p.orgId === actor.orgId) roles.add(p.role);
  return roles;
}
