import { message, type PolicyLine, type PolicyMatch, type PolicyRule } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { evaluatePolicy, type PolicyFacts } from '../../platform/policy.js';
import { creditRestrictions } from '../credit/api.js';
import { findPledges } from '../patents/api.js';
import { subsidyPolicyTemplates } from '../subsidies/api.js';
import { findEnterprise, findHeldPatentsInForce } from './repository.js';

/**
 * Policies an enterprise qualifies for (免申即享 style): the published subsidy policies (subsidies/api.ts) run
 * through the policy engine (platform/policy.ts) against the enterprise's own facts — its profile, its credit
 * listings and the pledges registered on its patents — and each that no condition refuses is told with the
 * reason (the engine's coded condition lines). The interest subsidies pay on pledge loans: an enterprise with no
 * pledge standing on its patents has nothing to claim and is told nothing. A credit listing restricting funding
 * (`funding_review`) withholds every policy (the subsidy itself would be refused).
 */
export async function policyMatches(ctx: AppContext, orgId: number, today: string): Promise<PolicyMatch[]> {
  if ((await creditRestrictions(ctx.db, orgId, today, 'funding_review')).length > 0) return [];
  const ent = await findEnterprise(ctx.db, orgId);
  if (!ent || ent.kind !== 'enterprise') return [];
  const held = await findHeldPatentsInForce(ctx.db, orgId, today);
  const pledges = await findPledges(
    ctx.db,
    held.map((p) => Number(p.id)),
  );
  const standing = pledges.filter((p) => p.registered_on <= today && (p.ended_on === null || p.ended_on > today));
  if (standing.length === 0) return [];
  const perPatent = new Map<number, number>();
  for (const p of pledges) perPatent.set(Number(p.patent_id), (perPatent.get(Number(p.patent_id)) ?? 0) + 1);
  const tags = ent.tags ? (JSON.parse(ent.tags) as string[]) : [];
  const facts: PolicyFacts = {
    flags: {
      // Facts the profile does not establish stay unknown (never "no"): the engine then says a figure is missing.
      ...(tags.includes('specialised_sme') ? { sme: true } : {}),
      ...(ent.credit_code ? { independentLegalPerson: true } : {}),
      pledgorIsHolder: standing.some((p) => p.pledgor === null || p.pledgor === ent.name),
      firstPledge: standing.some((p) => perPatent.get(Number(p.patent_id)) === 1),
    },
    numbers: {},
  };
  const out: PolicyMatch[] = [];
  for (const t of subsidyPolicyTemplates) {
    // The conditions only: the amount needs the loan (principal, rate, months), which the application gives.
    const conditionsOnly: PolicyRule = { ...t.rule, base: { kind: 'fixed', amount: 0 }, bonuses: [], caps: [] };
    const r = evaluatePolicy(conditionsOnly, facts, () => null);
    if (r.outcome === 'ineligible') continue;
    const lines: PolicyLine[] = r.lines.filter((l) => !l.code.startsWith('policy.result') && !l.code.startsWith('policy.formula'));
    const outcome = r.outcome === 'granted' ? 'qualifies' : 'check';
    out.push({
      policyKey: t.key,
      name: t.name,
      nameEn: t.nameEn,
      outcome,
      lines,
      reason: message(outcome === 'qualifies' ? 'reminders.policy.qualifies' : 'reminders.policy.check', { name: t.name, nameEn: t.nameEn }),
      link: '/subsidies/mine',
    });
  }
  return out;
}
