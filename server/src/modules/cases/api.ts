/**
 * The cases module's public surface (ARCHITECTURE.md, "Module seams"): what the co-operation modules (referral to
 * police and procuratorate, mediation, e-commerce opinions) need of a case — find it within the caller's reach,
 * its kind, status, region and parties — and the statistics for indicators.
 */
import { message } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { badRequest } from '../../platform/errors.js';
import type { AppContext } from '../../platform/context.js';
import type { Party } from '../../platform/parties.js';
import { loadCase, PENALTY } from './penalty-service.js';
import { COMPLAINT } from './complaints-service.js';
import { loadDisputeFacts } from './disputes-service.js';

export { caseStats } from './stats.js';
export { fineRange } from './fine.js';
export { isHandler as isCaseHandler } from './policy.js';
export { PENALTY as PENALTY_CASE_RECORD, COMPLAINT as COMPLAINT_RECORD };

/** A case as other modules see it. */
export interface CaseFacts {
  recordType: typeof PENALTY;
  id: number;
  caseNo: string;
  kind: string;
  status: string;
  regionCode: string;
  title: string;
  respondentName: string;
  respondentOrgId: number | null;
  /** Fine decided (yuan), or null. */
  fine: number | null;
  parties: Party[];
}

/**
 * A penalty case by id within the actor's reach (its handlers in the jurisdiction, or an organisation assigned as
 * a party), or 404 — the same rule and the same 404 as the case file itself.
 */
export async function findCaseInReach(ctx: AppContext, actor: Actor, id: number): Promise<CaseFacts> {
  const { c, parties } = await loadCase(ctx, actor, id);
  return {
    recordType: PENALTY,
    id: Number(c.id),
    caseNo: c.case_no,
    kind: c.kind,
    status: c.status,
    regionCode: c.region_code,
    title: c.title,
    respondentName: c.respondent_name,
    respondentOrgId: c.respondent_org_id === null ? null : Number(c.respondent_org_id),
    fine: c.fine === null ? null : Number(c.fine),
    parties,
  };
}

/** A patent dispute as the mediation module sees it: its parties and status. */
export interface DisputeFacts {
  recordType: 'patent_dispute';
  id: number;
  caseNo: string;
  status: string;
  regionCode: string;
  requesterOrgId: number;
  requesterName: string;
  respondentName: string;
  respondentOrgId: number | null;
  patentNo: string;
  /** The mediation agreement recorded on the dispute, if any, and the last day to apply for judicial confirmation. */
  agreementOn: string | null;
  confirmationBy: string | null;
  parties: Party[];
}

/** A patent dispute by id within the actor's reach (handlers, requester, respondent, assigned expert), or 404. */
export async function findDisputeInReach(ctx: AppContext, actor: Actor, id: number): Promise<DisputeFacts> {
  const { d, parties } = await loadDisputeFacts(ctx, actor, id);
  return {
    recordType: 'patent_dispute',
    id: Number(d.id),
    caseNo: d.case_no,
    status: d.status,
    regionCode: d.region_code,
    requesterOrgId: Number(d.requester_org_id),
    requesterName: d.requester_name,
    respondentName: d.respondent_name,
    respondentOrgId: d.respondent_org_id === null ? null : Number(d.respondent_org_id),
    patentNo: d.patent_no,
    agreementOn: d.agreement_on,
    confirmationBy: d.confirmation_by,
    parties,
  };
}

/**
 * The source of a record made from a case (a referral to the police, a mediation), as the case itself holds it:
 * the case must be within the caller's reach (else the case's own 404), and its number and title are taken from
 * the case, not from what the caller sent. A penalty case (`penalty_case`) or a patent dispute (`patent_dispute`);
 * any other type is a 400 naming `source.recordType`.
 */
export async function caseSourceInReach(
  ctx: AppContext,
  actor: Actor,
  ref: { recordType: string; recordId: number; title: string },
): Promise<{ recordType: string; recordId: number; caseNo: string; title: string }> {
  if (ref.recordType === PENALTY) {
    const c = await findCaseInReach(ctx, actor, ref.recordId);
    return { recordType: PENALTY, recordId: c.id, caseNo: c.caseNo, title: c.title };
  }
  if (ref.recordType === 'patent_dispute') {
    const d = await findDisputeInReach(ctx, actor, ref.recordId);
    return { recordType: 'patent_dispute', recordId: d.id, caseNo: d.caseNo, title: ref.title };
  }
  const m = message('cases.source_kind_unknown', { recordType: ref.recordType });
  throw badRequest(m, { 'source.recordType': m });
}
