import type { PolicyEvaluation, PolicyRule, SubsidyFlags } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { evaluatePolicy, type LprLookup, type PolicyFacts, type PolicyUsage } from '../../platform/policy.js';
import { findApplicationRows, grantedByOrg, grantedUsage, listLprRates } from './repository.js';

/** The loan facts of an application as the computation reads them (body or stored row). */
export interface LoanFacts {
  principal: number;
  ratePct: number;
  contractDate: string;
  interestFrom: string;
  interestTo: string;
  interestPaid: number;
  revenue: number | null;
  flags: SubsidyFlags;
}

/**
 * Months of interest in the declared period, the end day included: 2025-01-01 to 2025-12-31 is 12 months,
 * 2025-01-15 to 2025-07-14 is 6; partial months count by their share of a month, to the hundredth.
 */
export function monthsOf(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const end = Date.UTC(y2, m2 - 1, d2 + 1);
  const at = (months: number) => Date.UTC(y1, m1 - 1 + months, d1);
  let months = (new Date(end).getUTCFullYear() - y1) * 12 + (new Date(end).getUTCMonth() + 1 - m1);
  while (months > 0 && at(months) > end) months -= 1;
  const fraction = (end - at(months)) / (at(months + 1) - at(months));
  return Math.round((months + fraction) * 100) / 100;
}

/** The subsidy year: the year the declared interest period ends (the "repayment year"). */
export const subsidyYearOf = (f: Pick<LoanFacts, 'interestTo'>) => Number(f.interestTo.slice(0, 4));

/** The engine's facts of a loan (credit listing is checked apart, through the credit module). */
export function policyFacts(f: LoanFacts): PolicyFacts {
  return {
    flags: { ...f.flags },
    numbers: {
      principal: f.principal,
      ratePct: f.ratePct,
      interestPaid: f.interestPaid,
      months: monthsOf(f.interestFrom, f.interestTo),
      ...(f.revenue === null ? {} : { revenue: f.revenue }),
    },
    contractDate: f.contractDate,
    repaymentYear: subsidyYearOf(f),
  };
}

/** The LPR series as a lookup (one query; the series is one row per month). */
export async function loadLprLookup(db: Executor): Promise<LprLookup> {
  const m = new Map((await listLprRates(db)).map((r) => [r.month, Number(r.rate_1y_pct)]));
  return (month) => m.get(month) ?? null;
}

/** Computes an enterprise's application under a policy, with what it has already been granted. */
export async function computeApplication(
  db: Executor,
  a: { orgId: number; policyKey: string; rule: PolicyRule; bank: string; period: string; exceptId?: number } & LoanFacts,
  lpr?: LprLookup,
): Promise<PolicyEvaluation> {
  const used: PolicyUsage = await grantedUsage(db, {
    orgId: a.orgId,
    policyKey: a.policyKey,
    year: subsidyYearOf(a),
    period: a.period,
    bank: a.bank,
    contractDate: a.contractDate,
    principal: a.principal,
    exceptId: a.exceptId,
  });
  return evaluatePolicy(a.rule, policyFacts(a), lpr ?? (await loadLprLookup(db)), used);
}

/**
 * Computes many stored applications at once (a batch): the LPR series and what their enterprises have been
 * granted are read once, then each application is evaluated in id order with the rule it was submitted under;
 * an application leaves itself out of its own caps, as at approval. Used by the batch benchmark
 * (`npm run bench:subsidy`).
 */
export async function computeStoredApplications(db: Executor, ids: readonly number[]): Promise<Map<number, PolicyEvaluation>> {
  const rows = await findApplicationRows(db, ids);
  const lpr = await loadLprLookup(db);
  const granted = await grantedByOrg(db, [...new Set(rows.map((r) => Number(r.org_id)))]);
  const byOrg = new Map<number, typeof granted>();
  for (const g of granted) byOrg.set(g.org_id, [...(byOrg.get(g.org_id) ?? []), g]);
  const rules = new Map<string, PolicyRule>();
  const out = new Map<number, PolicyEvaluation>();
  for (const a of rows) {
    const id = Number(a.id);
    let rule = rules.get(a.policy_rule);
    if (!rule) rules.set(a.policy_rule, (rule = JSON.parse(a.policy_rule) as PolicyRule));
    const used = { enterprise_total: 0, enterprise_year: 0, period: 0, loan: 0 };
    for (const g of byOrg.get(Number(a.org_id)) ?? []) {
      if (g.id === id || g.policy_key !== a.policy_key) continue;
      used.enterprise_total += g.amount;
      if (g.subsidy_year === Number(a.subsidy_year)) used.enterprise_year += g.amount;
      if (g.period === a.period) used.period += g.amount;
      if (g.bank === a.bank && g.contract_date === a.contract_date && g.principal === Number(a.principal)) used.loan += g.amount;
    }
    const f = JSON.parse(a.facts) as { flags: SubsidyFlags; revenue: number | null };
    const facts = policyFacts({
      principal: Number(a.principal),
      ratePct: Number(a.rate_pct),
      contractDate: a.contract_date,
      interestFrom: a.interest_from,
      interestTo: a.interest_to,
      interestPaid: Number(a.interest_paid),
      revenue: f.revenue,
      flags: f.flags,
    });
    out.set(id, evaluatePolicy(rule, facts, lpr, used));
  }
  return out;
}
