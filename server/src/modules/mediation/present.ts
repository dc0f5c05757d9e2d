import type { Mediation, MediationStatus } from '@zhichan/contract';
import type { MediationView } from './repository.js';

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A mediation as the API presents it. */
export function presentMediation(d: MediationView): Mediation {
  return {
    id: Number(d.id),
    status: d.status as MediationStatus,
    regionCode: d.region_code,
    ownerOrgId: Number(d.owner_org_id),
    ownerOrgName: d.owner_name,
    source:
      d.source_record_type && d.source_record_id !== null
        ? { recordType: d.source_record_type, recordId: Number(d.source_record_id), caseNo: d.source_case_no ?? '', title: d.source_title ?? '' }
        : null,
    mediationOrgId: Number(d.mediation_org_id),
    mediationOrgName: d.mediation_org_name,
    mediatorId: num(d.mediator_id),
    mediatorName: d.mediator_name,
    subject: d.subject,
    applicant: d.applicant,
    respondent: d.respondent,
    claimYuan: num(d.claim),
    openedAt: d.opened_at,
    agreedOn: d.agreed_on,
    terms: d.terms,
    amountYuan: num(d.amount),
    endedOn: d.ended_on,
    failureReason: d.failure_reason,
    confirmationDueOn: d.confirmation_due_on,
    appliedOn: d.applied_on,
    court: d.court,
    courtCaseNo: d.court_case_no,
    courtRuledOn: d.court_ruled_on,
    courtReason: d.court_reason,
    arbitrationCommission: d.arbitration_commission,
    arbitrationReferredOn: d.arbitration_referred_on,
    isDemo: Number(d.is_demo) === 1,
  };
}
