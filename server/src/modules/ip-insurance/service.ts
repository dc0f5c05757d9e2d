import type { z } from 'zod';
import {
  message,
  type CreatePolicyBody,
  type CreateSecuritizationBody,
  type InsuranceKind,
  type InsurancePolicy,
  type Securitization,
  type ZCreateClaimBody,
  type ZInsuranceListQuery,
  type ZSecuritizationListQuery,
  type ZSettleClaimBody,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { accessCondition, assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { mayTake } from '../../platform/workflow.js';
import {
  DEAL,
  POLICY,
  countExisting,
  findClaim,
  findClaims,
  findDeal,
  findDealAssets,
  findOrgs,
  findPolicy,
  findPolicyRights,
  insertClaim,
  insertDeal,
  insertPolicy,
  listDeals,
  listPolicies,
  settleClaimRow,
  type PolicyRow,
} from './repository.js';

async function presentPolicies(ctx: AppContext, rows: PolicyRow[]): Promise<InsurancePolicy[]> {
  const ids = rows.map((r) => Number(r.id));
  const [rights, claims] = await Promise.all([findPolicyRights(ctx.db, ids), findClaims(ctx.db, ids)]);
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind as InsuranceKind,
    policyNo: r.policy_no,
    insurerOrgId: Number(r.insurer_org_id),
    insurerName: r.insurer_name,
    insuredOrgId: Number(r.insured_org_id),
    insuredName: r.insured_name,
    regionCode: r.region_code,
    sumInsured: Number(r.sum_insured),
    premium: Number(r.premium),
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    rights: rights.filter((x) => Number(x.policy_id) === Number(r.id)).map((x) => ({ kind: x.kind, id: Number(x.id), number: x.number, title: x.title })),
    claims: claims
      .filter((c) => Number(c.policy_id) === Number(r.id))
      .map((c) => ({
        id: Number(c.id),
        lossOn: c.loss_on,
        amountClaimed: Number(c.amount_claimed),
        description: c.description,
        status: c.status as 'filed' | 'paid' | 'declined',
        amountPaid: c.amount_paid === null ? null : Number(c.amount_paid),
        settledOn: c.settled_on,
        reason: c.reason,
      })),
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  }));
}

async function presentPolicy(ctx: AppContext, id: number): Promise<InsurancePolicy> {
  const [p] = await presentPolicies(ctx, [(await findPolicy(ctx.db, id)) as PolicyRow]);
  return p as InsurancePolicy;
}

/** A policy its insurer, its insured enterprise or a region role over the insured may see, or 404. */
async function loadPolicy(ctx: AppContext, actor: Actor, id: number) {
  const row = await findPolicy(ctx.db, id);
  if (!row) throw notFound('保单');
  const parties = await loadParties(ctx.db, { type: POLICY, id });
  if (!canAccess(actor, { regionCode: row.region_code, orgId: Number(row.insurer_org_id), parties })) throw notFound('保单');
  return { row, subject: { regionCode: row.region_code, ownerOrgId: Number(row.insurer_org_id), parties } };
}

/**
 * An insurer records a policy it wrote (知识产权保险保单): the insured must be an enterprise on the platform and
 * the covered patents or trademarks exist; the insured enterprise stands on it as counterparty (it sees the
 * policy and may report a claim), the policy counts in the insured's region.
 */
export async function createPolicy(ctx: AppContext, actor: Actor, body: CreatePolicyBody): Promise<InsurancePolicy> {
  if (actor.orgKind !== 'insurer') throw forbidden(message('insurance.insurer_only'));
  const [insured] = await findOrgs(ctx.db, [body.insuredOrgId]);
  if (!insured || insured.kind !== 'enterprise')
    throw badRequest(message('insurance.insured_not_enterprise'), { insuredOrgId: message('insurance.insured_not_enterprise') });
  const patentIds = [...new Set(body.patentIds)];
  const trademarkIds = [...new Set(body.trademarkIds)];
  if ((await countExisting(ctx.db, 'patents', patentIds)) !== patentIds.length)
    throw badRequest(message('insurance.right_missing'), { patentIds: message('insurance.right_missing') });
  if ((await countExisting(ctx.db, 'trademarks', trademarkIds)) !== trademarkIds.length)
    throw badRequest(message('insurance.right_missing'), { trademarkIds: message('insurance.right_missing') });
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertPolicy(
      trx,
      {
        kind: body.kind,
        policy_no: body.policyNo,
        insurer_org_id: actor.orgId,
        insured_org_id: body.insuredOrgId,
        region_code: insured.region_code,
        sum_insured: body.sumInsured,
        premium: body.premium,
        starts_on: body.startsOn,
        ends_on: body.endsOn,
        recorded_by: actor.userId,
        is_demo: 0,
        created_at: at,
      },
      { patentIds, trademarkIds },
    );
    await addParty(ctx, trx, { type: POLICY, id }, body.insuredOrgId, 'counterparty');
    return { value: id, audit: { action: 'insurance.policy_create', entityType: POLICY, entityId: id, regionCode: insured.region_code, after: body } };
  });
  return presentPolicy(ctx, id);
}

/** Policies within the caller's reach: an insurer's own, an enterprise's as insured, a bureau's region. */
export async function listPoliciesFor(ctx: AppContext, actor: Actor, q: z.infer<typeof ZInsuranceListQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  const access = accessCondition(actor, { region: 'p.region_code', owner: 'p.insurer_org_id', parties: { recordType: POLICY, idColumn: 'p.id' } });
  const { rows, total } = await listPolicies(ctx.db, { access, kind: q.kind, region: q.regionCode }, q);
  return { items: await presentPolicies(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getPolicy(ctx: AppContext, actor: Actor, id: number) {
  await loadPolicy(ctx, actor, id);
  return presentPolicy(ctx, id);
}

/** The insured or the insurer reports a loss (报案) within the policy's period, for no more than the sum insured. */
export async function fileClaim(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZCreateClaimBody>): Promise<InsurancePolicy> {
  const p = await loadPolicy(ctx, actor, id);
  if (!mayTake(actor, { who: ['owner', 'counterparty'] }, p.subject)) throw forbidden();
  if (body.lossOn < p.row.starts_on || body.lossOn > p.row.ends_on) {
    throw conflict(message('insurance.claim_outside_period', { date: body.lossOn, from: p.row.starts_on, to: p.row.ends_on }));
  }
  if (body.amountClaimed > Number(p.row.sum_insured)) {
    throw conflict(message('insurance.claim_over_sum', { amount: body.amountClaimed, sum: Number(p.row.sum_insured) }));
  }
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const claimId = await insertClaim(trx, {
      policy_id: id,
      loss_on: body.lossOn,
      amount_claimed: body.amountClaimed,
      description: body.description,
      status: 'filed',
      amount_paid: null,
      settled_on: null,
      reason: null,
      created_at: at,
    });
    return {
      value: null,
      audit: { action: 'insurance.claim_file', entityType: POLICY, entityId: id, regionCode: p.row.region_code, after: { claimId, ...body } },
    };
  });
  return presentPolicy(ctx, id);
}

/** The insurer settles a claim: paid (at most the amount claimed) or declined with its reason. */
export async function settleClaim(
  ctx: AppContext,
  actor: Actor,
  id: number,
  claimId: number,
  body: z.infer<typeof ZSettleClaimBody>,
): Promise<InsurancePolicy> {
  const p = await loadPolicy(ctx, actor, id);
  if (!mayTake(actor, { who: 'owner' }, p.subject)) throw forbidden(message('insurance.insurer_only'));
  const claim = await findClaim(ctx.db, id, claimId);
  if (!claim) throw notFound('索赔');
  if (claim.status !== 'filed') throw conflict(message('insurance.claim_settled'));
  if (body.outcome === 'paid' && (body.amountPaid ?? 0) > Number(claim.amount_claimed)) {
    throw badRequest(message('insurance.paid_over_claim'), { amountPaid: message('insurance.paid_over_claim') });
  }
  await mutate(ctx, actor, async (trx) => {
    await settleClaimRow(trx, claimId, {
      status: body.outcome,
      amount_paid: body.outcome === 'paid' ? (body.amountPaid ?? null) : null,
      settled_on: body.settledOn,
      reason: body.outcome === 'declined' ? (body.reason ?? null) : null,
    });
    return {
      value: null,
      audit: {
        action: 'insurance.claim_settle',
        entityType: POLICY,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: claim.status },
        after: { claimId, ...body },
      },
    };
  });
  return presentPolicy(ctx, id);
}

// —— Securitization ——

async function presentDeals(ctx: AppContext, rows: NonNullable<Awaited<ReturnType<typeof findDeal>>>[]): Promise<Securitization[]> {
  const { patents, orgs } = await findDealAssets(
    ctx.db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    issuer: r.issuer,
    regionCode: r.region_code,
    amount: Number(r.amount),
    issuedOn: r.issued_on,
    patents: patents.filter((p) => Number(p.deal_id) === Number(r.id)).map((p) => ({ id: Number(p.id), appNo: p.app_no, title: p.title })),
    licenceRefs: JSON.parse(r.licence_refs) as string[],
    originators: orgs.filter((o) => Number(o.deal_id) === Number(r.id)).map((o) => ({ id: Number(o.id), name: o.name })),
    tranches: JSON.parse(r.tranches) as Securitization['tranches'],
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  }));
}

/**
 * The bureau records a securitization deal of its region (知识产权证券化): the issuer, the amount and its tranches
 * (which must add up to it), the underlying patents or licence contracts, and the enterprises whose rights enter the
 * pool (they see the deal and it shows in their profile).
 */
export async function createSecuritization(ctx: AppContext, actor: Actor, body: CreateSecuritizationBody): Promise<Securitization> {
  assertRegionInJurisdiction(actor, body.regionCode);
  const sum = body.tranches.reduce((s, t) => s + t.amount, 0);
  if (Math.abs(sum - body.amount) > 0.005) {
    throw badRequest(message('securitization.tranches_sum', { sum, amount: body.amount }), {
      tranches: message('securitization.tranches_sum', { sum, amount: body.amount }),
    });
  }
  const orgIds = [...new Set(body.originatorOrgIds)];
  const orgs = await findOrgs(ctx.db, orgIds);
  if (orgs.length !== orgIds.length || orgs.some((o) => o.kind !== 'enterprise')) {
    throw badRequest(message('securitization.originator_missing'), { originatorOrgIds: message('securitization.originator_missing') });
  }
  const patentIds = [...new Set(body.patentIds)];
  if ((await countExisting(ctx.db, 'patents', patentIds)) !== patentIds.length)
    throw badRequest(message('insurance.right_missing'), { patentIds: message('insurance.right_missing') });
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertDeal(
      trx,
      {
        name: body.name,
        issuer: body.issuer,
        region_code: body.regionCode,
        amount: body.amount,
        issued_on: body.issuedOn,
        licence_refs: JSON.stringify(body.licenceRefs),
        tranches: JSON.stringify(body.tranches),
        recorded_by: actor.userId,
        is_demo: 0,
        created_at: at,
      },
      patentIds,
      orgIds,
    );
    for (const o of orgIds) await addParty(ctx, trx, { type: DEAL, id }, o, 'observer');
    return { value: id, audit: { action: 'securitization.create', entityType: DEAL, entityId: id, regionCode: body.regionCode, after: body } };
  });
  return (await presentDeals(ctx, [(await findDeal(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findDeal>>>]))[0] as Securitization;
}

export async function listSecuritizations(ctx: AppContext, actor: Actor, q: z.infer<typeof ZSecuritizationListQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  const access = accessCondition(actor, { region: 'd.region_code', parties: { recordType: DEAL, idColumn: 'd.id' } });
  const { rows, total } = await listDeals(ctx.db, { access, region: q.regionCode }, q);
  return { items: await presentDeals(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getSecuritization(ctx: AppContext, actor: Actor, id: number): Promise<Securitization> {
  const d = await findDeal(ctx.db, id);
  if (!d) throw notFound('证券化产品');
  const parties = await loadParties(ctx.db, { type: DEAL, id });
  if (!canAccess(actor, { regionCode: d.region_code, orgId: null, parties })) throw notFound('证券化产品');
  return (await presentDeals(ctx, [d]))[0] as Securitization;
}
