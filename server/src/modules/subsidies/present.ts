import { ZPolicyEvaluation, type LprRate, type SubsidyApplication, type SubsidyBatch, type SubsidyBatchHold, type SubsidyFlags } from '@zhichan/contract';
import type { ApplicationView, BatchView, LprRow } from './repository.js';
import { findPolicyTemplate } from './templates.js';

/** API shape of an LPR row. */
export function presentLpr(r: LprRow): LprRate {
  return {
    id: Number(r.id),
    month: r.month,
    rate1yPct: Number(r.rate_1y_pct),
    rate5yPct: r.rate_5y_pct === null ? null : Number(r.rate_5y_pct),
    publishedOn: r.published_on,
    source: r.source,
    isDemo: Number(r.is_demo) === 1,
  };
}

/** The stored facts JSON: the flags and the revenue. */
export function storedFacts(json: string): { flags: SubsidyFlags; revenue: number | null } {
  return JSON.parse(json) as { flags: SubsidyFlags; revenue: number | null };
}

/** API shape of an application. */
export function presentApplication(a: ApplicationView): SubsidyApplication {
  const facts = storedFacts(a.facts);
  const policy = findPolicyTemplate(a.policy_key);
  return {
    id: Number(a.id),
    status: a.status as SubsidyApplication['status'],
    enterprise: { orgId: Number(a.org_id), name: a.org_name },
    regionCode: a.region_code,
    policyKey: a.policy_key,
    policyName: policy?.name ?? a.policy_key,
    policyNameEn: policy?.nameEn ?? a.policy_key,
    financingApplicationId: a.financing_application_id === null ? null : Number(a.financing_application_id),
    bank: a.bank,
    principal: Number(a.principal),
    ratePct: Number(a.rate_pct),
    contractDate: a.contract_date,
    termMonths: Number(a.term_months),
    interestFrom: a.interest_from,
    interestTo: a.interest_to,
    interestPaid: Number(a.interest_paid),
    revenue: facts.revenue,
    flags: facts.flags,
    subsidyYear: Number(a.subsidy_year),
    period: a.period,
    evaluation: ZPolicyEvaluation.parse(JSON.parse(a.computation)),
    computedAmount: a.computed_amount === null ? null : Number(a.computed_amount),
    approvedAmount: a.approved_amount === null ? null : Number(a.approved_amount),
    batchId: a.batch_id === null ? null : Number(a.batch_id),
    reviewNote: a.review_note,
    submittedAt: a.submitted_at,
    reviewedAt: a.reviewed_at,
    paid: a.paid_on !== null && a.paid_amount !== null ? { amount: Number(a.paid_amount), paidOn: a.paid_on, reference: a.paid_reference ?? '' } : null,
    isDemo: Number(a.is_demo) === 1,
  };
}

/** API shape of a batch (counts and totals computed from its applications and payments). */
export function presentBatch(b: BatchView): SubsidyBatch {
  return {
    id: Number(b.id),
    name: b.name,
    regionCode: b.region_code,
    status: b.status as SubsidyBatch['status'],
    approvalNo: b.approval_no,
    approvedAt: b.approved_at,
    count: Number(b.app_count ?? 0),
    enterprises: Number(b.org_count ?? 0),
    total: Math.round(Number(b.total ?? 0) * 100) / 100,
    paidTotal: Math.round(Number(b.paid_total ?? 0) * 100) / 100,
    createdAt: b.created_at,
    isDemo: Number(b.is_demo) === 1,
  };
}

/** API shape of a hold (an application held out of a batch at approval). */
export function presentHold(h: { application_id: number; org_id: number; org_name: string; code: string; params: string; held_at: string }): SubsidyBatchHold {
  return {
    applicationId: Number(h.application_id),
    enterprise: { orgId: Number(h.org_id), name: h.org_name },
    code: h.code as SubsidyBatchHold['code'],
    params: JSON.parse(h.params) as SubsidyBatchHold['params'],
    heldAt: h.held_at,
  };
}
