import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  complaintStatusLabels,
  message,
  triageOutcomeLabels,
  type Complaint,
  type ComplaintList,
  type ComplaintReceipt,
  type ComplaintStatus,
  type ComplaintTracking,
  type SubmitComplaintBody,
  type TriageBody,
  type ZComplaintListQuery,
} from '@zhichan/contract';
import type { Actor, AuditActor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate, recordAudit } from '../../platform/audit.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { linkAttachments } from '../../platform/attachments.js';
import { extendRecordClock, recordClocks, startRecordClock, stopRecordClock } from '../../platform/clocks.js';
import { moveWorkItem, openDue } from '../../platform/work-items.js';
import { assertTransition } from '../../platform/workflow.js';
import { getSetting } from '../../platform/settings.js';
import { maskPhone } from '../../platform/masking.js';
import { findRegion } from '../regions/api.js';
import {
  findComplaint,
  findComplaintByCode,
  findPenaltyCase,
  insertComplaint,
  listComplaints,
  listSubmitterComplaints,
  updateComplaint,
  type ComplaintRow,
} from './repository.js';
import { complaintWorkflow } from './workflow.js';
import { isHandler, maskName } from './policy.js';
import { createPenaltyCase } from './penalty-service.js';

export const COMPLAINT = 'complaint';
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** An unguessable tracking code (查询码), 60 random bits in groups: TS-7KQ2-M9XH-4RPA. */
function trackingCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % 32] ?? 'A').join('');
  return `TS-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

const ref = (id: number) => ({ type: COMPLAINT, id });

function firstStep(kind: 'complaint' | 'report') {
  return kind === 'complaint'
    ? {
        step: '投诉待受理',
        clock: { days: 7, unit: 'working' as const, label: '投诉受理期限', setting: 'cases.complaint_accept_days' as const },
        key: 'accept',
      }
    : {
        step: '举报待核查分流',
        clock: { days: 15, unit: 'working' as const, label: '举报核查期限', setting: 'cases.report_check_days' as const },
        key: 'check',
      };
}

/**
 * Receives a complaint or report from the public form (投诉举报): anyone, signed in or not; a report may be
 * anonymous. It goes to the bureau of the region named, with its clock (7 working days to accept a complaint,
 * 15 to check a report), and the submitter gets a tracking code.
 */
export async function submitComplaint(ctx: AppContext, actor: Actor | null, by: AuditActor, body: SubmitComplaintBody): Promise<ComplaintReceipt> {
  if (!(await findRegion(ctx.db, body.regionCode))) {
    throw badRequest(message('cases.region_unknown', { region: body.regionCode }), {
      regionCode: message('cases.region_unknown', { region: body.regionCode }),
    });
  }
  if (!actor && body.attachmentIds.length > 0) throw badRequest(message('error.unauthorised'), { attachmentIds: message('error.unauthorised') });
  const code = trackingCode();
  const at = nowIso(ctx);
  const id = await mutate(ctx, by, async (trx) => {
    const id = await insertComplaint(trx, {
      kind: body.kind,
      tracking_code: code,
      status: 'submitted',
      region_code: body.regionCode,
      anonymous: body.anonymous ? 1 : 0,
      complainant_name: body.anonymous ? null : body.complainantName,
      complainant_contact: body.anonymous ? null : body.complainantContact,
      submitter_org_id: actor?.orgId ?? null,
      submitter_user_id: actor?.userId ?? null,
      respondent_name: body.respondentName,
      respondent_address: body.respondentAddress,
      ip_kind: body.ipKind,
      right_number: body.rightNumber,
      title: body.title,
      description: body.description,
      submitted_at: at,
      accepted_at: null,
      refused_at: null,
      refusal_reason: null,
      triaged_at: null,
      outcome: null,
      outcome_reason: null,
      forwarded_to: null,
      case_id: null,
      extended_at: null,
      updated_at: at,
    });
    if (actor) await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: COMPLAINT, recordId: id, step: 'evidence' });
    const first = firstStep(body.kind);
    const days = await getSetting(trx, first.clock.setting);
    await startRecordClock(ctx, trx, ref(id), { key: first.key, label: first.clock.label, days, unit: 'working' });
    await moveWorkItem(ctx, trx, COMPLAINT, id, {
      recordType: COMPLAINT,
      recordId: id,
      step: first.step,
      title: `${body.kind === 'complaint' ? '投诉' : '举报'}：${body.title}`,
      link: `/cases/complaints/${id}`,
      regionCode: body.regionCode,
      assignee: { permission: 'case.handle' },
      clock: first.clock,
    });
    // The audit row names the item, never the complainant.
    return {
      value: id,
      audit: {
        action: 'complaint.submit',
        entityType: COMPLAINT,
        entityId: id,
        regionCode: body.regionCode,
        after: { kind: body.kind, anonymous: body.anonymous },
      },
    };
  });
  const due = await openDue(ctx.db, COMPLAINT, id);
  return { id, trackingCode: code, kind: body.kind, status: 'submitted', dueOn: due.dueOn };
}

/** The steps the complainant sees: receipt, acceptance or refusal, extension, triage, and the case's public milestones. */
async function stepsOf(ctx: AppContext, c: ComplaintRow) {
  const label = (s: ComplaintStatus) => complaintStatusLabels[s];
  const steps: { on: string; label: string; labelEn: string; note: string | null }[] = [
    { on: c.submitted_at.slice(0, 10), label: '已收到', labelEn: 'Received', note: null },
  ];
  if (c.accepted_at) steps.push({ on: c.accepted_at.slice(0, 10), label: label('accepted').zh, labelEn: label('accepted').en, note: null });
  if (c.refused_at) steps.push({ on: c.refused_at.slice(0, 10), label: label('refused').zh, labelEn: label('refused').en, note: c.refusal_reason });
  if (c.extended_at) steps.push({ on: c.extended_at.slice(0, 10), label: '核查期限经批准延长', labelEn: 'Check extended with approval', note: null });
  if (c.triaged_at && c.outcome) {
    const o = triageOutcomeLabels[c.outcome as keyof typeof triageOutcomeLabels];
    steps.push({ on: c.triaged_at.slice(0, 10), label: o.zh, labelEn: o.en, note: c.outcome_reason });
  }
  if (c.case_id !== null) {
    const k = await findPenaltyCase(ctx.db, Number(c.case_id));
    if (k?.opened_on) steps.push({ on: k.opened_on, label: '已立案调查', labelEn: 'Case opened', note: null });
    if (k?.status === 'declined') steps.push({ on: k.updated_at.slice(0, 10), label: '不予立案', labelEn: 'Not opened', note: null });
    if (k?.decision_on) steps.push({ on: k.decision_on, label: '已作出处罚决定', labelEn: 'Penalty decided', note: null });
    if (k?.published_on) steps.push({ on: k.published_on, label: '处罚决定已公示', labelEn: 'Decision published', note: null });
  }
  return steps;
}

/** The public tracking view by code: status and steps only — no handler, no case file. */
export async function trackComplaint(ctx: AppContext, code: string): Promise<ComplaintTracking> {
  const c = await findComplaintByCode(ctx.db, code.toUpperCase());
  if (!c) throw notFound('查询码');
  const due = await openDue(ctx.db, COMPLAINT, Number(c.id));
  return {
    trackingCode: c.tracking_code,
    kind: c.kind as ComplaintTracking['kind'],
    title: c.title,
    status: c.status as ComplaintStatus,
    submittedOn: c.submitted_at.slice(0, 10),
    dueOn: due.dueOn,
    outcome: (c.outcome as ComplaintTracking['outcome']) ?? null,
    outcomeReason: c.outcome_reason,
    steps: await stepsOf(ctx, c),
  };
}

/** Loads a complaint its handlers or its submitter may see, or 404. */
async function loadComplaint(ctx: AppContext, actor: Actor, id: number): Promise<ComplaintRow> {
  const c = await findComplaint(ctx.db, id);
  if (!c || !(isHandler(actor, c.region_code) || (c.submitter_org_id !== null && Number(c.submitter_org_id) === actor.orgId))) throw notFound('投诉举报');
  return c;
}

function presentRow(c: ComplaintRow, handler: boolean, dueOn: string | null) {
  return {
    id: Number(c.id),
    trackingCode: handler ? null : c.tracking_code,
    kind: c.kind as Complaint['kind'],
    status: c.status as ComplaintStatus,
    anonymous: c.anonymous === 1,
    complainantName: handler ? c.complainant_name : maskName(c.complainant_name),
    complainantContact: handler ? maskPhone(c.complainant_contact) : null,
    respondentName: c.respondent_name,
    respondentAddress: c.respondent_address,
    regionCode: c.region_code,
    ipKind: c.ip_kind as Complaint['ipKind'],
    rightNumber: c.right_number,
    title: c.title,
    submittedAt: c.submitted_at,
    dueOn,
    outcome: (c.outcome as Complaint['outcome']) ?? null,
    outcomeReason: c.outcome_reason,
    forwardedTo: c.forwarded_to,
    caseId: handler && c.case_id !== null ? Number(c.case_id) : null,
  };
}

async function present(ctx: AppContext, actor: Actor, c: ComplaintRow): Promise<Complaint> {
  const handler = isHandler(actor, c.region_code);
  const due = await openDue(ctx.db, COMPLAINT, Number(c.id));
  const row = presentRow(c, handler, due.dueOn);
  // Only handlers and the submitter reach this: both see the identity in full on the record itself.
  return {
    ...row,
    complainantName: c.complainant_name,
    complainantContact: c.complainant_contact,
    description: c.description,
    clocks: handler ? await recordClocks(ctx.db, ref(Number(c.id)), todayIso(ctx)) : [],
    steps: await stepsOf(ctx, c),
  };
}

/** A complaint for its handlers or its submitter; every view is audited (case files, privacy). */
export async function getComplaint(ctx: AppContext, actor: Actor, id: number): Promise<Complaint> {
  const c = await loadComplaint(ctx, actor, id);
  await recordAudit(ctx, ctx.db, actor, { action: 'complaint.view', entityType: COMPLAINT, entityId: id, regionCode: c.region_code });
  return present(ctx, actor, c);
}

/** The bureau's list (handlers of the region): contacts masked. */
export async function listComplaintsForHandlers(ctx: AppContext, actor: Actor, q: z.infer<typeof ZComplaintListQuery>): Promise<ComplaintList> {
  const region = q.regionCode ?? actor.regionCode;
  if (!isHandler(actor, region)) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await listComplaints(ctx.db, { region, status: q.status, kind: q.kind }, q.page, q.pageSize);
  return { items: rows.map((c) => presentRow(c, true, null)), total, page: q.page, pageSize: q.pageSize };
}

/** The submitter's own complaints and reports (with their tracking codes). */
export async function listMyComplaints(ctx: AppContext, actor: Actor, q: z.infer<typeof ZComplaintListQuery>): Promise<ComplaintList> {
  const { rows, total } = await listSubmitterComplaints(ctx.db, actor.orgId, q.page, q.pageSize);
  return { items: rows.map((c) => presentRow(c, false, null)), total, page: q.page, pageSize: q.pageSize };
}

type ComplaintAction = 'accept' | 'refuse' | 'extend';

/** Accepts or refuses a complaint (受理/不予受理, within 7 working days), or extends a report's check (+15 with approval). */
export async function actOnComplaint(ctx: AppContext, actor: Actor, id: number, action: ComplaintAction, reason: string | null): Promise<Complaint> {
  const c = await loadComplaint(ctx, actor, id);
  const t = assertTransition(complaintWorkflow, c.status as ComplaintStatus, action, {
    actor,
    subject: { regionCode: c.region_code, ownerOrgId: null },
    record: { kind: c.kind as 'complaint' | 'report', status: c.status as ComplaintStatus },
  });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    if (action === 'extend') {
      await extendRecordClock(trx, ref(id), 'check', await getSetting(trx, 'cases.report_check_extension_days'), reason ?? '', { step: true });
      await updateComplaint(trx, id, { extended_at: at, updated_at: at });
    } else {
      await stopRecordClock(ctx, trx, ref(id), 'accept');
      await updateComplaint(
        trx,
        id,
        action === 'accept' ? { status: t.to, accepted_at: at, updated_at: at } : { status: t.to, refused_at: at, refusal_reason: reason, updated_at: at },
      );
      await moveWorkItem(
        ctx,
        trx,
        COMPLAINT,
        id,
        action === 'accept'
          ? {
              recordType: COMPLAINT,
              recordId: id,
              step: '投诉待分流',
              title: `投诉：${c.title}`,
              link: `/cases/complaints/${id}`,
              regionCode: c.region_code,
              assignee: { permission: 'case.handle' },
            }
          : null,
      );
    }
    return {
      value: null,
      audit: {
        action: `complaint.${action}`,
        entityType: COMPLAINT,
        entityId: id,
        regionCode: c.region_code,
        before: { status: c.status },
        after: { status: t.to, reason },
      },
    };
  });
  return present(ctx, actor, (await findComplaint(ctx.db, id)) as ComplaintRow);
}

/**
 * Triage (分流): a patent dispute, an administrative penalty case (opened here as a clue, with the complaint
 * behind it visible to its handlers only), an e-commerce opinion (recorded; the opinions module takes it up),
 * forwarded to the competent authority, or closed — each with its reason.
 */
export async function triageComplaint(ctx: AppContext, actor: Actor, id: number, body: TriageBody): Promise<Complaint> {
  const c = await loadComplaint(ctx, actor, id);
  const action = body.outcome === 'forwarded' ? 'forward' : body.outcome === 'closed' ? 'close' : 'triage';
  const t = assertTransition(complaintWorkflow, c.status as ComplaintStatus, action, {
    actor,
    subject: { regionCode: c.region_code, ownerOrgId: null },
    record: { kind: c.kind as 'complaint' | 'report', status: c.status as ComplaintStatus },
  });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    let caseId: number | null = null;
    if (body.outcome === 'penalty_case' && body.caseKind) {
      caseId = await createPenaltyCase(ctx, trx, {
        kind: body.caseKind,
        title: c.title,
        respondentName: c.respondent_name,
        respondentOrgId: null,
        regionCode: c.region_code,
        clueOn: todayIso(ctx),
        summary: c.description,
        complaintId: id,
      });
    }
    await stopRecordClock(ctx, trx, ref(id), 'check');
    await updateComplaint(trx, id, {
      status: t.to,
      triaged_at: at,
      outcome: body.outcome,
      outcome_reason: body.reason,
      forwarded_to: body.outcome === 'forwarded' ? body.authority : null,
      case_id: caseId,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, COMPLAINT, id, null);
    return {
      value: null,
      audit: {
        action: `complaint.${action}`,
        entityType: COMPLAINT,
        entityId: id,
        regionCode: c.region_code,
        before: { status: c.status },
        after: { status: t.to, outcome: body.outcome, caseId },
      },
    };
  });
  return present(ctx, actor, (await findComplaint(ctx.db, id)) as ComplaintRow);
}
