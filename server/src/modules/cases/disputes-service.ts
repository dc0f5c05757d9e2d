import type { z } from 'zod';
import { message, type DisputeStatus, type PatentDispute, type RequestDisputeBody, type ZDisputeListQuery, type ZPatentDisputeList } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate, recordAudit } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { addParty, loadParties, type Party } from '../../platform/parties.js';
import { linkAttachments } from '../../platform/attachments.js';
import { addDays } from '../../platform/deadlines.js';
import { monthsAsDays } from './months.js';
import { extendRecordClock, pauseClocks, recordClocks, resumeClocks, startRecordClock, stopRecordClock } from '../../platform/clocks.js';
import { assigneeUserIds, moveWorkItem } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertTransition, describeWorkflow, type WorkflowSubject } from '../../platform/workflow.js';
import { getSetting } from '../../platform/settings.js';
import { findRegion } from '../regions/api.js';
import { findDispute, findDisputeEvents, insertDispute, insertDisputeEvent, listDisputes, updateDispute, type DisputeRow } from './disputes-repository.js';
import { findOrgKind } from './repository.js';
import { disputeWorkflow, type DisputeAction } from './workflow.js';
import { isHandler } from './policy.js';
import { criteriaFor, isSimple } from './criteria.js';
import { checkDate } from './penalty-service.js';

export const DISPUTE = 'patent_dispute';
const ref = (id: number) => ({ type: DISPUTE, id });
const link = (id: number) => `/cases/disputes/${id}`;

/** A patent dispute request (请求书) by a signed-in requester with standing and evidence; 5 working days to accept or refuse. */
export async function requestDispute(ctx: AppContext, actor: Actor, body: RequestDisputeBody): Promise<PatentDispute> {
  if (!(await findRegion(ctx.db, body.regionCode))) {
    throw badRequest(message('cases.region_unknown', { region: body.regionCode }), {
      regionCode: message('cases.region_unknown', { region: body.regionCode }),
    });
  }
  if (body.respondentOrgId !== null && (await findOrgKind(ctx.db, body.respondentOrgId)) !== 'enterprise') {
    throw badRequest(message('cases.respondent_unknown'), { respondentOrgId: message('cases.respondent_unknown') });
  }
  const today = todayIso(ctx);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertDispute(
      trx,
      {
        status: 'requested',
        region_code: body.regionCode,
        requester_org_id: actor.orgId,
        requester_name: body.requesterName,
        standing: body.standing,
        respondent_name: body.respondentName,
        respondent_org_id: body.respondentOrgId,
        patent_no: body.patentNo,
        patent_kind: body.patentKind,
        claims: body.claims,
        procedure: null,
        criteria_json: null,
        requested_on: today,
        accepted_on: null,
        refused_reason: null,
        served_on: null,
        answered_on: null,
        outcome: null,
        decision_on: null,
        decision_no: null,
        stop_order: null,
        reasons: null,
        sue_by: null,
        agreement_on: null,
        agreement_summary: null,
        confirmation_by: null,
        created_at: at,
        updated_at: at,
      },
      today.slice(0, 4),
    );
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: DISPUTE, recordId: id, step: 'evidence' });
    if (body.respondentOrgId !== null) await addParty(ctx, trx, ref(id), body.respondentOrgId, 'counterparty');
    const days = await getSetting(trx, 'cases.dispute_accept_days');
    await startRecordClock(ctx, trx, ref(id), { key: 'accept', label: '受理期限', days, unit: 'working' });
    await moveWorkItem(ctx, trx, DISPUTE, id, {
      recordType: DISPUTE,
      recordId: id,
      step: '专利纠纷请求待受理',
      title: `专利纠纷：${body.patentNo}`,
      link: link(id),
      regionCode: body.regionCode,
      assignee: { permission: 'case.handle' },
      clock: { days, unit: 'working', label: '受理期限' },
    });
    return {
      value: id,
      audit: { action: 'patent_dispute.request', entityType: DISPUTE, entityId: id, regionCode: body.regionCode, after: { patentNo: body.patentNo } },
    };
  });
  return present(ctx, actor, (await findDispute(ctx.db, id)) as DisputeRow);
}

/** The dispute's handlers, its requester, and its parties (respondent, assigned expert) may see it; anyone else 404. */
async function loadDispute(ctx: AppContext, actor: Actor, id: number): Promise<{ d: DisputeRow; parties: Party[] }> {
  const d = await findDispute(ctx.db, id);
  const parties = d ? await loadParties(ctx.db, ref(id)) : [];
  if (!d || !(isHandler(actor, d.region_code) || Number(d.requester_org_id) === actor.orgId || parties.some((p) => p.orgId === actor.orgId)))
    throw notFound('案件');
  return { d, parties };
}

const subjectOf = (d: DisputeRow, parties: Party[]): WorkflowSubject => ({ regionCode: d.region_code, ownerOrgId: Number(d.requester_org_id), parties });

async function present(ctx: AppContext, actor: Actor, d: DisputeRow): Promise<PatentDispute> {
  const id = Number(d.id);
  const [parties, events] = await Promise.all([loadParties(ctx.db, ref(id)), findDisputeEvents(ctx.db, id)]);
  const view = describeWorkflow(disputeWorkflow, d.status as DisputeStatus, actor, subjectOf(d, parties), { dueOn: null, history: [] });
  const answers = d.criteria_json ? (JSON.parse(d.criteria_json) as Record<string, boolean>) : {};
  return {
    id,
    caseNo: d.case_no,
    status: d.status as DisputeStatus,
    regionCode: d.region_code,
    requesterName: d.requester_name,
    standing: d.standing as PatentDispute['standing'],
    respondentName: d.respondent_name,
    patentNo: d.patent_no,
    patentKind: d.patent_kind as PatentDispute['patentKind'],
    claims: d.claims,
    procedure: (d.procedure as PatentDispute['procedure']) ?? null,
    criteria: criteriaFor(d.patent_kind, answers),
    requestedOn: d.requested_on,
    acceptedOn: d.accepted_on,
    refusedReason: d.refused_reason,
    servedOn: d.served_on,
    answeredOn: d.answered_on,
    hearings: events.filter((e) => e.kind === 'hearing').map((e) => ({ on: e.on_date, place: e.place ?? '', noticeOn: e.created_at.slice(0, 10) })),
    experts: parties.filter((p) => p.role === 'expert').map((p) => ({ orgId: p.orgId, role: 'expert' })),
    opinions: events.filter((e) => e.kind === 'opinion').map((e) => ({ attachmentId: Number(e.attachment_id), summary: e.summary ?? '', on: e.on_date })),
    outcome: d.outcome,
    decisionOn: d.decision_on,
    decisionNo: d.decision_no,
    stopOrder: d.stop_order,
    sueBy: d.sue_by,
    agreementOn: d.agreement_on,
    agreementSummary: d.agreement_summary,
    confirmationBy: d.confirmation_by,
    clocks: await recordClocks(ctx.db, ref(id), todayIso(ctx)),
    allowedActions: view.allowedActions,
  };
}

/** A dispute's file; every view is audited. */
export async function getDispute(ctx: AppContext, actor: Actor, id: number): Promise<PatentDispute> {
  const { d } = await loadDispute(ctx, actor, id);
  await recordAudit(ctx, ctx.db, actor, { action: 'patent_dispute.view', entityType: DISPUTE, entityId: id, regionCode: d.region_code });
  return present(ctx, actor, d);
}

/** The handlers' list of disputes in their jurisdiction. */
export async function listDisputesForHandlers(
  ctx: AppContext,
  actor: Actor,
  q: z.infer<typeof ZDisputeListQuery>,
): Promise<z.infer<typeof ZPatentDisputeList>> {
  const region = q.regionCode ?? actor.regionCode;
  if (!isHandler(actor, region)) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await listDisputes(ctx.db, { region, status: q.status }, q.page, q.pageSize);
  return {
    items: rows.map((d) => ({
      id: Number(d.id),
      caseNo: d.case_no,
      status: d.status as DisputeStatus,
      regionCode: d.region_code,
      requesterName: d.requester_name,
      respondentName: d.respondent_name,
      patentNo: d.patent_no,
      procedure: (d.procedure as 'simple' | 'ordinary' | null) ?? null,
      requestedOn: d.requested_on,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export type DisputeStep =
  | { action: 'accept'; on: string; criteria: Record<string, boolean> }
  | { action: 'refuse'; reason: string }
  | { action: 'serve'; on: string }
  | { action: 'answer'; on: string }
  | { action: 'hearing'; on: string; place: string }
  | { action: 'assign_expert'; orgId: number }
  | { action: 'opinion'; attachmentId: number; summary: string }
  | { action: 'suspend'; on: string }
  | { action: 'resume'; on: string }
  | { action: 'extend'; reason: string }
  | { action: 'decide'; on: string; decisionNo: string; outcome: string; stopOrder: string | null; reasons: string }
  | { action: 'mediate'; on: string; summary: string };

/** One step of a dispute: who/status (403/409), dates (400), clocks, then the change and its audit row. */
export async function actOnDispute(ctx: AppContext, actor: Actor, id: number, step: DisputeStep): Promise<PatentDispute> {
  const { d, parties } = await loadDispute(ctx, actor, id);
  const status = d.status as DisputeStatus;
  const t = assertTransition(disputeWorkflow, status, step.action as DisputeAction, { actor, subject: subjectOf(d, parties) });
  const today = todayIso(ctx);
  const at = nowIso(ctx);
  const item = (s: string, clock?: { days: number; unit: 'working' | 'calendar'; label: string }, clockStart?: string) => ({
    recordType: DISPUTE,
    recordId: id,
    step: s,
    title: `专利纠纷：${d.patent_no}`,
    link: link(id),
    regionCode: d.region_code,
    assignee: { permission: 'case.handle' as const },
    clock,
    clockStart,
  });
  let notifyOrgs: number[] = [];
  let after: Record<string, unknown> = { status: t.to };
  await mutate(ctx, actor, async (trx) => {
    switch (step.action) {
      case 'accept': {
        checkDate(ctx, step.on, { date: d.requested_on, what: '请求日', whatEn: 'the request' });
        const simple = isSimple(d.patent_kind, step.criteria);
        await stopRecordClock(ctx, trx, ref(id), 'accept', step.on);
        const serveDays = await getSetting(trx, 'cases.dispute_serve_days');
        // The simple procedure's limit is in days; the ordinary one in calendar months (3 months, not 90 days).
        const concludeDays = simple
          ? await getSetting(trx, 'cases.dispute_simple_days')
          : monthsAsDays(step.on, await getSetting(trx, 'cases.dispute_ordinary_months'));
        await startRecordClock(ctx, trx, ref(id), { key: 'serve', label: '送达期限', days: serveDays, unit: 'working', start: step.on });
        await startRecordClock(ctx, trx, ref(id), {
          key: 'conclude',
          label: simple ? '审理期限（简易程序）' : '审理期限',
          days: concludeDays,
          unit: 'calendar',
          start: step.on,
        });
        await updateDispute(trx, id, {
          status: t.to,
          accepted_on: step.on,
          procedure: simple ? 'simple' : 'ordinary',
          criteria_json: JSON.stringify(step.criteria),
          updated_at: at,
        });
        await moveWorkItem(ctx, trx, DISPUTE, id, item('专利纠纷待送达答辩通知', { days: serveDays, unit: 'working', label: '送达期限' }, step.on));
        after = { ...after, procedure: simple ? 'simple' : 'ordinary' };
        break;
      }
      case 'refuse':
        await stopRecordClock(ctx, trx, ref(id), 'accept', today);
        await updateDispute(trx, id, { status: t.to, refused_reason: step.reason, updated_at: at });
        await moveWorkItem(ctx, trx, DISPUTE, id, null);
        break;
      case 'serve': {
        checkDate(ctx, step.on, { date: d.accepted_on, what: '受理日', whatEn: 'acceptance' });
        await stopRecordClock(ctx, trx, ref(id), 'serve', step.on);
        const answerDays = await getSetting(trx, 'cases.dispute_answer_days');
        await startRecordClock(ctx, trx, ref(id), { key: 'answer', label: '答辩期限', days: answerDays, unit: 'calendar', start: step.on });
        const conclude = (await recordClocks(trx, ref(id), today)).find((c) => c.key === 'conclude');
        await updateDispute(trx, id, { status: t.to, served_on: step.on, updated_at: at });
        await moveWorkItem(
          ctx,
          trx,
          DISPUTE,
          id,
          item('专利纠纷待结案', conclude ? { days: conclude.days, unit: 'calendar', label: conclude.label } : undefined, d.accepted_on ?? step.on),
        );
        notifyOrgs = d.respondent_org_id !== null ? [Number(d.respondent_org_id)] : [];
        break;
      }
      case 'answer':
        checkDate(ctx, step.on, { date: d.served_on, what: '送达日', whatEn: 'service' });
        await stopRecordClock(ctx, trx, ref(id), 'answer', step.on);
        await updateDispute(trx, id, { answered_on: step.on, updated_at: at });
        break;
      case 'hearing':
        // A hearing is scheduled ahead: its date may lie in the future, never before today.
        if (step.on < today) {
          const m = message('cases.date_before', { on: step.on, what: '今天', whatEn: 'today', date: today });
          throw badRequest(m, { on: m });
        }
        await insertDisputeEvent(trx, {
          dispute_id: id,
          kind: 'hearing',
          on_date: step.on,
          place: step.place,
          attachment_id: null,
          summary: null,
          created_at: at,
        });
        notifyOrgs = [Number(d.requester_org_id), ...(d.respondent_org_id !== null ? [Number(d.respondent_org_id)] : [])];
        after = { hearingOn: step.on, place: step.place };
        break;
      case 'assign_expert':
        if (!(await findOrgKind(trx, step.orgId))) throw badRequest(message('cases.expert_not_found'), { orgId: message('cases.expert_not_found') });
        await addParty(ctx, trx, ref(id), step.orgId, 'expert');
        notifyOrgs = [step.orgId];
        after = { expertOrgId: step.orgId };
        break;
      case 'opinion':
        await linkAttachments(trx, actor.orgId, [step.attachmentId], { recordType: DISPUTE, recordId: id, step: 'opinion' }, 'attachmentId');
        await insertDisputeEvent(trx, {
          dispute_id: id,
          kind: 'opinion',
          on_date: today,
          place: null,
          attachment_id: step.attachmentId,
          summary: step.summary,
          created_at: at,
        });
        after = { attachmentId: step.attachmentId };
        break;
      case 'suspend':
        // Implementing Rules: an invalidation request accepted suspends the handling; the days never count.
        await pauseClocks(ctx, trx, ref(id), { on: step.on, reason: '无效宣告请求已受理，中止处理', keys: ['conclude'], workItem: status === 'served' });
        after = { suspended: step.on };
        break;
      case 'resume':
        await resumeClocks(ctx, trx, ref(id), { on: step.on });
        after = { resumed: step.on };
        break;
      case 'extend':
        if (d.procedure === 'simple') throw conflict(message('cases.dispute_extended_simple'));
        {
          // "3 months + 1 month" is a period of 4 calendar months from acceptance, its last day moved past rest days.
          const start = d.accepted_on ?? today;
          const months = (await getSetting(trx, 'cases.dispute_ordinary_months')) + (await getSetting(trx, 'cases.dispute_extension_months'));
          const base = monthsAsDays(start, await getSetting(trx, 'cases.dispute_ordinary_months'));
          await extendRecordClock(trx, ref(id), 'conclude', monthsAsDays(start, months) - base, step.reason, { step: status === 'served' });
        }
        after = { extended: true, reason: step.reason };
        break;
      case 'decide':
        checkDate(ctx, step.on, { date: d.served_on, what: '送达日', whatEn: 'service' });
        for (const k of ['conclude', 'answer']) await stopRecordClock(ctx, trx, ref(id), k, step.on);
        // Patent Law art. 65: a party dissatisfied may sue within 15 days of receiving the decision.
        await updateDispute(trx, id, {
          status: t.to,
          outcome: step.outcome,
          decision_on: step.on,
          decision_no: step.decisionNo,
          stop_order: step.stopOrder,
          reasons: step.reasons,
          sue_by: addDays(step.on, 15, 'calendar'),
          updated_at: at,
        });
        await moveWorkItem(ctx, trx, DISPUTE, id, null);
        notifyOrgs = [Number(d.requester_org_id), ...(d.respondent_org_id !== null ? [Number(d.respondent_org_id)] : [])];
        after = { ...after, outcome: step.outcome };
        break;
      case 'mediate':
        checkDate(ctx, step.on, { date: d.accepted_on, what: '受理日', whatEn: 'acceptance' });
        for (const k of ['serve', 'conclude', 'answer']) await stopRecordClock(ctx, trx, ref(id), k, step.on);
        // Civil Procedure Law art. 205: a joint application for judicial confirmation within 30 days of the agreement.
        await updateDispute(trx, id, {
          status: t.to,
          agreement_on: step.on,
          agreement_summary: step.summary,
          confirmation_by: addDays(step.on, 30, 'calendar'),
          updated_at: at,
        });
        await moveWorkItem(ctx, trx, DISPUTE, id, null);
        break;
    }
    return {
      value: null,
      audit: { action: `patent_dispute.${step.action}`, entityType: DISPUTE, entityId: id, regionCode: d.region_code, before: { status }, after },
    };
  });
  if (notifyOrgs.length > 0) {
    const users = (
      await Promise.all(notifyOrgs.map((o) => assigneeUserIds(ctx.db, { assignee_org_id: o, assignee_permission: null, region_code: d.region_code })))
    ).flat();
    await notifyUsers(
      ctx,
      users.map((userId) => ({
        userId,
        kind: `patent_dispute.${step.action}`,
        title: `专利纠纷 ${d.case_no}：${disputeWorkflow.actionLabels[step.action as DisputeAction]}`,
        body: step.action === 'hearing' ? `口头审理定于 ${step.on}，地点：${step.place}。` : `案件 ${d.case_no} 有新的进展。`,
        link: link(id),
      })),
    );
  }
  return present(ctx, actor, (await findDispute(ctx.db, id)) as DisputeRow);
}

/** A dispute's facts for other modules (mediation): within the actor's reach or 404. */
export async function loadDisputeFacts(ctx: AppContext, actor: Actor, id: number) {
  const { d, parties } = await loadDispute(ctx, actor, id);
  return { d, parties };
}
