import type { AuthorityDecisionBody, CreateReferralBody, Referral } from '@zhichan/contract';
import { message } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { addParty } from '../../platform/parties.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { addHours, beijingDate, statutoryDue } from './clocks.js';
import { caseSourceInReach } from '../cases/api.js';
import { assertActDate } from './dates.js';
import { findOrg, insertReferral, REFERRAL } from './repository.js';
import { referralItem, takeReferralStep } from './steps.js';
import { getReferral } from './queries.js';

const POLICE = { kind: '公安机关', kindEn: 'police unit' };
const PROCURATORATE = { kind: '人民检察院', kindEn: 'procuratorate' };

/** Checks that `orgId` is an active organisation of `kind` (400 naming the field otherwise). */
export async function assertOrgKind(ctx: AppContext, field: string, orgId: number, kind: string, label: { kind: string; kindEn: string }) {
  const o = await findOrg(ctx.db, orgId);
  if (!o || o.kind !== kind || o.status !== 'active') {
    const m = message('coop.org_kind', label);
    throw badRequest(m, { [field]: m });
  }
  return o;
}

/**
 * Proposes a referral of a suspected crime (移送涉嫌犯罪案件, the case team's proposal): the head must decide
 * within 3 days (art. 5; a setting). The receiving police unit is named now and becomes a party only when the
 * case is handed over.
 */
export async function proposeReferral(ctx: AppContext, actor: Actor, body: CreateReferralBody): Promise<Referral> {
  await assertOrgKind(ctx, 'policeOrgId', body.policeOrgId, 'police', POLICE);
  if (body.procuratorateOrgId !== undefined) await assertOrgKind(ctx, 'procuratorateOrgId', body.procuratorateOrgId, 'procuratorate', PROCURATORATE);
  // The source case as the case file holds it, within the proposer's reach (its 404 otherwise).
  const source = body.source ? await caseSourceInReach(ctx, actor, body.source) : null;
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const headDue = statutoryDue(today, await getSetting(ctx.db, 'referral.head_decision_days'));
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      direction: 'to_police',
      status: 'proposed',
      region_code: actor.regionCode,
      owner_org_id: actor.orgId,
      source_record_type: source?.recordType ?? null,
      source_record_id: source?.recordId ?? null,
      source_case_no: source?.caseNo ?? null,
      source_title: source?.title ?? null,
      offence: body.offence,
      case_value: body.caseValueYuan ?? null,
      summary: body.summary,
      police_org_id: body.policeOrgId,
      procuratorate_org_id: body.procuratorateOrgId ?? null,
      proposed_by: actor.userId,
      proposed_at: at,
      head_due_on: headDue,
      created_at: at,
      updated_at: at,
    };
    const id = await insertReferral(trx, row);
    await moveWorkItem(ctx, trx, REFERRAL, id, referralItem(ctx, { id, ...row }, '移送涉嫌犯罪案件待负责人决定', { permission: 'referral.approve' }, headDue));
    return { value: id, audit: { action: 'referral.propose', entityType: REFERRAL, entityId: id, regionCode: actor.regionCode, after: body } };
  });
  return getReferral(ctx, actor, id);
}

/** The head's decision (art. 5): approve — the 24-hour handover clock starts, to the minute — or decline with the reason. */
export async function decideReferral(ctx: AppContext, actor: Actor, id: number, d: { approve: true; note?: string } | { approve: false; reason: string }) {
  const hours = await getSetting(ctx.db, 'referral.handover_hours');
  await takeReferralStep(ctx, actor, id, d.approve ? 'approve' : 'decline', (r, at) => {
    if (!d.approve) return { patch: { head_decided_at: at, head_note: d.reason }, next: null, audit: { reason: d.reason } };
    const due = addHours(at, hours);
    return {
      patch: { head_decided_at: at, head_note: d.note ?? null, handover_due_at: due },
      next: referralItem(ctx, r, '移送涉嫌犯罪案件待移交公安机关', { permission: 'referral.manage' }, beijingDate(due)),
      audit: { handoverDueAt: due },
    };
  });
  return getReferral(ctx, actor, id);
}

/**
 * Hands the case over (移交): the police unit becomes a party (it sees the case from now on, and only it), the
 * procuratorate gets its copy (抄送, art. 8) as an observer, and the police's 3-day clock starts. A handover after
 * the 24 hours is still made — an administrative penalty never replaces a due referral — and shows how late it came.
 */
export async function handOverReferral(ctx: AppContext, actor: Actor, id: number) {
  const days = await getSetting(ctx.db, 'referral.police_decision_days');
  await takeReferralStep(ctx, actor, id, 'hand_over', (r, at, today) => {
    const due = statutoryDue(today, days);
    const police = Number(r.police_org_id);
    return {
      patch: { handed_over_at: at, police_due_on: due },
      also: async (trx) => {
        await addParty(ctx, trx, { type: REFERRAL, id }, police, 'referred_to');
        if (r.procuratorate_org_id !== null) await addParty(ctx, trx, { type: REFERRAL, id }, Number(r.procuratorate_org_id), 'observer');
      },
      next: referralItem(ctx, r, '移送案件待决定是否立案', { orgId: police }, due),
      audit: { policeOrgId: police, policeDueOn: due, late: r.handover_due_at !== null && at > r.handover_due_at },
    };
  });
  return getReferral(ctx, actor, id);
}

/** The police's decision (立案 / 不予立案决定书, art. 8): its number and date; a refusal opens the bureau's 3-day reconsideration window. */
export async function policeDecision(ctx: AppContext, actor: Actor, id: number, accept: boolean, body: AuthorityDecisionBody) {
  const days = await getSetting(ctx.db, 'referral.reconsideration_request_days');
  await takeReferralStep(ctx, actor, id, accept ? 'accept' : 'refuse', (r, at, today) => {
    assertActDate('docDate', body.docDate, today, { date: beijingDate(r.handed_over_at ?? at), what: '移交日期', whatEn: 'the handover' });
    if (!accept && !body.reason) throw badRequest(message('validation.required'), { reason: message('validation.required') });
    const patch = {
      police_decided_at: at,
      police_decision: accept ? 'accepted' : 'refused',
      police_doc_no: body.docNo,
      police_doc_date: body.docDate,
      police_reason: body.reason ?? null,
    };
    if (accept) return { patch, next: null, audit: { docNo: body.docNo } };
    const due = statutoryDue(today, days);
    return {
      patch: { ...patch, reconsider_due_on: due },
      next: referralItem(ctx, r, '不予立案待决定是否申请复议', { permission: 'referral.manage' }, due),
      audit: { docNo: body.docNo, reconsiderDueOn: due },
    };
  });
  return getReferral(ctx, actor, id);
}

/** The bureau asks for reconsideration (复议, art. 9): only within its 3 days — after them the right has lapsed (409). */
export async function requestReconsideration(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const days = await getSetting(ctx.db, 'referral.reconsideration_decision_days');
  await takeReferralStep(ctx, actor, id, 'request_reconsideration', (r, at, today) => {
    if (r.reconsider_due_on && today > r.reconsider_due_on) throw conflict(message('coop.reconsideration_lapsed', { due: r.reconsider_due_on }));
    const due = statutoryDue(today, days);
    return {
      patch: { reconsider_requested_at: at, reconsider_reason: reason, reconsider_decision_due_on: due },
      next: referralItem(ctx, r, '复议申请待公安机关决定', { orgId: Number(r.police_org_id) }, due),
      audit: { reason, decisionDueOn: due },
    };
  });
  return getReferral(ctx, actor, id);
}

/** The police's reconsideration decision (art. 9): open the case after all, or uphold the refusal (the bureau may then ask the procuratorate). */
export async function reconsiderationDecision(ctx: AppContext, actor: Actor, id: number, revise: boolean, body: AuthorityDecisionBody) {
  const days = await getSetting(ctx.db, 'referral.supervision_request_days');
  await takeReferralStep(ctx, actor, id, revise ? 'revise' : 'uphold', (r, at, today) => {
    assertActDate('docDate', body.docDate, today, {
      date: beijingDate(r.reconsider_requested_at ?? at),
      what: '复议申请日期',
      whatEn: 'the reconsideration request',
    });
    const patch = { reconsider_decided_at: at, police_doc_no: body.docNo, police_doc_date: body.docDate, police_reason: body.reason ?? r.police_reason };
    if (revise) return { patch: { ...patch, police_decision: 'accepted' }, next: null, audit: { docNo: body.docNo } };
    const due = statutoryDue(today, days);
    return {
      patch: { ...patch, suggest_due_on: due },
      next: referralItem(ctx, r, '复议维持不予立案待决定是否建议立案监督', { permission: 'referral.manage' }, due),
      audit: { docNo: body.docNo, suggestDueOn: due },
    };
  });
  return getReferral(ctx, actor, id);
}

/** The bureau asks the procuratorate to supervise the filing (建议立案监督, art. 9): it becomes the handling party. */
export async function suggestSupervision(ctx: AppContext, actor: Actor, id: number, procuratorateOrgId?: number) {
  if (procuratorateOrgId !== undefined) await assertOrgKind(ctx, 'procuratorateOrgId', procuratorateOrgId, 'procuratorate', PROCURATORATE);
  await takeReferralStep(ctx, actor, id, 'suggest_supervision', (r, at) => {
    const proc = procuratorateOrgId ?? (r.procuratorate_org_id === null ? null : Number(r.procuratorate_org_id));
    if (proc === null) throw badRequest(message('validation.required'), { procuratorateOrgId: message('validation.required') });
    return {
      patch: { suggested_at: at, procuratorate_org_id: proc },
      also: (trx) => addParty(ctx, trx, { type: REFERRAL, id }, proc, 'handler'),
      next: referralItem(ctx, r, '立案监督建议待检察院处理', { orgId: proc }, null),
      audit: { procuratorateOrgId: proc },
    };
  });
  return getReferral(ctx, actor, id);
}

/** The procuratorate's supervision result (its act, number and date): the police were told to open the case, or no case. */
export async function supervisionResult(ctx: AppContext, actor: Actor, id: number, filed: boolean, body: AuthorityDecisionBody) {
  await takeReferralStep(ctx, actor, id, filed ? 'supervision_filed' : 'supervision_closed', (r, at, today) => {
    assertActDate('docDate', body.docDate, today, { date: beijingDate(r.suggested_at ?? at), what: '建议立案监督日期', whatEn: 'the supervision request' });
    return {
      patch: { supervision_doc_no: body.docNo, supervision_doc_date: body.docDate, ...(filed ? { police_decision: 'accepted' } : {}) },
      next: null,
      audit: { docNo: body.docNo },
    };
  });
  return getReferral(ctx, actor, id);
}
