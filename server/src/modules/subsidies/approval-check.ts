import { message, messageText, type Message, type PolicyEvaluation, type PolicyRule, type SubsidyFlags } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { evaluatePolicy, yuanText, type PolicyUsage } from '../../platform/policy.js';
import { creditListedOrgs, creditRestrictionMessage } from '../credit/api.js';
import { loadLprLookup, policyFacts } from './compute.js';
import { findApplicationRows, grantedByOrg } from './repository.js';

/** Statuses firmly granted when a batch is approved: applications of batches already approved (or paid). */
const FIRM = ['approved', 'paid'] as const;

/** An application of the batch that may not be approved with it, and why. */
export interface BatchHold {
  applicationId: number;
  orgId: number;
  reason: Message;
}

/**
 * The re-check at a batch's approval (批准时复核). On the approval day, each application of the batch, in id order:
 * 1. its enterprise must not be on the IP credit list with a measure restricting funding (从严审查资助、奖励);
 * 2. computed again with the rule it was submitted under, against what is firmly granted by then — the
 *    applications of batches already approved or paid, plus those of this batch approved before it — its amount
 *    must still reach the amount approved on review (the enterprise-year, enterprise-total and period caps).
 * An application failing either is held out with a coded reason; the others go on, each counting toward the caps
 * of the next. Returns the holds and the evaluation of each application kept.
 */
export async function recheckBatch(db: Executor, ids: readonly number[], today: string): Promise<{ holds: BatchHold[]; kept: Map<number, PolicyEvaluation> }> {
  const rows = await findApplicationRows(db, ids);
  const orgIds = [...new Set(rows.map((r) => Number(r.org_id)))];
  const [lpr, granted, listed] = await Promise.all([loadLprLookup(db), grantedByOrg(db, orgIds, FIRM), creditListedOrgs(db, today, 'funding_review')]);
  const grants = [...granted.filter((g) => !ids.includes(g.id))];
  const holds: BatchHold[] = [];
  const kept = new Map<number, PolicyEvaluation>();
  for (const a of rows) {
    const id = Number(a.id);
    const orgId = Number(a.org_id);
    const [restriction] = listed.get(orgId) ?? [];
    if (restriction) {
      const m = creditRestrictionMessage(restriction);
      holds.push({ applicationId: id, orgId, reason: message('subsidy.held_credit', { listing: messageText(m, 'zh'), listingEn: messageText(m, 'en') }) });
      continue;
    }
    const used: Required<PolicyUsage> = { application: 0, enterprise_total: 0, enterprise_year: 0, period: 0, loan: 0 };
    for (const g of grants) {
      if (g.org_id !== orgId || g.policy_key !== a.policy_key) continue;
      used.enterprise_total += g.amount;
      if (g.subsidy_year === Number(a.subsidy_year)) used.enterprise_year += g.amount;
      if (g.period === a.period) used.period += g.amount;
      if (g.bank === a.bank && g.contract_date === a.contract_date && g.principal === Number(a.principal)) used.loan += g.amount;
    }
    const f = JSON.parse(a.facts) as { flags: SubsidyFlags; revenue: number | null };
    const e = evaluatePolicy(
      JSON.parse(a.policy_rule) as PolicyRule,
      policyFacts({
        principal: Number(a.principal),
        ratePct: Number(a.rate_pct),
        contractDate: a.contract_date,
        interestFrom: a.interest_from,
        interestTo: a.interest_to,
        interestPaid: Number(a.interest_paid),
        revenue: f.revenue,
        flags: f.flags,
      }),
      lpr,
      used,
    );
    const approved = Number(a.approved_amount ?? 0);
    if (e.outcome === 'ineligible') {
      const reasons = e.lines.filter((l) => l.code.endsWith('_failed')).map((l) => messageText(l, 'zh'));
      holds.push({ applicationId: id, orgId, reason: message('subsidy.held_ineligible', { reasons: reasons.join('；') }) });
      continue;
    }
    if (e.outcome === 'incomplete' || e.amount === null) {
      holds.push({ applicationId: id, orgId, reason: message('subsidy.held_incomplete') });
      continue;
    }
    if (e.amount + 0.005 < approved) {
      // The cap that cut it: the last cap line applied.
      const cap = [...e.lines].reverse().find((l) => l.code === 'policy.cap_applied');
      holds.push({
        applicationId: id,
        orgId,
        reason: message('subsidy.held_cap', {
          cap: String(cap?.params.cap ?? ''),
          capEn: String(cap?.params.capEn ?? ''),
          limit: String(cap?.params.limit ?? ''),
          used: String(cap?.params.used ?? ''),
          amount: yuanText(e.amount),
          approved: yuanText(approved),
        }),
      });
      continue;
    }
    kept.set(id, e);
    grants.push({
      id,
      org_id: orgId,
      policy_key: a.policy_key,
      subsidy_year: Number(a.subsidy_year),
      period: a.period,
      bank: a.bank,
      contract_date: a.contract_date,
      principal: Number(a.principal),
      amount: approved,
    });
  }
  return { holds, kept };
}
