import type { Offence, Referral, ReferralStatus, ThresholdCheck } from '@zhichan/contract';
import { hoursLate } from './clocks.js';
import type { ReferralView } from './repository.js';

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A referral as the API presents it. */
export function presentReferral(r: ReferralView, threshold: ThresholdCheck, dueOn: string | null): Referral {
  return {
    id: Number(r.id),
    direction: r.direction as Referral['direction'],
    status: r.status as ReferralStatus,
    regionCode: r.region_code,
    ownerOrgId: Number(r.owner_org_id),
    ownerOrgName: r.owner_name,
    source:
      r.source_record_type && r.source_record_id !== null
        ? { recordType: r.source_record_type, recordId: Number(r.source_record_id), caseNo: r.source_case_no ?? '', title: r.source_title ?? '' }
        : null,
    offence: r.offence as Offence,
    caseValueYuan: num(r.case_value),
    threshold,
    summary: r.summary,
    policeOrgId: num(r.police_org_id),
    policeOrgName: r.police_name,
    procuratorateOrgId: num(r.procuratorate_org_id),
    procuratorateOrgName: r.procuratorate_name,
    linkedReferralId: num(r.linked_referral_id),
    proposedAt: r.proposed_at,
    headDueOn: r.head_due_on,
    headDecidedAt: r.head_decided_at,
    headNote: r.head_note,
    handoverDueAt: r.handover_due_at,
    handedOverAt: r.handed_over_at,
    handoverLateHours: r.handover_due_at && r.handed_over_at ? hoursLate(r.handover_due_at, r.handed_over_at) : null,
    policeDueOn: r.police_due_on,
    policeDecidedAt: r.police_decided_at,
    policeDecision: r.police_decision as Referral['policeDecision'],
    policeDocNo: r.police_doc_no,
    policeDocDate: r.police_doc_date,
    policeReason: r.police_reason,
    reconsiderDueOn: r.reconsider_due_on,
    reconsiderRequestedAt: r.reconsider_requested_at,
    reconsiderReason: r.reconsider_reason,
    reconsiderDecisionDueOn: r.reconsider_decision_due_on,
    reconsiderDecidedAt: r.reconsider_decided_at,
    suggestDueOn: r.suggest_due_on,
    suggestedAt: r.suggested_at,
    supervisionDocNo: r.supervision_doc_no,
    supervisionDocDate: r.supervision_doc_date,
    nonProsecutionNo: r.non_prosecution_no,
    nonProsecutionDate: r.non_prosecution_date,
    receivedAt: r.received_at,
    bureauCaseNo: r.bureau_case_no,
    concludedAt: r.concluded_at,
    penaltyDecisionNo: r.penalty_decision_no,
    penaltyDecisionDate: r.penalty_decision_date,
    finesYuan: num(r.fines),
    dueOn,
    isDemo: Number(r.is_demo) === 1,
  };
}
