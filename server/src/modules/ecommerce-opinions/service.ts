import type { z } from 'zod';
import type { EcommerceOpinion, ZEcommerceListQuery, ZEcommerceOpinionBody, ZEcommerceRequestBody } from '@zhichan/contract';
import { message } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { addDays } from '../../platform/deadlines.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import { assertActDate } from '../referrals/api.js';
import { findOpinion, insertOpinion, listOpinions, moveOpinion, OPINION, type OpinionRow } from './repository.js';
import { opinionWorkflow } from './workflow.js';

/** An opinion as the API presents it. */
function present(r: OpinionRow): EcommerceOpinion {
  return {
    id: Number(r.id),
    status: r.status as EcommerceOpinion['status'],
    regionCode: r.region_code,
    ownerOrgId: Number(r.owner_org_id),
    requesterKind: r.requester_kind as EcommerceOpinion['requesterKind'],
    requesterName: r.requester_name,
    platformName: r.platform_name,
    rightKind: r.right_kind as EcommerceOpinion['rightKind'],
    rightNo: r.right_no,
    listing: r.listing,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    conclusion: r.conclusion as EcommerceOpinion['conclusion'],
    opinion: r.opinion,
    issuedOn: r.issued_on,
    late: r.issued_on === null ? null : r.issued_on > r.due_on,
    isDemo: Number(r.is_demo) === 1,
  };
}

/** Loads an opinion in the actor's jurisdiction, or 404. */
export async function loadOpinion(ctx: AppContext, actor: Actor, id: number): Promise<OpinionRow & { wf: WorkflowSubject }> {
  const r = await findOpinion(ctx.db, id);
  const wf: WorkflowSubject | null = r ? { regionCode: r.region_code, ownerOrgId: Number(r.owner_org_id) } : null;
  if (!r || !wf || !canAccess(actor, { regionCode: wf.regionCode, orgId: wf.ownerOrgId })) throw notFound('侵权判定咨询');
  return { ...r, wf };
}

export async function getOpinion(ctx: AppContext, actor: Actor, id: number) {
  return present(await loadOpinion(ctx, actor, id));
}

export async function findOpinions(ctx: AppContext, actor: Actor, q: z.infer<typeof ZEcommerceListQuery>) {
  const { rows, total } = await listOpinions(ctx.db, actor, q, q);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** Records a request; the opinion is due within `ecommerce.opinion_days` working days of its receipt (official calendar). */
export async function requestOpinion(ctx: AppContext, actor: Actor, body: z.infer<typeof ZEcommerceRequestBody>): Promise<EcommerceOpinion> {
  const today = todayIso(ctx);
  assertActDate('receivedOn', body.receivedOn, today);
  const due = addDays(body.receivedOn, await getSetting(ctx.db, 'ecommerce.opinion_days'), 'working');
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertOpinion(trx, {
      status: 'requested',
      region_code: actor.regionCode,
      owner_org_id: actor.orgId,
      requester_kind: body.requesterKind,
      requester_name: body.requesterName,
      platform_name: body.platformName,
      right_kind: body.rightKind,
      right_no: body.rightNo,
      listing: body.listing,
      received_on: body.receivedOn,
      due_on: due,
      created_at: at,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, OPINION, id, {
      recordType: OPINION,
      recordId: id,
      step: '电商侵权判定咨询待出具意见',
      title: `电商侵权判定咨询待出具意见：${body.platformName} ${body.rightNo}`,
      link: `/cooperation/ecommerce-opinions?status=requested`,
      regionCode: actor.regionCode,
      assignee: { permission: 'ecommerce.opinion' },
      clock: { days: Math.max(0, Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000)), unit: 'calendar', label: '出具意见期限' },
    });
    return {
      value: id,
      audit: { action: 'ecommerce_opinion.request', entityType: OPINION, entityId: id, regionCode: actor.regionCode, after: { ...body, dueOn: due } },
    };
  });
  return getOpinion(ctx, actor, id);
}

/** Issues the opinion (出具意见); one issued late still counts and says it was late. */
export async function issueOpinion(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZEcommerceOpinionBody>): Promise<EcommerceOpinion> {
  const r = await loadOpinion(ctx, actor, id);
  const t = assertTransition(opinionWorkflow, r.status as 'requested', 'issue', { actor, subject: r.wf });
  assertActDate('issuedOn', body.issuedOn, todayIso(ctx), { date: r.received_on, what: '收到请求日期', whatEn: 'the request' });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    if (!(await moveOpinion(trx, id, r.status, { status: t.to, conclusion: body.conclusion, opinion: body.opinion, issued_on: body.issuedOn, updated_at: at })))
      throw conflict(
        message('workflow.wrong_status', {
          current: opinionWorkflow.statusLabels.issued,
          action: opinionWorkflow.actionLabels.issue,
          allowed: `“${opinionWorkflow.statusLabels.requested}”`,
          currentEn: opinionWorkflow.en.statusLabels.issued,
          actionEn: opinionWorkflow.en.actionLabels.issue,
          allowedEn: `“${opinionWorkflow.en.statusLabels.requested}”`,
        }),
      );
    await moveWorkItem(ctx, trx, OPINION, id, null);
    return {
      value: null,
      audit: { action: 'ecommerce_opinion.issue', entityType: OPINION, entityId: id, regionCode: r.region_code, before: { status: r.status }, after: body },
    };
  });
  return getOpinion(ctx, actor, id);
}
