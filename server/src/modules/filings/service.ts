import type { z } from 'zod';
import type { Filing, FilingStatus, SubmitFilingBody, ZFilingListQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { canAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { linkAttachments } from '../../platform/attachments.js';
import { assigneeUserIds, moveWorkItem } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { legalStateOn, recordPatentEvents } from '../patents/api.js';
import { assertNoStandingOpenLicence } from '../open-licensing/api.js';
import {
  findFiling,
  findFilingPatents,
  listFilings,
  usablePatentIds,
  type FilingFilter,
  type FilingRow,
  findPatentDates,
  insertFiling,
  updateFiling,
  replacePatents,
} from './repository.js';
import { presentFiling } from './present.js';
import { filingWorkflow } from './workflow.js';

export const FILING = 'filing';

/** Loads a filing its enterprise or a region role covering it may see, or 404. */
export async function loadFiling(ctx: AppContext, actor: Actor, id: number): Promise<FilingRow> {
  const f = await findFiling(ctx.db, id);
  if (!f || !canAccess(actor, { regionCode: f.region_code, orgId: Number(f.org_id) })) throw notFound('备案');
  return f;
}

/** The filing as the workflow's "who" sees it: the filing enterprise owns it; reviewers act in its region. */
export function subjectOf(f: FilingRow): WorkflowSubject {
  return { regionCode: f.region_code, ownerOrgId: Number(f.org_id) };
}

async function present(ctx: AppContext, f: FilingRow): Promise<Filing> {
  return presentFiling(f, (await findFilingPatents(ctx.db, [Number(f.id)])).get(Number(f.id)) ?? []);
}

/**
 * The registry checks of a filing's patents: contracts cover patents the enterprise holds (it is the
 * transferor or licensor); products use patents it holds or has an open licence for; every patent
 * must be in force; an exclusive or sole licence cannot be filed while an open licence stands.
 */
async function checkPatents(ctx: AppContext, db: Executor, actor: Actor, body: SubmitFilingBody): Promise<void> {
  const ids = [...new Set(body.patentIds)];
  const today = todayIso(ctx);
  const patents = await findPatentDates(db, ids);
  if (patents.length !== ids.length) throw badRequest('所选专利不存在', { patentIds: '所选专利不存在' });
  const { held, licensed } = await usablePatentIds(db, actor.orgId, ids, today);
  const contract = body.kind === 'transfer_contract' || body.kind === 'licence_contract';
  for (const p of patents) {
    const id = Number(p.id);
    if (!held.has(id) && (contract || !licensed.has(id))) {
      throw conflict(
        contract
          ? `专利 ${p.app_no} 的当前专利权人不是本企业，不能备案其转让或许可合同`
          : `专利 ${p.app_no} 既非本企业持有也未获许可，不能作为本企业产品使用的专利备案`,
      );
    }
    if (legalStateOn(p, today) !== 'effective') throw conflict(`专利 ${p.app_no} 未授权或已失效，不能备案`);
    if (body.kind === 'licence_contract' && body.licenceKind) await assertNoStandingOpenLicence(db, id, body.licenceKind);
  }
}

function reviewItem(id: number, title: string, regionCode: string) {
  return {
    recordType: FILING,
    recordId: id,
    step: '备案待审核',
    title: `备案：${title}`,
    link: `/filings/${id}`,
    regionCode,
    assignee: { permission: 'utilization.review' as const },
    clock: filingWorkflow.clocks?.submitted,
  };
}

async function notifyReviewers(ctx: AppContext, f: FilingRow, resubmitted: boolean) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: null, assignee_permission: 'utilization.review', region_code: f.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'filing.review_requested',
      title: `${resubmitted ? '备案补正后重新提交' : '新的备案待审核'}：${f.title}`,
      body: `${f.org_name} 提交了备案申请，请审核。`,
      link: `/filings/${Number(f.id)}`,
    })),
  );
}

const values = (body: SubmitFilingBody) => ({
  kind: body.kind,
  title: body.title,
  counterparty: body.kind === 'transfer_contract' || body.kind === 'licence_contract' ? body.counterparty : null,
  licence_kind: body.kind === 'licence_contract' ? body.licenceKind : null,
  amount: body.amount,
  starts_on: body.startsOn,
  ends_on: body.endsOn,
  description: body.description,
});

/** Submits a filing (提交备案) with its patents and evidence; the region's reviewers are queued and told. */
export async function submitFiling(ctx: AppContext, actor: Actor, body: SubmitFilingBody): Promise<Filing> {
  await checkPatents(ctx, ctx.db, actor, body);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertFiling(trx, {
      ...values(body),
      org_id: actor.orgId,
      region_code: actor.regionCode,
      status: 'submitted',
      review_note: null,
      filing_no: null,
      submitted_by: actor.userId,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      approved_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await replacePatents(trx, id, body.patentIds);
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: FILING, recordId: id, step: 'submit' });
    await moveWorkItem(ctx, trx, FILING, id, reviewItem(id, body.title, actor.regionCode));
    return { value: id, audit: { action: 'filing.submit', entityType: FILING, entityId: id, regionCode: actor.regionCode, after: body } };
  });
  const f = (await findFiling(ctx.db, id)) as FilingRow;
  await notifyReviewers(ctx, f, false);
  return present(ctx, f);
}

const contractEvent: Record<string, 'licence' | 'licence_exclusive' | 'licence_sole'> = {
  ordinary: 'licence',
  exclusive: 'licence_exclusive',
  sole: 'licence_sole',
};

/**
 * Bureau review of a filing: approve (a filing number; a contract filing adds the transfer or licence
 * event to each patent's legal-status history), return for correction with reasons, or refuse.
 */
export async function reviewFiling(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { action: 'approve' } | { action: 'return' | 'reject'; reason: string },
): Promise<Filing> {
  const f = await loadFiling(ctx, actor, id);
  const t = assertTransition(filingWorkflow, f.status as FilingStatus, decision.action, { actor, subject: subjectOf(f) });
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const note = decision.action === 'approve' ? null : decision.reason;
  const patents = (await findFilingPatents(ctx.db, [id])).get(id) ?? [];
  if (decision.action === 'approve' && f.kind === 'licence_contract' && f.licence_kind) {
    for (const p of patents) await assertNoStandingOpenLicence(ctx.db, p.id, f.licence_kind);
  }
  await mutate(ctx, actor, async (trx) => {
    const filingNo = t.to === 'approved' ? `BA${today.slice(0, 4)}${f.region_code.slice(0, 6)}${String(id).padStart(6, '0')}` : null;
    await updateFiling(trx, id, {
      status: t.to,
      review_note: note,
      reviewed_by: actor.userId,
      reviewed_at: at,
      updated_at: at,
      ...(filingNo ? { filing_no: filingNo, approved_at: at } : {}),
    });
    const eventKind =
      f.kind === 'transfer_contract' ? ('transfer' as const) : f.kind === 'licence_contract' ? contractEvent[f.licence_kind ?? 'ordinary'] : undefined;
    if (filingNo && eventKind) {
      // The bureau's approval records the contract on each patent's history, under the filing number.
      await recordPatentEvents(
        ctx,
        trx,
        patents.map((p) => ({
          patentId: p.id,
          date: f.starts_on ?? today,
          kind: eventKind,
          summary: `${f.kind === 'transfer_contract' ? '转让合同' : '实施许可合同'}备案 ${filingNo}`,
          details: { filingNo, counterparty: f.counterparty, until: f.ends_on },
          authority: { kind: 'bureau', number: filingNo, date: today },
        })),
      );
    }
    await moveWorkItem(
      ctx,
      trx,
      FILING,
      id,
      t.to === 'returned'
        ? {
            recordType: FILING,
            recordId: id,
            step: '备案退回补正',
            title: `备案退回补正：${f.title}`,
            link: `/filings/${id}`,
            regionCode: f.region_code,
            assignee: { orgId: Number(f.org_id) },
          }
        : null,
    );
    return {
      value: null,
      audit: {
        action: `filing.${decision.action}`,
        entityType: FILING,
        entityId: id,
        regionCode: f.region_code,
        before: { status: f.status },
        after: { status: t.to, note, filingNo },
      },
    };
  });
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(f.org_id), assignee_permission: null, region_code: f.region_code });
  const verdict = { approve: '已准予备案', return: '被退回补正', reject: '未予备案' } as const;
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: `filing.${decision.action}`,
      title: `备案${verdict[decision.action]}：${f.title}`,
      body: note ? `审核意见：${note}` : '备案已通过，将在企业档案中显示。',
      link: `/filings/${id}`,
    })),
  );
  return present(ctx, (await findFiling(ctx.db, id)) as FilingRow);
}

/** The enterprise corrects a returned filing and submits it again (the registry checks run again). */
export async function resubmitFiling(ctx: AppContext, actor: Actor, id: number, body: SubmitFilingBody): Promise<Filing> {
  const f = await loadFiling(ctx, actor, id);
  const t = assertTransition(filingWorkflow, f.status as FilingStatus, 'resubmit', { actor, subject: subjectOf(f) });
  if (body.kind !== f.kind) throw badRequest('补正时不能更改备案类型', { kind: '不能更改备案类型' });
  await checkPatents(ctx, ctx.db, actor, body);
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateFiling(trx, id, { ...values(body), status: t.to, submitted_at: at, updated_at: at });
    await replacePatents(trx, id, body.patentIds);
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: FILING, recordId: id, step: 'resubmit' });
    await moveWorkItem(ctx, trx, FILING, id, reviewItem(id, body.title, f.region_code));
    return {
      value: null,
      audit: {
        action: 'filing.resubmit',
        entityType: FILING,
        entityId: id,
        regionCode: f.region_code,
        before: { status: f.status },
        after: { status: t.to, ...body },
      },
    };
  });
  const fresh = (await findFiling(ctx.db, id)) as FilingRow;
  await notifyReviewers(ctx, fresh, true);
  return present(ctx, fresh);
}

async function page(ctx: AppContext, f: FilingFilter, q: { page: number; pageSize: number }) {
  const { rows, total } = await listFilings(ctx.db, f, q);
  const patents = await findFilingPatents(
    ctx.db,
    rows.map((r) => Number(r.id)),
  );
  return { items: rows.map((r) => presentFiling(r, patents.get(Number(r.id)) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

/** The enterprise's own filings. */
export function listMyFilings(ctx: AppContext, actor: Actor, q: z.infer<typeof ZFilingListQuery>) {
  return page(ctx, { orgId: actor.orgId, kind: q.kind, status: q.status }, q);
}

/** Filings of enterprises in the reviewer's jurisdiction. */
export function listFilingsForReview(ctx: AppContext, actor: Actor, q: z.infer<typeof ZFilingListQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, { withinRegion: q.regionCode ?? actor.regionCode, kind: q.kind, status: q.status }, q);
}

/** One filing. */
export async function getFiling(ctx: AppContext, actor: Actor, id: number) {
  return present(ctx, await loadFiling(ctx, actor, id));
}
