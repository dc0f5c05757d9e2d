import type { AppContext } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { buildPatent } from '../../../test/factories.js';
import { DEAL, POLICY } from './repository.js';

/** A patent-infringement-loss policy of the insurer over a fresh patent, the insured enterprise as counterparty (inserted directly). */
export async function buildPolicy(ctx: AppContext, o: { insurerOrgId: number; insuredOrgId: number; regionCode: string; claim?: boolean }) {
  const p = await buildPatent(ctx);
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('ip_insurance_policies')
    .values({
      kind: 'patent_infringement_loss',
      policy_no: `BD${p.id}-${Math.random()}`,
      insurer_org_id: o.insurerOrgId,
      insured_org_id: o.insuredOrgId,
      region_code: o.regionCode,
      sum_insured: 1_000_000,
      premium: 10_000,
      starts_on: '2026-01-01',
      ends_on: '2026-12-31',
      recorded_by: null,
      is_demo: 0,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.insertInto('ip_insurance_rights').values({ policy_id: id, patent_id: p.id, trademark_id: null }).execute();
  await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: POLICY, id }, o.insuredOrgId, 'counterparty'));
  let claimId = 0;
  if (o.claim) {
    const c = await ctx.db
      .insertInto('ip_insurance_claims')
      .values({
        policy_id: id,
        loss_on: '2026-02-01',
        amount_claimed: 200_000,
        description: '被侵权',
        status: 'filed',
        amount_paid: null,
        settled_on: null,
        reason: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    claimId = Number(c.id);
  }
  return { id, claimId };
}

/** A securitization deal of the region with the enterprise as originator (observer), inserted directly. */
export async function buildDeal(ctx: AppContext, o: { regionCode: string; originatorOrgId: number }) {
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('ip_securitizations')
    .values({
      name: '测试知识产权资产支持专项计划',
      issuer: '测试证券',
      region_code: o.regionCode,
      amount: 100_000_000,
      issued_on: '2026-01-15',
      licence_refs: '[]',
      tranches: JSON.stringify([
        { name: '优先级', amount: 95_000_000, ratePct: 3.2, termMonths: 24 },
        { name: '次级', amount: 5_000_000, ratePct: null, termMonths: 24 },
      ]),
      recorded_by: null,
      is_demo: 0,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.insertInto('ip_securitization_assets').values({ deal_id: id, patent_id: null, org_id: o.originatorOrgId }).execute();
  await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: DEAL, id }, o.originatorOrgId, 'observer'));
  return { id };
}
