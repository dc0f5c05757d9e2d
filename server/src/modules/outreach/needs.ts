import { message, type Need, type NeedStatus, type VisitBody, type ZNeedQuery } from '@zhichan/contract';
import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { addDays } from '../../platform/deadlines.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import { findNeed, findNeedsOfVisit, findNeedsPage, findOrg, insertNeed, insertVisit, updateNeed, type NeedRow } from './repository.js';
import { needWorkflow } from './workflow.js';

export const NEED = 'outreach_need';
const link = (id: number) => `/outreach/needs/${id}`;

export function presentNeed(r: NeedRow): Need {
  return {
    id: Number(r.id),
    visitId: Number(r.visit_id),
    visitedOn: r.visited_on,
    orgId: Number(r.org_id),
    orgName: r.org_name,
    regionCode: r.region_code,
    topic: r.topic as Need['topic'],
    description: r.description,
    department: r.department,
    status: r.status as NeedStatus,
    dueOn: r.due_on,
    answer: r.answer,
    answeredOn: r.answered_on,
    inTime: r.answered_on === null ? null : r.answered_on <= r.due_on,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    satisfactionComment: r.satisfaction_comment,
    isDemo: r.is_demo === 1,
  };
}

export const needSubject = (r: NeedRow): WorkflowSubject => ({ regionCode: r.region_code, ownerOrgId: Number(r.org_id) });

/** The need if the actor may see it (the enterprise, staff of its region), else 404. */
export async function loadNeed(ctx: AppContext, actor: Actor, id: number): Promise<NeedRow> {
  const r = await findNeed(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: Number(r.org_id) })) throw notFound('企业诉求');
  return r;
}

/**
 * Records a visit to an enterprise (三问两送: 问需、问计、问效) and the needs it collected, each assigned to a
 * department with its response clock (working days from the visit's record, setting `outreach.need_response_days`).
 */
export async function recordVisit(ctx: AppContext, actor: Actor, body: VisitBody) {
  const org = await findOrg(ctx.db, body.orgId);
  if (!org || !canAccess(actor, { regionCode: org.region_code, orgId: null })) throw notFound('企业');
  if (org.kind !== 'enterprise') throw conflict(message('outreach.not_enterprise'));
  assertRegionInJurisdiction(actor, org.region_code);
  const today = todayIso(ctx);
  if (body.visitedOn > today) throw badRequest(message('outreach.date_future', { today }), { visitedOn: message('outreach.date_future', { today }) });
  const days = await getSetting(ctx.db, 'outreach.need_response_days');
  const dueOn = addDays(today, days, 'working');
  const at = nowIso(ctx);
  const visitId = await mutate(ctx, actor, async (trx) => {
    const visitId = await insertVisit(trx, {
      org_id: body.orgId,
      region_code: org.region_code,
      visited_on: body.visitedOn,
      visitors: body.visitors,
      summary: body.summary,
      recorded_by: actor.userId,
      is_demo: 0,
      created_at: at,
    });
    for (const n of body.needs) {
      const id = await insertNeed(trx, {
        visit_id: visitId,
        org_id: body.orgId,
        region_code: org.region_code,
        topic: n.topic,
        description: n.description,
        department: n.department,
        status: 'open',
        opened_on: today,
        due_on: dueOn,
        answer: null,
        answered_on: null,
        answered_by: null,
        satisfaction: null,
        satisfaction_comment: null,
        is_demo: 0,
        created_at: at,
        updated_at: at,
      });
      await moveWorkItem(ctx, trx, NEED, id, {
        recordType: NEED,
        recordId: id,
        step: message('work.need_answer').text,
        title: `企业诉求（${n.department}）：${org.name}`,
        link: link(id),
        regionCode: org.region_code,
        assignee: { permission: 'outreach.manage' },
        clock: needWorkflow.clocks?.open,
      });
    }
    return {
      value: visitId,
      audit: { action: 'outreach.visit_record', entityType: 'outreach_visit', entityId: visitId, regionCode: org.region_code, after: body },
    };
  });
  return { id: visitId, orgId: body.orgId, visitedOn: body.visitedOn, needs: (await findNeedsOfVisit(ctx.db, visitId)).map(presentNeed) };
}

/** Needs in the actor's reach (staff: their jurisdiction; an enterprise: its own), the nearest due first. */
export async function listNeeds(ctx: AppContext, actor: Actor, q: z.infer<typeof ZNeedQuery>) {
  if (q.region) assertRegionInJurisdiction(actor, q.region);
  const { items, total } = await findNeedsPage(ctx.db, actor, q);
  return { items: items.map(presentNeed), total, page: q.page, pageSize: q.pageSize };
}

export async function getNeed(ctx: AppContext, actor: Actor, id: number): Promise<Need> {
  return presentNeed(await loadNeed(ctx, actor, id));
}

/** The department's answer (recorded by the bureau's staff); late answers are kept and shown as late. */
export async function answerNeed(ctx: AppContext, actor: Actor, id: number, answer: string): Promise<Need> {
  const r = await loadNeed(ctx, actor, id);
  const t = assertTransition(needWorkflow, r.status as NeedStatus, 'answer', { actor, subject: needSubject(r) });
  await mutate(ctx, actor, async (trx) => {
    await updateNeed(trx, id, { status: t.to, answer, answered_on: todayIso(ctx), answered_by: actor.userId, updated_at: nowIso(ctx) });
    await moveWorkItem(ctx, trx, NEED, id, null);
    return { value: undefined, audit: { action: 'outreach.need_answer', entityType: NEED, entityId: id, regionCode: r.region_code, after: { answer } } };
  });
  return getNeed(ctx, actor, id);
}

/** The enterprise rates the answer (满意度 1–5). */
export async function rateNeed(ctx: AppContext, actor: Actor, id: number, satisfaction: number, comment: string): Promise<Need> {
  const r = await loadNeed(ctx, actor, id);
  const t = assertTransition(needWorkflow, r.status as NeedStatus, 'rate', { actor, subject: needSubject(r) });
  await mutate(ctx, actor, async (trx) => {
    await updateNeed(trx, id, { status: t.to, satisfaction, satisfaction_comment: comment || null, updated_at: nowIso(ctx) });
    return {
      value: undefined,
      audit: { action: 'outreach.need_rate', entityType: NEED, entityId: id, regionCode: r.region_code, after: { satisfaction, comment } },
    };
  });
  return getNeed(ctx, actor, id);
}
