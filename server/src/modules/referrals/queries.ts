import type { z } from 'zod';
import type { Offence, Referral, ZReferralListQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { openDue } from '../../platform/work-items.js';
import { presentReferral } from './present.js';
import { findOrgsOfKinds, listReferrals, REFERRAL, type ReferralView } from './repository.js';
import { loadReferral } from './steps.js';
import { checkThreshold } from './threshold.js';

async function present(ctx: AppContext, r: ReferralView): Promise<Referral> {
  const threshold = await checkThreshold(ctx.db, r.offence as Offence, r.case_value === null ? null : Number(r.case_value));
  return presentReferral(r, threshold, (await openDue(ctx.db, REFERRAL, Number(r.id))).dueOn);
}

/** One referral the actor may see (404 otherwise — a police unit it was not handed to gets 404). */
export async function getReferral(ctx: AppContext, actor: Actor, id: number): Promise<Referral> {
  return present(ctx, await loadReferral(ctx, actor, id));
}

/** The referrals the actor may see; `waiting` keeps those whose next step is the actor's (the workbench card counts these). */
export async function findReferrals(ctx: AppContext, actor: Actor, q: z.infer<typeof ZReferralListQuery> & { waiting?: boolean }) {
  const { rows, total } = await listReferrals(ctx.db, actor, q, q);
  return { items: await Promise.all(rows.map((r) => present(ctx, r))), total, page: q.page, pageSize: q.pageSize };
}

/** Organisations a referral or a mediation can name: police units, procuratorates, IP bureaus, mediation organisations. */
export async function partnerOrgs(ctx: AppContext) {
  const rows = await findOrgsOfKinds(ctx.db, ['police', 'procuratorate', 'ip_bureau', 'mediation']);
  return { items: rows.map((o) => ({ id: Number(o.id), name: o.name, kind: o.kind, regionCode: o.region_code })) };
}
