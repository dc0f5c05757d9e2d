import { message, type PreexamRequest } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZPreexamCorrectBody, ZPreexamRequestBody, ZPreexamRequestQuery, ZPreexamStepBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { findRecordAttachments, linkAttachments } from '../../platform/attachments.js';
import { addDays } from '../../platform/deadlines.js';
import { notifyUsers } from '../../platform/notify.js';
import { getSetting, type SettingKey } from '../../platform/settings.js';
import { assigneeUserIds, moveWorkItem, type WorkItemInput } from '../../platform/work-items.js';
import { assertTransition, mayTake } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { normaliseAppNo } from '../patents/api.js';
import { entityValid, presentEntity } from './entities.js';
import { assignExaminer } from './examiners.js';
import { centreOf, fieldList, ipcInFields } from './fields.js';
import {
  PREEXAM_REQUEST,
  findEntityOfOrg,
  findFields,
  findOrg,
  findPatentIdByAppNo,
  findRequest,
  findRequestsOfOrg,
  findRequestsPage,
  insertRequest,
  updateRequest,
  type RequestRecord,
} from './repository.js';
import { requestWorkflow, type RequestStatus } from './workflow.js';

const OPEN: readonly string[] = ['submitted', 'examining', 'correcting'];

/** The first-opinion clock of a patent type (working days; centres publish their own, so settings). */
export const opinionSetting = (type: string): SettingKey =>
  type === 'design' ? 'preexam.opinion_days_design' : type === 'utility' ? 'preexam.opinion_days_utility' : 'preexam.opinion_days_invention';

const subjectOf = (r: Pick<RequestRecord, 'region_code' | 'org_id'>) => ({ regionCode: r.region_code, ownerOrgId: Number(r.org_id) });

async function presentRequest(ctx: AppContext, r: RequestRecord, actor: Actor | null): Promise<PreexamRequest> {
  const today = todayIso(ctx);
  const attachments = await findRecordAttachments(ctx.db, PREEXAM_REQUEST, r.id);
  const patentId = r.cnipa_app_no ? await findPatentIdByAppNo(ctx.db, r.cnipa_app_no) : null;
  const subject = subjectOf(r);
  const allowed = requestWorkflow.transitions.filter((t) => t.from.includes(r.status as RequestStatus) && mayTake(actor, t, subject)).map((t) => t.action);
  return {
    id: r.id,
    entityId: Number(r.entity_id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    regionCode: r.region_code,
    title: r.title,
    patentType: r.patent_type as PreexamRequest['patentType'],
    ipc: r.ipc,
    summary: r.summary,
    status: r.status as RequestStatus,
    examinerUserId: r.examiner_user_id === null ? null : Number(r.examiner_user_id),
    examinerName: r.examiner_name,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    overdue: OPEN.includes(r.status) && r.due_on !== null && today > r.due_on,
    defects: JSON.parse(r.defects) as string[],
    corrections: Number(r.corrections),
    reasons: JSON.parse(r.reasons) as string[],
    finishedOn: r.finished_on,
    cnipaAppNo: r.cnipa_app_no,
    cnipaResult: (r.cnipa_result as PreexamRequest['cnipaResult']) ?? null,
    cnipaResultOn: r.cnipa_result_on,
    patentId,
    attachments: attachments.map((a) => ({ id: Number(a.id), name: a.file_name, step: a.step })),
    allowedActions: [...new Set(allowed)],
    isDemo: Number(r.is_demo) === 1,
  };
}

async function reload(ctx: AppContext, actor: Actor, id: number) {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound('预审请求');
  return presentRequest(ctx, r, actor);
}

/** The next open step of a request: whose it is and its clock (working days from a setting). */
function stepItem(r: { id: number; region_code: string; title: string; org_id: number }, status: RequestStatus, patentType: string): WorkItemInput | null {
  const base = { recordType: PREEXAM_REQUEST, recordId: r.id, link: `/preexam/requests/${r.id}`, regionCode: r.region_code };
  if (status === 'submitted')
    return {
      ...base,
      step: 'accept',
      title: `预审请求待受理：${r.title}`,
      assignee: { permission: 'preexam.examine' },
      clock: { days: 2, unit: 'working', label: '受理期限', setting: 'preexam.accept_days' },
    };
  if (status === 'examining')
    return {
      ...base,
      step: 'examine',
      title: `预审审查：${r.title}`,
      assignee: { permission: 'preexam.examine' },
      clock: { days: 10, unit: 'working', label: '审查意见期限', setting: opinionSetting(patentType) },
    };
  if (status === 'correcting')
    return {
      ...base,
      step: 'correct',
      title: `预审补正：${r.title}`,
      assignee: { orgId: Number(r.org_id) },
      clock: { days: 3, unit: 'working', label: '补正答复期限', setting: 'preexam.answer_days' },
    };
  return null;
}

async function dueFor(db: Executor, today: string, status: RequestStatus, patentType: string): Promise<string | null> {
  if (status === 'submitted') return addDays(today, await getSetting(db, 'preexam.accept_days'), 'working');
  if (status === 'examining') return addDays(today, await getSetting(db, opinionSetting(patentType)), 'working');
  if (status === 'correcting') return addDays(today, await getSetting(db, 'preexam.answer_days'), 'working');
  return null;
}

/**
 * A registered entity files a pre-examination request (free; before the formal filing). Refused with 409 naming
 * the centre's field list when the enterprise is not a valid registered entity or the IPC lies outside the fields.
 */
export async function submitRequest(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPreexamRequestBody>): Promise<PreexamRequest> {
  const org = await findOrg(ctx.db, actor.orgId);
  if (!org) throw notFound('企业');
  const entity = await findEntityOfOrg(ctx.db, actor.orgId);
  const fields = await findFields(ctx.db, entity?.centre_region ?? centreOf(org.region_code));
  const today = todayIso(ctx);
  if (!entity || !entityValid(entity, today)) throw new AppError(409, 'not_registered', message('preexam.not_registered', { fields: fieldList(fields) }));
  if (
    !ipcInFields(
      body.ipc,
      fields.map((f) => f.ipc_prefix),
    )
  )
    throw new AppError(409, 'out_of_field', message('preexam.out_of_field', { ipc: body.ipc, fields: fieldList(fields) }));
  const at = nowIso(ctx);
  const dueOn = await dueFor(ctx.db, today, 'submitted', body.patentType);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertRequest(trx, {
      entity_id: entity.id,
      org_id: actor.orgId,
      region_code: org.region_code,
      title: body.title,
      patent_type: body.patentType,
      ipc: body.ipc,
      summary: body.summary ?? null,
      status: 'submitted',
      examiner_user_id: null,
      received_on: today,
      due_on: dueOn,
      finished_on: null,
      cnipa_app_no: null,
      cnipa_result: null,
      cnipa_result_on: null,
      created_at: at,
      updated_at: at,
    });
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: PREEXAM_REQUEST, recordId: id, step: 'submit' });
    await moveWorkItem(
      ctx,
      trx,
      PREEXAM_REQUEST,
      id,
      stepItem({ id, region_code: org.region_code, title: body.title, org_id: actor.orgId }, 'submitted', body.patentType),
    );
    return {
      value: id,
      audit: { action: 'preexam.request.submit', entityType: PREEXAM_REQUEST, entityId: id, regionCode: org.region_code, after: { ...body, dueOn } },
    };
  });
  return reload(ctx, actor, id);
}

/** The request the actor reaches (the examiners by region, the entity itself), or 404. */
async function loadRequest(ctx: AppContext, actor: Actor, id: number): Promise<RequestRecord> {
  const r = await findRequest(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: Number(r.org_id) })) throw notFound('预审请求');
  return r;
}

export async function getRequest(ctx: AppContext, actor: Actor, id: number): Promise<PreexamRequest> {
  return presentRequest(ctx, await loadRequest(ctx, actor, id), actor);
}

async function notifyOwner(ctx: AppContext, r: RequestRecord, title: string, body: string) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(r.org_id), assignee_permission: null, region_code: r.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, kind: 'preexam.request', title, body, link: '/preexam' })),
  );
}

/**
 * An examiner's step: accept (assigning an examiner by field and workload) or refuse; notify defects (at most
 * `preexam.max_corrections` rounds, then the request must be found not passed); pass (→ CNIPA's fast channel) or
 * not pass with reasons; and CNIPA's final result with its application number, linked to the registry patent.
 */
export async function stepRequest(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZPreexamStepBody>): Promise<PreexamRequest> {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as RequestStatus, body.action, { actor, subject: subjectOf(r) });
  const today = todayIso(ctx);
  const at = nowIso(ctx);
  const max = await getSetting(ctx.db, 'preexam.max_corrections');
  if (body.action === 'defect' && Number(r.corrections) >= max) throw conflict(message('preexam.max_corrections', { count: Number(r.corrections) }));
  const examiner = body.action === 'accept' ? await assignExaminer(ctx.db, r, actor) : null;
  const appNo = body.appNo ? normaliseAppNo(body.appNo) : null;
  const dueOn = await dueFor(ctx.db, today, t.to, r.patent_type);
  const finished = ['passed', 'not_passed', 'refused'].includes(t.to) && body.action !== 'cnipa_result';
  await mutate(ctx, actor, async (trx) => {
    await updateRequest(trx, id, {
      status: t.to,
      due_on: dueOn,
      updated_at: at,
      ...(examiner ? { examiner_user_id: examiner.userId } : {}),
      ...(body.action === 'defect' ? { defects: JSON.stringify(body.reasons) } : {}),
      ...(body.action === 'fail' || body.action === 'refuse' ? { reasons: JSON.stringify(body.reasons) } : {}),
      ...(finished ? { finished_on: today } : {}),
      ...(body.action === 'cnipa_result' ? { cnipa_app_no: appNo, cnipa_result: body.result ?? null, cnipa_result_on: body.resultOn ?? null } : {}),
    });
    if (body.action !== 'cnipa_result') await moveWorkItem(ctx, trx, PREEXAM_REQUEST, id, stepItem(r, t.to, r.patent_type));
    return {
      value: null,
      audit: {
        action: `preexam.request.${body.action}`,
        entityType: PREEXAM_REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, ...body, ...(appNo ? { appNo } : {}), dueOn, ...(examiner ? { examinerUserId: examiner.userId } : {}) },
      },
    };
  });
  if (examiner)
    await notifyUsers(ctx, [
      { userId: examiner.userId, kind: 'preexam.assigned', title: `分配预审：${r.title}`, body: `审查意见期限至${dueOn ?? ''}`, link: `/preexam` },
    ]);
  if (body.action === 'defect') await notifyOwner(ctx, r, `预审补正通知：${r.title}`, `请于${dueOn ?? ''}前提交补正：${body.reasons.join('；')}`);
  if (body.action === 'pass') await notifyOwner(ctx, r, `预审合格：${r.title}`, '预审合格，请按快速通道要求向国家知识产权局提交专利申请。');
  if (body.action === 'fail' || body.action === 'refuse') await notifyOwner(ctx, r, `预审结论：${r.title}`, body.reasons.join('；'));
  return reload(ctx, actor, id);
}

/** The entity answers a defect notice (补正) with its note and corrected documents; the request returns to the examiner. */
export async function correctRequest(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZPreexamCorrectBody>): Promise<PreexamRequest> {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as RequestStatus, 'correct', { actor, subject: subjectOf(r) });
  const today = todayIso(ctx);
  const dueOn = await dueFor(ctx.db, today, t.to, r.patent_type);
  await mutate(ctx, actor, async (trx) => {
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: PREEXAM_REQUEST, recordId: id, step: 'correct' });
    await updateRequest(trx, id, { status: t.to, due_on: dueOn, corrections: Number(r.corrections) + 1, updated_at: nowIso(ctx) });
    await moveWorkItem(ctx, trx, PREEXAM_REQUEST, id, stepItem(r, t.to, r.patent_type));
    return {
      value: null,
      audit: {
        action: 'preexam.request.correct',
        entityType: PREEXAM_REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, ...body, dueOn },
      },
    };
  });
  return reload(ctx, actor, id);
}

/** Requests in the examiner's jurisdiction. */
export async function listRequests(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPreexamRequestQuery>) {
  const { items, total } = await findRequestsPage(ctx.db, actor.regionCode, q);
  const out = [];
  for (const r of items) out.push(await presentRequest(ctx, r, actor));
  return { items: out, total, page: q.page, pageSize: q.pageSize };
}

/** The entity's own registration and requests. */
export async function myPreexam(ctx: AppContext, actor: Actor) {
  const entity = await findEntityOfOrg(ctx.db, actor.orgId);
  const requests = [];
  for (const r of await findRequestsOfOrg(ctx.db, actor.orgId)) requests.push(await presentRequest(ctx, r, actor));
  return { entity: entity ? presentEntity(entity, todayIso(ctx)) : null, requests };
}
