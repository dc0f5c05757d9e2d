import dayjs from 'dayjs';
import type { PolicyEvaluation, PolicyRule, SubsidyFlags } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { evaluatePolicy, type LprLookup, type PolicyFacts, type PolicyUsage } from '../../platform/policy.js';
import { grantedUsage, listLprRates } from './repository.js';

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
  return Math.round(dayjs(to).add(1, 'day').diff(dayjs(from), 'month', true) * 100) / 100;
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
