import {
  message,
  type AssignRequestBody,
  type AssistanceRequestBody,
  type AssistanceRequestQuery,
  type AssistanceStatus,
  type ExpertCandidates,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { addDays } from '../../platform/deadlines.js';
import { getSetting } from '../../platform/settings.js';
import { notifyUsers } from '../../platform/notify.js';
import { assigneeUserIds, moveWorkItem, type WorkItemInput } from '../../platform/work-items.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { foldName } from './fold.js';
import { expertLists, presentExpert, presentRequest } from './present.js';
import {
  REQUEST,
  findExpert,
  findRequest,
  findRequestsPage,
  findWorkstation,
  isRetired,
  insertRequest,
  listExperts,
  updateRequest,
  type ExpertRow,
  type RequestView,
} from './repository.js';
import { requestWorkflow } from './workflow.js';

/** The row just written or checked (a vanished row is a 404, never a 500). */
function must<T>(row: T | undefined): T {
  if (row === undefined) throw notFound('求助');
  return row;
}

export { REQUEST };

export async function requestSubject(db: Executor, r: RequestView): Promise<WorkflowSubject> {
  return { regionCode: r.region_code, ownerOrgId: Number(r.org_id), parties: await loadParties(db, { type: REQUEST, id: Number(r.id) }) };
}

/** The request if the actor may see it (its enterprise, staff of its region, its standing expert/workstation), else 404. */
export async function loadRequest(ctx: AppContext, actor: Actor, id: number): Promise<RequestView & { subject: WorkflowSubject }> {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound('求助');
  const subject = await requestSubject(ctx.db, r);
  if (!canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties: subject.parties })) throw notFound('求助');
  return { ...r, subject };
}

/**
 * Why an expert may not advise on a request (利益冲突), or null: the expert's own organisation is the
 * requester, or a declared conflict names the requesting enterprise or the other side (names compared folded,
 * either containing the other).
 */
export function conflictOf(
  expert: { orgId: number | null; conflicts: readonly string[] },
  request: { orgId: number; orgName: string; opponent: string },
): string | null {
  if (expert.orgId !== null && expert.orgId === request.orgId) return message('overseas.expert_is_requester').text;
  const names = [foldName(request.orgName), foldName(request.opponent)].filter((n) => n.length > 0);
  for (const c of expert.conflicts) {
    const fc = foldName(c);
    if (fc.length > 0 && names.some((n) => n.includes(fc) || fc.includes(n))) return message('overseas.conflict_named', { party: c }).text;
  }
  return null;
}

const expertConflict = (e: ExpertRow, r: RequestView) =>
  conflictOf(
    { orgId: e.org_id === null ? null : Number(e.org_id), conflicts: expertLists(e).conflicts },
    { orgId: Number(r.org_id), orgName: r.org_name, opponent: r.opponent },
  );

const link = (id: number) => `/overseas/requests/${id}`;

async function notifyOrg(ctx: AppContext, orgId: number, regionCode: string, n: { kind: string; title: string; body: string; link: string }) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: orgId, assignee_permission: null, region_code: regionCode });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, ...n })),
  );
}

/** An enterprise asks for help with an overseas dispute: the request waits for staff of its region to triage it. */
export async function submitRequest(ctx: AppContext, actor: Actor, body: AssistanceRequestBody) {
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertRequest(trx, {
      org_id: actor.orgId,
      region_code: actor.regionCode,
      status: 'submitted',
      country: body.country,
      kind: body.kind,
      industry: body.industry,
      opponent: body.opponent,
      description: body.description,
      submitted_by: actor.userId,
      submitted_at: at,
      expert_id: null,
      workstation_id: null,
      assigned_at: null,
      assigned_on: null,
      response_due_on: null,
      responded_at: null,
      responded_on: null,
      response: null,
      closed_at: null,
      closing_summary: null,
      satisfaction: null,
      satisfaction_comment: null,
      created_at: at,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, REQUEST, id, {
      recordType: REQUEST,
      recordId: id,
      step: '海外纠纷求助待分派',
      title: `海外纠纷求助（${body.country}）：${actor.displayName}`,
      link: link(id),
      regionCode: actor.regionCode,
      assignee: { permission: 'overseas.manage' },
    });
    return { value: id, audit: { action: 'overseas.request_submit', entityType: REQUEST, entityId: id, regionCode: actor.regionCode, after: body } };
  });
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: null, assignee_permission: 'overseas.manage', region_code: actor.regionCode });
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'overseas.request_submitted',
      title: `新的海外纠纷求助待分派（${body.country}）`,
      body: body.description.slice(0, 200),
      link: link(id),
    })),
  );
  return presentRequest(must(await findRequest(ctx.db, id)));
}

export async function listRequests(ctx: AppContext, actor: Actor, q: AssistanceRequestQuery) {
  const { rows, total } = await findRequestsPage(ctx.db, actor, { status: q.status }, q.page, q.pageSize);
  return { items: rows.map(presentRequest), total, page: q.page, pageSize: q.pageSize };
}

export async function getRequest(ctx: AppContext, actor: Actor, id: number) {
  return presentRequest(await loadRequest(ctx, actor, id));
}

/**
 * Experts staff may assign: available, covering the request's country (or every country), without a conflict
 * of interest. Those excluded are listed with the reason; an expert without a platform account is listed as
 * excluded too (they cannot act on the platform).
 */
export async function expertCandidates(ctx: AppContext, actor: Actor, id: number): Promise<ExpertCandidates> {
  const r = await loadRequest(ctx, actor, id);
  const candidates: ExpertCandidates['candidates'] = [];
  const excluded: ExpertCandidates['excluded'] = [];
  const industry = foldName(r.industry);
  for (const e of await listExperts(ctx.db)) {
    const lists = expertLists(e);
    if (lists.countries.length > 0 && !lists.countries.includes(r.country)) continue;
    const why = expertConflict(e, r);
    if (why) excluded.push({ id: Number(e.id), name: e.name, reason: why });
    else if (e.available !== 1) excluded.push({ id: Number(e.id), name: e.name, reason: message('overseas.expert_unavailable', { name: e.name }).text });
    else if (e.org_id === null) excluded.push({ id: Number(e.id), name: e.name, reason: message('overseas.expert_no_account', { name: e.name }).text });
    else {
      const matches = [lists.countries.includes(r.country) ? `国家/地区 ${r.country}` : '不限国家/地区'];
      const field = lists.fields.find((f) => {
        const ff = foldName(f);
        return ff.length > 0 && industry.length > 0 && (industry.includes(ff) || ff.includes(industry));
      });
      if (field) matches.push(`领域 ${field}`);
      candidates.push({ ...presentExpert(e), matches });
    }
  }
  candidates.sort((a, b) => b.matches.length - a.matches.length || a.id - b.id);
  return { candidates, excluded };
}

/**
 * Triage (分派): staff assign an expert of the pool (their organisation becomes the request's expert party)
 * or a workstation (its organisation, if it has one on the platform, the handler). The response clock starts.
 * An expert with a conflict of interest, unavailable or without an account is refused with the reason (409).
 */
export async function assignRequest(ctx: AppContext, actor: Actor, id: number, body: AssignRequestBody) {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as AssistanceStatus, 'assign', { actor, subject: r.subject });
  let assignee: { orgId: number } | { permission: 'overseas.manage' };
  let partyOrg: { orgId: number; role: 'expert' | 'handler' } | null = null;
  let assigneeName: string;
  if (body.expertId !== undefined) {
    const e = await findExpert(ctx.db, body.expertId);
    if (!e) throw notFound('专家');
    const why = expertConflict(e, r);
    if (why) throw conflict(message('overseas.expert_conflict', { name: e.name, party: why }));
    if (await isRetired(ctx.db, 'expert', body.expertId)) throw conflict(message('overseas.entry_retired', { name: e.name }));
    if (e.available !== 1) throw conflict(message('overseas.expert_unavailable', { name: e.name }));
    if (e.org_id === null) throw conflict(message('overseas.expert_no_account', { name: e.name }));
    assignee = { orgId: Number(e.org_id) };
    partyOrg = { orgId: Number(e.org_id), role: 'expert' };
    assigneeName = e.name;
  } else {
    const w = await findWorkstation(ctx.db, body.workstationId as number);
    if (!w) throw notFound('工作站');
    if (await isRetired(ctx.db, 'workstation', Number(w.id))) throw conflict(message('overseas.entry_retired', { name: w.name }));
    assignee = w.org_id === null ? { permission: 'overseas.manage' } : { orgId: Number(w.org_id) };
    if (w.org_id !== null) partyOrg = { orgId: Number(w.org_id), role: 'handler' };
    assigneeName = w.name;
  }
  const today = todayIso(ctx);
  const days = await getSetting(ctx.db, 'overseas.response_days');
  const due = addDays(today, days, 'working');
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateRequest(trx, id, {
      status: t.to,
      expert_id: body.expertId ?? null,
      workstation_id: body.workstationId ?? null,
      assigned_at: at,
      assigned_on: today,
      response_due_on: due,
      updated_at: at,
    });
    if (partyOrg) await addParty(ctx, trx, { type: REQUEST, id }, partyOrg.orgId, partyOrg.role);
    await moveWorkItem(ctx, trx, REQUEST, id, {
      recordType: REQUEST,
      recordId: id,
      step: '海外纠纷求助待响应',
      title: `海外纠纷求助（${r.country}）：${r.org_name}`,
      link: link(id),
      regionCode: r.region_code,
      assignee,
      clock: requestWorkflow.clocks?.assigned,
    });
    return {
      value: null,
      audit: {
        action: 'overseas.request_assign',
        entityType: REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, ...body, due },
      },
    };
  });
  if (partyOrg)
    await notifyOrg(ctx, partyOrg.orgId, r.region_code, {
      kind: 'overseas.request_assigned',
      title: `海外纠纷求助已分派给您（${r.country}）`,
      body: `${r.org_name} 的求助请于 ${due} 前响应。`,
      link: link(id),
    });
  await notifyOrg(ctx, Number(r.org_id), r.region_code, {
    kind: 'overseas.request_assigned',
    title: '您的海外纠纷求助已分派',
    body: `已分派给 ${assigneeName}，响应时限 ${due}。`,
    link: link(id),
  });
  return presentRequest(must(await findRequest(ctx.db, id)));
}

/** The step that follows a response or a closure, for whoever must act next. */
function nextItem(r: RequestView, step: string, assignee: WorkItemInput['assignee']): WorkItemInput {
  return {
    recordType: REQUEST,
    recordId: Number(r.id),
    step,
    title: `海外纠纷求助（${r.country}）：${r.org_name}`,
    link: link(Number(r.id)),
    regionCode: r.region_code,
    assignee,
  };
}

/** Whoever the request is assigned to: the expert's or workstation's organisation, else staff of the region. */
function handlerOf(r: RequestView & { subject: WorkflowSubject }): WorkItemInput['assignee'] {
  const party = (r.subject.parties ?? []).find((p) => p.role === 'expert' || p.role === 'handler');
  return party ? { orgId: party.orgId } : { permission: 'overseas.manage' };
}

/** The assignee responds (stops the response clock). An expert not assigned to the request gets 404. */
export async function respondRequest(ctx: AppContext, actor: Actor, id: number, response: string) {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as AssistanceStatus, 'respond', { actor, subject: r.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateRequest(trx, id, { status: t.to, response, responded_at: at, responded_on: todayIso(ctx), updated_at: at });
    await moveWorkItem(ctx, trx, REQUEST, id, nextItem(r, '海外纠纷求助待办结', handlerOf(r)));
    return {
      value: null,
      audit: {
        action: 'overseas.request_respond',
        entityType: REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to },
      },
    };
  });
  await notifyOrg(ctx, Number(r.org_id), r.region_code, {
    kind: 'overseas.request_responded',
    title: '您的海外纠纷求助已得到响应',
    body: response.slice(0, 200),
    link: link(id),
  });
  return presentRequest(must(await findRequest(ctx.db, id)));
}

/** The assignee closes the request with a summary; the enterprise is asked to rate it. */
export async function closeRequest(ctx: AppContext, actor: Actor, id: number, summary: string) {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as AssistanceStatus, 'close', { actor, subject: r.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateRequest(trx, id, { status: t.to, closing_summary: summary, closed_at: at, updated_at: at });
    await moveWorkItem(ctx, trx, REQUEST, id, nextItem(r, '海外纠纷求助待评价', { orgId: Number(r.org_id) }));
    return {
      value: null,
      audit: {
        action: 'overseas.request_close',
        entityType: REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to },
      },
    };
  });
  await notifyOrg(ctx, Number(r.org_id), r.region_code, {
    kind: 'overseas.request_closed',
    title: '您的海外纠纷求助已办结，请评价',
    body: summary.slice(0, 200),
    link: link(id),
  });
  return presentRequest(must(await findRequest(ctx.db, id)));
}

/** The enterprise rates the help it got (1–5). */
export async function rateRequest(ctx: AppContext, actor: Actor, id: number, body: { satisfaction: number; comment: string }) {
  const r = await loadRequest(ctx, actor, id);
  const t = assertTransition(requestWorkflow, r.status as AssistanceStatus, 'rate', { actor, subject: r.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateRequest(trx, id, { status: t.to, satisfaction: body.satisfaction, satisfaction_comment: body.comment, updated_at: at });
    await moveWorkItem(ctx, trx, REQUEST, id, null);
    return {
      value: null,
      audit: {
        action: 'overseas.request_rate',
        entityType: REQUEST,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, ...body },
      },
    };
  });
  return presentRequest(must(await findRequest(ctx.db, id)));
}
