import type { z } from 'zod';
import type { Mediation, MediationStatus, OpenMediationBody, ZAddMediatorBody, ZDirectMediationBody, ZRegisterMediationOrgBody } from '@zhichan/contract';
import { message } from '@zhichan/contract';
import type { Updateable } from 'kysely';
import type { MediationTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem, type WorkItemInput } from '../../platform/work-items.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import { assertActDate, statutoryDue } from '../referrals/api.js';
import { caseSourceInReach } from '../cases/api.js';
import { presentMediation } from './present.js';
import {
  findMediation,
  findMediator,
  findOrgBasics,
  findRegistration,
  findRegistrationById,
  insertMediation,
  insertMediator,
  insertRegistration,
  MEDIATION,
  moveMediation,
  type MediationView,
} from './repository.js';
import { mediationWorkflow, type MediationAction } from './workflow.js';

type Loaded = MediationView & { wf: WorkflowSubject };

/** Loads a mediation the actor may see (its region's bureau, its owner, the mediation organisation handling it), or 404. */
export async function loadMediation(ctx: AppContext, actor: Actor, id: number): Promise<Loaded> {
  const d = await findMediation(ctx.db, id);
  if (!d) throw notFound('调解案件');
  const subject: WorkflowSubject = {
    regionCode: d.region_code,
    ownerOrgId: Number(d.owner_org_id),
    parties: await loadParties(ctx.db, { type: MEDIATION, id }),
  };
  if (!canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties: subject.parties })) throw notFound('调解案件');
  return { ...d, wf: subject };
}

export async function getMediation(ctx: AppContext, actor: Actor, id: number): Promise<Mediation> {
  return presentMediation(await loadMediation(ctx, actor, id));
}

/** Registers a mediation organisation (调解组织名册): an organisation of kind `mediation`, once. */
export async function registerMediationOrg(ctx: AppContext, actor: Actor, body: z.infer<typeof ZRegisterMediationOrgBody>) {
  const o = await findOrgBasics(ctx.db, body.orgId);
  if (!o || o.kind !== 'mediation') {
    const m = message('coop.org_kind', { kind: '调解组织', kindEn: 'mediation organisation' });
    throw badRequest(m, { orgId: m });
  }
  if (await findRegistration(ctx.db, body.orgId)) throw conflict(message('coop.mediation_org_registered'));
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertRegistration(trx, { org_id: body.orgId, kind: body.kind, scope: body.scope, registered_by: actor.userId, created_at: nowIso(ctx) });
    return { value: id, audit: { action: 'mediation.register_org', entityType: 'mediation_org', entityId: id, regionCode: o.region_code, after: body } };
  });
  return { id, orgId: body.orgId, name: o.name, regionCode: o.region_code, kind: body.kind, scope: body.scope, mediators: [] };
}

/** Adds a mediator (调解员) to a registered organisation. */
export async function addMediator(ctx: AppContext, actor: Actor, registerId: number, body: z.infer<typeof ZAddMediatorBody>) {
  const reg = await findRegistrationById(ctx.db, registerId);
  if (!reg) throw notFound('调解组织');
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertMediator(trx, { mediation_org_id: registerId, name: body.name, specialty: body.specialty, created_at: nowIso(ctx) });
    return { value: id, audit: { action: 'mediation.add_mediator', entityType: 'mediator', entityId: id, after: { registerId, ...body } } };
  });
  return { id, name: body.name, specialty: body.specialty, active: true };
}

async function assertMediator(ctx: AppContext, orgId: number, mediatorId: number | undefined) {
  if (mediatorId === undefined) return;
  const p = await findMediator(ctx.db, mediatorId);
  if (!p || Number(p.org_id) !== orgId) {
    const m = message('coop.mediator_not_in_org');
    throw badRequest(m, { mediatorId: m });
  }
}

function openItem(id: number, subject: string, regionCode: string, mediationOrgId: number): WorkItemInput {
  return {
    recordType: MEDIATION,
    recordId: id,
    step: '纠纷调解进行中',
    title: `纠纷调解进行中：${subject}`,
    link: `/cooperation/mediations/${id}`,
    regionCode,
    assignee: { orgId: mediationOrgId },
  };
}

async function insertOpened(
  ctx: AppContext,
  actor: Actor,
  o: { regionCode: string; ownerOrgId: number; mediationOrgId: number; source: OpenMediationBody['source'] | null },
  body: z.infer<typeof ZDirectMediationBody>,
): Promise<number> {
  const at = nowIso(ctx);
  return mutate(ctx, actor, async (trx) => {
    const id = await insertMediation(trx, {
      status: 'mediating',
      region_code: o.regionCode,
      owner_org_id: o.ownerOrgId,
      mediation_org_id: o.mediationOrgId,
      mediator_id: body.mediatorId ?? null,
      source_record_type: o.source?.recordType ?? null,
      source_record_id: o.source?.recordId ?? null,
      source_case_no: o.source?.caseNo ?? null,
      source_title: o.source?.title ?? null,
      subject: body.subject,
      applicant: body.applicant,
      respondent: body.respondent,
      claim: body.claimYuan ?? null,
      opened_at: at,
      created_at: at,
      updated_at: at,
    });
    await addParty(ctx, trx, { type: MEDIATION, id }, o.mediationOrgId, 'mediator');
    await moveWorkItem(ctx, trx, MEDIATION, id, openItem(id, body.subject, o.regionCode, o.mediationOrgId));
    return {
      value: id,
      audit: { action: 'mediation.open', entityType: MEDIATION, entityId: id, regionCode: o.regionCode, after: { ...body, source: o.source } },
    };
  });
}

/** The bureau sends a dispute to a registered mediation organisation (委托调解), from a case or directly. */
export async function openMediation(ctx: AppContext, actor: Actor, body: OpenMediationBody): Promise<Mediation> {
  if (!(await findRegistration(ctx.db, body.mediationOrgId))) {
    const m = message('coop.mediation_org_unregistered');
    throw badRequest(m, { mediationOrgId: m });
  }
  await assertMediator(ctx, body.mediationOrgId, body.mediatorId);
  // The source case as the case file holds it, within the caller's reach (its 404 otherwise).
  const source = body.source ? await caseSourceInReach(ctx, actor, body.source) : null;
  const id = await insertOpened(ctx, actor, { regionCode: actor.regionCode, ownerOrgId: actor.orgId, mediationOrgId: body.mediationOrgId, source }, body);
  return getMediation(ctx, actor, id);
}

/** A registered mediation organisation takes a dispute brought to it directly (当事人直接申请调解). */
export async function openDirectMediation(ctx: AppContext, actor: Actor, body: z.infer<typeof ZDirectMediationBody>): Promise<Mediation> {
  if (!(await findRegistration(ctx.db, actor.orgId))) throw conflict(message('coop.mediation_org_unregistered'));
  await assertMediator(ctx, actor.orgId, body.mediatorId);
  const id = await insertOpened(ctx, actor, { regionCode: actor.regionCode, ownerOrgId: actor.orgId, mediationOrgId: actor.orgId, source: null }, body);
  return getMediation(ctx, actor, id);
}

async function step(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: MediationAction,
  plan: (
    d: Loaded,
    today: string,
  ) => Promise<{ patch: Updateable<MediationTable>; next: WorkItemInput | null }> | { patch: Updateable<MediationTable>; next: WorkItemInput | null },
): Promise<Mediation> {
  const d = await loadMediation(ctx, actor, id);
  const t = assertTransition(mediationWorkflow, d.status as MediationStatus, action, { actor, subject: d.wf });
  const p = await plan(d, todayIso(ctx));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    if (!(await moveMediation(trx, id, d.status, { ...p.patch, status: t.to, updated_at: at })))
      throw conflict(
        message('workflow.wrong_status', {
          current: mediationWorkflow.statusLabels[d.status as MediationStatus],
          action: mediationWorkflow.actionLabels[action],
          allowed: t.from.map((s) => `“${mediationWorkflow.statusLabels[s]}”`).join('或'),
          currentEn: mediationWorkflow.en.statusLabels[d.status as MediationStatus],
          actionEn: mediationWorkflow.en.actionLabels[action],
          allowedEn: t.from.map((s) => `“${mediationWorkflow.en.statusLabels[s]}”`).join(' or '),
        }),
      );
    await moveWorkItem(ctx, trx, MEDIATION, id, p.next);
    return {
      value: null,
      audit: {
        action: `mediation.${action}`,
        entityType: MEDIATION,
        entityId: id,
        regionCode: d.region_code,
        before: { status: d.status },
        after: { status: t.to, ...p.patch },
      },
    };
  });
  return getMediation(ctx, actor, id);
}

const openedOn = (d: Loaded) => new Date(Date.parse(d.opened_at) + 8 * 3_600_000).toISOString().slice(0, 10);

/** The agreement (调解协议): its date starts the 30-day window for judicial confirmation (民事诉讼法 art. 205). */
export async function recordAgreement(ctx: AppContext, actor: Actor, id: number, body: { agreedOn: string; terms: string; amountYuan?: number }) {
  const days = await getSetting(ctx.db, 'mediation.confirmation_days');
  return step(ctx, actor, id, 'agree', (d, today) => {
    assertActDate('agreedOn', body.agreedOn, today, { date: openedOn(d), what: '调解开始日期', whatEn: 'the start of the mediation' });
    const due = statutoryDue(body.agreedOn, days);
    return {
      patch: { agreed_on: body.agreedOn, terms: body.terms, amount: body.amountYuan ?? null, confirmation_due_on: due },
      next: {
        recordType: MEDIATION,
        recordId: id,
        step: '调解协议待申请司法确认',
        title: `调解协议待申请司法确认：${d.subject}`,
        link: `/cooperation/mediations/${id}`,
        regionCode: d.region_code,
        assignee: { orgId: Number(d.mediation_org_id) },
        clock: { days: Math.max(0, Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000)), unit: 'calendar', label: '司法确认申请期限' },
      },
    };
  });
}

/** The mediation failed (调解不成). */
export function recordFailure(ctx: AppContext, actor: Actor, id: number, body: { endedOn: string; reason: string }) {
  return step(ctx, actor, id, 'fail', (d, today) => {
    assertActDate('endedOn', body.endedOn, today, { date: openedOn(d), what: '调解开始日期', whatEn: 'the start of the mediation' });
    return { patch: { ended_on: body.endedOn, failure_reason: body.reason }, next: null };
  });
}

/** The joint application for judicial confirmation, made to a court within 30 days of the agreement; later it is refused (409). */
export function recordApplication(ctx: AppContext, actor: Actor, id: number, body: { appliedOn: string; court: string }) {
  return step(ctx, actor, id, 'apply_confirmation', (d, today) => {
    assertActDate('appliedOn', body.appliedOn, today, { date: d.agreed_on ?? today, what: '调解协议日期', whatEn: 'the agreement' });
    if (d.confirmation_due_on && body.appliedOn > d.confirmation_due_on) throw conflict(message('coop.confirmation_lapsed', { due: d.confirmation_due_on }));
    return {
      patch: { applied_on: body.appliedOn, court: body.court },
      next: {
        recordType: MEDIATION,
        recordId: id,
        step: '司法确认待登记法院裁定',
        title: `司法确认待登记法院裁定：${d.subject}`,
        link: `/cooperation/mediations/${id}`,
        regionCode: d.region_code,
        assignee: { orgId: Number(d.mediation_org_id) },
      },
    };
  });
}

/** The court's ruling (确认调解协议有效 / 驳回申请): the court's case number and date, as the court gave them. */
export function recordCourtRuling(ctx: AppContext, actor: Actor, id: number, body: { confirmed: boolean; caseNo: string; ruledOn: string; reason?: string }) {
  return step(ctx, actor, id, body.confirmed ? 'court_confirmed' : 'court_refused', (d, today) => {
    assertActDate('ruledOn', body.ruledOn, today, { date: d.applied_on ?? today, what: '申请日期', whatEn: 'the application' });
    return { patch: { court_case_no: body.caseNo, court_ruled_on: body.ruledOn, court_reason: body.reason ?? null }, next: null };
  });
}

/** A referral to arbitration (引导仲裁) after a failed mediation or a refused confirmation. */
export function recordArbitration(ctx: AppContext, actor: Actor, id: number, body: { commission: string; referredOn: string }) {
  return step(ctx, actor, id, 'refer_arbitration', (_d, today) => {
    assertActDate('referredOn', body.referredOn, today);
    return { patch: { arbitration_commission: body.commission, arbitration_referred_on: body.referredOn }, next: null };
  });
}
