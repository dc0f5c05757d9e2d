import type { z } from 'zod';
import dayjs from 'dayjs';
import {
  message,
  type DecisionBody,
  type FineRange,
  type OpenPenaltyBody,
  type PenaltyCase,
  type PenaltyCaseList,
  type PenaltyKind,
  type PenaltyStatus,
  type ZPenaltyCaseListQuery,
  pauseReasonLabels,
  type PauseReason,
} from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate, recordAudit } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { assertClockOpen, extendRecordClock, pauseClocks, recordClocks, resumeClocks, startRecordClock, stopRecordClock } from '../../platform/clocks.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { assertTransition, describeWorkflow, type WorkflowSubject } from '../../platform/workflow.js';
import { recordHistory } from '../../platform/record-types.js';
import { getSetting } from '../../platform/settings.js';
import {
  countEarlierDecisions,
  findOrgCreditCode,
  findComplaint,
  findOrgKind,
  findPenaltyCase,
  insertPenaltyCase,
  listPenaltyCases,
  updatePenaltyCase,
  type PenaltyRow,
} from './repository.js';
import { penaltyWorkflow, type PenaltyAction } from './workflow.js';
import { isHandler, maySeeCase } from './policy.js';
import { fineRange } from './fine.js';
import { foldRuns } from '../patents/api.js';

export const PENALTY = 'penalty_case';
const ref = (id: number) => ({ type: PENALTY, id });
const link = (id: number) => `/cases/penalty/${id}`;

/** A date a step happened on: not in the future, not before the step it follows (400 naming the field). */
export function checkDate(ctx: AppContext, on: string, after: { date: string | null; what: string; whatEn: string } | null, field = 'on'): void {
  if (on > todayIso(ctx)) throw badRequest(message('cases.date_future', { on }), { [field]: message('cases.date_future', { on }) });
  if (after?.date && on < after.date) {
    const m = message('cases.date_before', { on, what: after.what, whatEn: after.whatEn, date: after.date });
    throw badRequest(m, { [field]: m });
  }
}

/**
 * Creates a penalty case at its clue (线索) inside the caller's transaction: the 15 working days to decide whether
 * to open it run from the day the clue came in. Used by triage and by the case desk.
 */
export async function createPenaltyCase(
  ctx: AppContext,
  trx: Executor,
  c: {
    kind: PenaltyKind;
    title: string;
    respondentName: string;
    respondentOrgId: number | null;
    respondentCreditCode?: string | null;
    regionCode: string;
    clueOn: string;
    summary: string;
    complaintId: number | null;
  },
): Promise<number> {
  const at = nowIso(ctx);
  const creditCode = c.respondentCreditCode ?? (c.respondentOrgId !== null ? await findOrgCreditCode(trx, c.respondentOrgId) : null);
  const id = await insertPenaltyCase(
    trx,
    {
      kind: c.kind,
      status: 'clue',
      region_code: c.regionCode,
      title: c.title,
      summary: c.summary,
      respondent_name: c.respondentName,
      respondent_org_id: c.respondentOrgId,
      respondent_credit_code: creditCode,
      respondent_key: foldRuns(c.respondentName).join(''),
      complaint_id: c.complaintId,
      clue_on: c.clueOn,
      opened_on: null,
      hearing_notice_on: null,
      proposed_fine: null,
      hearing_requested_on: null,
      decision_on: null,
      decision_no: null,
      amount: null,
      repeat_offence: 0,
      fine: null,
      fine_reason: null,
      confiscated_gains: null,
      confiscated_items: null,
      published_on: null,
      published_where: null,
      closed_reason: null,
      created_at: at,
      updated_at: at,
    },
    c.clueOn.slice(0, 4),
  );
  if (c.respondentOrgId !== null) await addParty(ctx, trx, ref(id), c.respondentOrgId, 'counterparty');
  const days = await getSetting(trx, 'cases.report_check_days');
  await startRecordClock(ctx, trx, ref(id), { key: 'open', label: '立案期限', days, unit: 'working', start: c.clueOn });
  await moveWorkItem(ctx, trx, PENALTY, id, {
    recordType: PENALTY,
    recordId: id,
    step: '案件线索待立案',
    title: `案件线索：${c.title}`,
    link: link(id),
    regionCode: c.regionCode,
    assignee: { permission: 'case.handle' },
    clock: { days, unit: 'working', label: '立案期限' },
    clockStart: c.clueOn,
  });
  return id;
}

/** Opens a clue from the case desk (检查发现、上级交办): the case starts at its clue. */
export async function createCaseFromDesk(ctx: AppContext, actor: Actor, body: OpenPenaltyBody): Promise<PenaltyCase> {
  if (!isHandler(actor, body.regionCode))
    throw badRequest(message('error.region_outside', { region: body.regionCode }), {
      regionCode: message('error.region_outside', { region: body.regionCode }),
    });
  checkDate(ctx, body.clueOn, null, 'clueOn');
  if (body.respondentOrgId !== null && (await findOrgKind(ctx.db, body.respondentOrgId)) !== 'enterprise') {
    throw badRequest(message('cases.respondent_unknown'), { respondentOrgId: message('cases.respondent_unknown') });
  }
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await createPenaltyCase(ctx, trx, { ...body, complaintId: null });
    return {
      value: id,
      audit: { action: 'penalty_case.create', entityType: PENALTY, entityId: id, regionCode: body.regionCode, after: { kind: body.kind, clueOn: body.clueOn } },
    };
  });
  return presentCase(ctx, actor, (await findPenaltyCase(ctx.db, id)) as PenaltyRow);
}

/** Loads a case its handlers or assigned parties may see, with its parties, or 404. */
export async function loadCase(ctx: AppContext, actor: Actor, id: number) {
  const c = await findPenaltyCase(ctx.db, id);
  const parties = c ? await loadParties(ctx.db, ref(id)) : [];
  if (!c || !maySeeCase(actor, c.region_code, parties)) throw notFound('案件');
  return { c, parties };
}

const subjectOf = (c: PenaltyRow, parties: Awaited<ReturnType<typeof loadParties>>): WorkflowSubject => ({
  regionCode: c.region_code,
  ownerOrgId: null,
  parties,
});

async function presentCase(ctx: AppContext, actor: Actor, c: PenaltyRow): Promise<PenaltyCase> {
  const id = Number(c.id);
  const parties = await loadParties(ctx.db, ref(id));
  const handler = isHandler(actor, c.region_code);
  // The respondent (and any other party) never learns who complained: only handlers see the complaint.
  const complaint = handler && c.complaint_id !== null ? await findComplaint(ctx.db, Number(c.complaint_id)) : undefined;
  const view = describeWorkflow(penaltyWorkflow, c.status as PenaltyStatus, actor, subjectOf(c, parties), {
    dueOn: null,
    history: await recordHistory(ctx.db, PENALTY, id),
  });
  return {
    id,
    caseNo: c.case_no,
    kind: c.kind as PenaltyKind,
    status: c.status as PenaltyStatus,
    title: c.title,
    respondentName: c.respondent_name,
    regionCode: c.region_code,
    summary: c.summary,
    clueOn: c.clue_on,
    openedOn: c.opened_on,
    complaintId: complaint ? Number(complaint.id) : null,
    complainantName: complaint ? (complaint.anonymous === 1 ? '（匿名）' : complaint.complainant_name) : null,
    hearingNoticeOn: c.hearing_notice_on,
    proposedFine: c.proposed_fine === null ? null : Number(c.proposed_fine),
    hearingRequestedOn: c.hearing_requested_on,
    decisionOn: c.decision_on,
    decisionNo: c.decision_no,
    amount: c.amount === null ? null : Number(c.amount),
    repeatOffence: c.repeat_offence === 1,
    fine: c.fine === null ? null : Number(c.fine),
    fineReason: c.fine_reason,
    confiscatedGains: c.confiscated_gains === null ? null : Number(c.confiscated_gains),
    confiscatedItems: c.confiscated_items,
    publishedOn: c.published_on,
    publishedWhere: c.published_where,
    closedReason: c.closed_reason,
    clocks: await recordClocks(ctx.db, ref(id), todayIso(ctx)),
    allowedActions: view.allowedActions,
    history: view.history,
  };
}

/** The case file; every view is audited (who looked at which case, when). */
export async function getPenaltyCase(ctx: AppContext, actor: Actor, id: number): Promise<PenaltyCase> {
  const { c } = await loadCase(ctx, actor, id);
  await recordAudit(ctx, ctx.db, actor, { action: 'penalty_case.view', entityType: PENALTY, entityId: id, regionCode: c.region_code });
  return presentCase(ctx, actor, c);
}

/** The case desk (案件办理): the handler's cases with filters and each running clock. */
export async function listCasesForDesk(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPenaltyCaseListQuery>): Promise<PenaltyCaseList> {
  const region = q.regionCode ?? actor.regionCode;
  if (!isHandler(actor, region)) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const today = todayIso(ctx);
  const { rows, total } = await listPenaltyCases(
    ctx.db,
    { region, status: q.status, kind: q.kind, q: q.q, overdueOn: q.overdue ? today : undefined },
    q.page,
    q.pageSize,
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      caseNo: r.case_no,
      kind: r.kind as PenaltyKind,
      status: r.status as PenaltyStatus,
      title: r.title,
      respondentName: r.respondent_name,
      regionCode: r.region_code,
      clueOn: r.clue_on,
      openedOn: r.opened_on,
      fine: r.fine === null ? null : Number(r.fine),
      dueOn: r.due_on ?? null,
      dueLabel: null,
      paused: !!r.paused_on,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The fine's legal range for a kind and amount (the calculator on the decision form). */
export async function getFineRange(ctx: AppContext, q: { kind: PenaltyKind; amount?: number; repeat: boolean }): Promise<FineRange> {
  return fineRange(q.kind, q.amount ?? null, q.repeat, await getSetting(ctx.db, 'cases.special_marks_flat_max'));
}

type Step =
  | { action: 'open'; on: string }
  | { action: 'decline'; reason: string }
  | { action: 'notify'; on: string; proposedFine: number }
  | { action: 'request_hearing'; on: string }
  | { action: 'decide'; body: DecisionBody }
  | { action: 'publish'; on: string; where: string }
  | { action: 'close'; reason: string }
  | { action: 'pause'; on: string; reason: PauseReason; note: string }
  | { action: 'resume'; on: string }
  | { action: 'extend'; clock: 'open' | 'decide' | 'check'; reason: string };

/**
 * One step of a penalty case, in the order guard → change + audit row in one transaction. Each step checks its
 * dates (not in the future, not before the step it follows) and its clocks: a hearing is asked for only within
 * the 5 working days of the notice (409 once they ran out), no decision while that window is open.
 */
export async function actOnCase(ctx: AppContext, actor: Actor, id: number, step: Step): Promise<PenaltyCase> {
  const { c, parties } = await loadCase(ctx, actor, id);
  const status = c.status as PenaltyStatus;
  const t = assertTransition(penaltyWorkflow, status, step.action as PenaltyAction, { actor, subject: subjectOf(c, parties) });
  const today = todayIso(ctx);
  const at = nowIso(ctx);
  const item = (s: string, clock?: { days: number; unit: 'working' | 'calendar'; label: string }, clockStart?: string) => ({
    recordType: PENALTY,
    recordId: id,
    step: s,
    title: `案件：${c.title}`,
    link: link(id),
    regionCode: c.region_code,
    assignee: { permission: 'case.handle' as const },
    clock,
    clockStart,
  });
  let after: Record<string, unknown> = { status: t.to };
  await mutate(ctx, actor, async (trx) => {
    switch (step.action) {
      case 'open': {
        checkDate(ctx, step.on, { date: c.clue_on, what: '线索接收日', whatEn: 'the day the clue came in' });
        await stopRecordClock(ctx, trx, ref(id), 'open', step.on);
        const days = await getSetting(trx, 'cases.decision_days');
        await startRecordClock(ctx, trx, ref(id), { key: 'decide', label: '处罚决定期限', days, unit: 'calendar', start: step.on });
        await updatePenaltyCase(trx, id, { status: t.to, opened_on: step.on, updated_at: at });
        await moveWorkItem(ctx, trx, PENALTY, id, item('案件待作出处罚决定', { days, unit: 'calendar', label: '处罚决定期限' }, step.on));
        break;
      }
      case 'decline':
      case 'close':
        for (const k of ['open', 'decide', 'hearing_request', 'publish']) await stopRecordClock(ctx, trx, ref(id), k, today);
        await updatePenaltyCase(trx, id, { status: t.to, closed_reason: step.reason, updated_at: at });
        await moveWorkItem(ctx, trx, PENALTY, id, null);
        after = { ...after, reason: step.reason };
        break;
      case 'notify': {
        checkDate(ctx, step.on, { date: c.opened_on, what: '立案日', whatEn: 'the day the case was opened' });
        const days = await getSetting(trx, 'cases.hearing_request_days');
        await startRecordClock(ctx, trx, ref(id), { key: 'hearing_request', label: '听证申请期限', days, unit: 'working', start: step.on });
        await updatePenaltyCase(trx, id, { status: t.to, hearing_notice_on: step.on, proposed_fine: step.proposedFine, updated_at: at });
        await moveWorkItem(ctx, trx, PENALTY, id, item('听证申请期限内', { days, unit: 'working', label: '听证申请期限' }, step.on));
        after = { ...after, proposedFine: step.proposedFine };
        break;
      }
      case 'request_hearing':
        checkDate(ctx, step.on, { date: c.hearing_notice_on, what: '告知书送达日', whatEn: 'the day the notice was served' });
        // 行政处罚法 art. 64: the party asks within the days after the notice; later requests are refused.
        await assertClockOpen(trx, ref(id), 'hearing_request', step.on);
        await stopRecordClock(ctx, trx, ref(id), 'hearing_request', step.on);
        await updatePenaltyCase(trx, id, { status: t.to, hearing_requested_on: step.on, updated_at: at });
        await moveWorkItem(ctx, trx, PENALTY, id, item('案件待举行听证'));
        break;
      case 'decide': {
        const b = step.body;
        checkDate(ctx, b.on, { date: c.hearing_notice_on, what: '告知书送达日', whatEn: 'the day the notice was served' });
        if (status === 'notified') {
          const window = (await recordClocks(trx, ref(id), today)).find((k) => k.key === 'hearing_request');
          if (window && window.state !== 'stopped' && (window.dueOn === null || window.dueOn >= b.on)) {
            throw conflict(message('cases.hearing_window_open', { due: window.dueOn ?? '—' }));
          }
        }
        const since = dayjs(b.on).subtract(5, 'year').format('YYYY-MM-DD');
        const repeat = b.repeatOffence || (await countEarlierDecisions(trx, { creditCode: c.respondent_credit_code, key: c.respondent_key }, since, id)) > 0;
        const range = fineRange(c.kind as PenaltyKind, b.amount, repeat, await getSetting(trx, 'cases.special_marks_flat_max'));
        if (b.fine < range.min || b.fine > range.max) {
          const m = message('cases.fine_out_of_range', { fine: b.fine, min: range.min, max: range.max });
          throw badRequest(m, { fine: m });
        }
        for (const k of ['decide', 'hearing_request']) await stopRecordClock(ctx, trx, ref(id), k, b.on);
        const days = await getSetting(trx, 'cases.publication_days');
        await startRecordClock(ctx, trx, ref(id), { key: 'publish', label: '公示期限', days, unit: 'working', start: b.on });
        await updatePenaltyCase(trx, id, {
          status: t.to,
          decision_on: b.on,
          decision_no: b.decisionNo,
          amount: b.amount,
          repeat_offence: repeat ? 1 : 0,
          fine: b.fine,
          fine_reason: b.fineReason,
          confiscated_gains: b.confiscatedGains,
          confiscated_items: b.confiscatedItems,
          updated_at: at,
        });
        await moveWorkItem(ctx, trx, PENALTY, id, item('处罚决定待公示', { days, unit: 'working', label: '公示期限' }, b.on));
        after = { ...after, fine: b.fine, range: { min: range.min, max: range.max }, repeat };
        break;
      }
      case 'publish':
        checkDate(ctx, step.on, { date: c.decision_on, what: '处罚决定日', whatEn: 'the decision' });
        await stopRecordClock(ctx, trx, ref(id), 'publish', step.on);
        await updatePenaltyCase(trx, id, { status: t.to, published_on: step.on, published_where: step.where, updated_at: at });
        await moveWorkItem(ctx, trx, PENALTY, id, null);
        break;
      case 'pause': {
        // Hearing, testing, expert opinion and public notice do not count towards the decision's 90 days.
        const label = pauseReasonLabels[step.reason].zh;
        await pauseClocks(ctx, trx, ref(id), {
          on: step.on,
          reason: step.note ? `${label}：${step.note}` : label,
          keys: ['decide'],
          workItem: status === 'investigating',
        });
        after = { paused: step.on, reason: step.reason };
        break;
      }
      case 'resume':
        await resumeClocks(ctx, trx, ref(id), { on: step.on });
        after = { resumed: step.on };
        break;
      case 'extend': {
        const key = step.clock === 'check' ? 'open' : step.clock;
        const days = await getSetting(trx, key === 'open' ? 'cases.report_check_extension_days' : 'cases.decision_extension_days');
        await extendRecordClock(trx, ref(id), key, days, step.reason, {
          step: (key === 'open' && status === 'clue') || (key === 'decide' && status === 'investigating'),
        });
        after = { extended: key, days, reason: step.reason };
        break;
      }
    }
    return {
      value: null,
      audit: { action: `penalty_case.${step.action}`, entityType: PENALTY, entityId: id, regionCode: c.region_code, before: { status }, after },
    };
  });
  return presentCase(ctx, actor, (await findPenaltyCase(ctx.db, id)) as PenaltyRow);
}
