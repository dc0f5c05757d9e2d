import type { z } from 'zod';
import type { AuthorityActBody, Filing, FilingStatus, SubmitFilingBody, ZFilingListQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { competentAuthority } from '../../platform/authority.js';
import { canAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { linkAttachments } from '../../platform/attachments.js';
import { assigneeUserIds, moveWorkItem } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { legalStateOn, recordPatentEvents, type PatentEvent } from '../patents/api.js';
import { openLicenceConflicts } from '../open-licensing/api.js';
import { checkFiling, type FilingPatentFacts } from './rules.js';
import {
  findFiling,
  findFilingPatents,
  listFilings,
  usablePatentIds,
  type FilingFilter,
  type FilingRow,
  findPatentDates,
  findFilingCheckFacts,
  findFilingAttachmentKinds,
  findEnterpriseByName,
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

/** The filing an event on a patent's history came from (details.filingId), if any. */
function filingIdOf(details: string | null): number | null {
  try {
    const v = details ? (JSON.parse(details) as { filingId?: unknown }) : {};
    return typeof v.filingId === 'number' ? v.filingId : null;
  } catch {
    return null;
  }
}

/**
 * The checks a 备案 officer makes (rules.ts), against the registry and the other filings: a 409 naming every
 * failed rule (details.rules carries their codes).
 */
async function assertFilingChecks(
  ctx: AppContext,
  db: Executor,
  f: { kind: string; licenceKind: string | null; startsOn: string | null; endsOn: string | null; scope: string | null; patentIds: readonly number[] },
  o: { orgId: number; attachmentIds: readonly number[]; filingId: number | null },
): Promise<void> {
  const ids = [...new Set(f.patentIds)];
  const today = todayIso(ctx);
  const [patents, facts, kinds] = await Promise.all([
    findPatentDates(db, ids),
    findFilingCheckFacts(db, ids, o.filingId),
    findFilingAttachmentKinds(db, o.orgId, o.attachmentIds, o.filingId),
  ]);
  const list: FilingPatentFacts[] = [];
  for (const p of patents) {
    const id = Number(p.id);
    list.push({
      id,
      appNo: p.app_no,
      expiresOn: p.expires_on,
      sourceStatus: p.source_status,
      holderCount: facts.holders.filter((h) => Number(h.patent_id) === id).length,
      // The filing's own events (a change re-checks a filed licence) are not a conflict with itself.
      events: facts.events.filter((e) => Number(e.patent_id) === id && !(o.filingId !== null && filingIdOf(e.details) === o.filingId)),
      otherLicences: facts.licences
        .filter((l) => Number(l.patent_id) === id)
        .map((l) => ({ id: Number(l.id), licenceKind: l.licence_kind, startsOn: l.starts_on, endsOn: l.ends_on, scope: l.scope })),
      openLicence:
        f.kind === 'licence_contract'
          ? await openLicenceConflicts(db, id, f.startsOn ?? today, f.endsOn)
          : { standingDeclarationId: null, runningLicences: [] },
    });
  }
  const failures = checkFiling({ ...f, today, attachmentKinds: kinds, patents: list });
  if (failures.length > 0) {
    throw new AppError(409, 'ineligible', `不符合备案条件：${failures.map((x) => x.message).join('；')}`, undefined, { rules: failures });
  }
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
  }
}

const checkInput = (body: SubmitFilingBody) => ({
  kind: body.kind,
  licenceKind: body.kind === 'licence_contract' ? body.licenceKind : null,
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  scope: body.kind === 'licence_contract' ? body.scope : null,
  patentIds: body.patentIds,
});

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
  scope: body.kind === 'licence_contract' ? body.scope : null,
  description: body.description,
});

/** Submits a filing (提交备案) with its patents and evidence; the region's reviewers are queued and told. */
export async function submitFiling(ctx: AppContext, actor: Actor, body: SubmitFilingBody): Promise<Filing> {
  await checkPatents(ctx, ctx.db, actor, body);
  await assertFilingChecks(ctx, ctx.db, checkInput(body), { orgId: actor.orgId, attachmentIds: body.attachmentIds, filingId: null });
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
      authority: null,
      authority_name: null,
      authority_no: null,
      authority_date: null,
      cancelled_on: null,
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
 * The bureau's initial check (受理初审): pass it on to the competent authority (`forwarded`; the checks run again,
 * nothing is written on the patents' legal-status histories and no number is given), return it for correction
 * with reasons, or refuse it.
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
  const note = decision.action === 'approve' ? null : decision.reason;
  const patents = (await findFilingPatents(ctx.db, [id])).get(id) ?? [];
  if (decision.action === 'approve') {
    await assertFilingChecks(
      ctx,
      ctx.db,
      { kind: f.kind, licenceKind: f.licence_kind, startsOn: f.starts_on, endsOn: f.ends_on, scope: f.scope, patentIds: patents.map((p) => p.id) },
      { orgId: Number(f.org_id), attachmentIds: [], filingId: id },
    );
  }
  await mutate(ctx, actor, async (trx) => {
    await updateFiling(trx, id, { status: t.to, review_note: note, reviewed_by: actor.userId, reviewed_at: at, updated_at: at });
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
        : t.to === 'forwarded'
          ? {
              recordType: FILING,
              recordId: id,
              step: '待登记登记机关备案号',
              title: `备案待登记登记机关备案号：${f.title}`,
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
        after: { status: t.to, note },
      },
    };
  });
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(f.org_id), assignee_permission: null, region_code: f.region_code });
  const verdict = { approve: '已通过受理初审', return: '被退回补正', reject: '初审未通过' } as const;
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: `filing.${decision.action}`,
      title: `备案${verdict[decision.action]}：${f.title}`,
      body: note ? `审核意见：${note}` : '初审已通过。备案由国家知识产权局（或受其委托的代办处）办理，备案号以其文书为准；取得备案号后请在备案详情中登记。',
      link: `/filings/${id}`,
    })),
  );
  return present(ctx, (await findFiling(ctx.db, id)) as FilingRow);
}

/** The authority's date: not in the future, not before any of the filing's patents was granted (400 naming `date`). */
async function assertAuthorityDate(ctx: AppContext, date: string, patentIds: readonly number[]) {
  if (date > todayIso(ctx)) throw badRequest('登记机关的日期不能晚于今天', { date: '不能晚于今天' });
  const before = (await findPatentDates(ctx.db, patentIds)).find((p) => p.grant_date !== null && date < p.grant_date);
  if (before) throw badRequest(`日期不能早于专利 ${before.app_no} 的授权公告日（${before.grant_date}）`, { date: '不能早于专利授权公告日' });
}

/**
 * Records the competent authority's filing (登记登记机关备案号): its number and date, under its name — CNIPA, or
 * the CNIPA 代办处 this deployment is (setting `authority.delegated`). A contract filing then goes on each patent's
 * legal-status history as that authority's act, dated on the filing's date; a registered transfer moves the
 * patent to the transferee (holder, holder's region, and through the write hooks the indicators).
 */
export async function registerFiling(ctx: AppContext, actor: Actor, id: number, body: AuthorityActBody): Promise<Filing> {
  const f = await loadFiling(ctx, actor, id);
  const t = assertTransition(filingWorkflow, f.status as FilingStatus, 'register', { actor, subject: subjectOf(f) });
  const patents = (await findFilingPatents(ctx.db, [id])).get(id) ?? [];
  await assertAuthorityDate(
    ctx,
    body.date,
    patents.map((p) => p.id),
  );
  const authority = await competentAuthority(ctx.db, f.kind as Parameters<typeof competentAuthority>[1]);
  const transferee = f.kind === 'transfer_contract' && f.counterparty ? await findEnterpriseByName(ctx.db, f.counterparty) : undefined;
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateFiling(trx, id, {
      status: t.to,
      filing_no: body.number,
      approved_at: body.date,
      authority: authority.kind,
      authority_name: authority.name,
      authority_no: body.number,
      authority_date: body.date,
      updated_at: at,
    });
    const act = { kind: authority.kind, number: body.number, date: body.date, name: authority.name };
    const events: PatentEvent[] =
      f.kind === 'transfer_contract'
        ? patents.map((p) => ({
            patentId: p.id,
            date: body.date,
            kind: 'transfer' as const,
            summary: `专利权转让登记（${authority.name} ${body.number}）`,
            details: { filingId: id, transferee: f.counterparty },
            authority: act,
            ...(f.counterparty
              ? {
                  newHolder: {
                    names: [f.counterparty],
                    orgIds: [transferee ? Number(transferee.id) : null],
                    address: null,
                    regionCode: transferee?.region_code ?? null,
                  },
                }
              : {}),
          }))
        : f.kind === 'licence_contract'
          ? patents.map((p) => ({
              patentId: p.id,
              date: body.date,
              kind: contractEvent[f.licence_kind ?? 'ordinary'] ?? 'licence',
              summary: `专利实施许可合同备案（${authority.name} ${body.number}）`,
              details: { filingId: id, licensee: f.counterparty, from: f.starts_on, until: f.ends_on, scope: f.scope },
              authority: act,
            }))
          : [];
    await recordPatentEvents(ctx, trx, events);
    await moveWorkItem(ctx, trx, FILING, id, null);
    return {
      value: null,
      audit: {
        action: 'filing.register',
        entityType: FILING,
        entityId: id,
        regionCode: f.region_code,
        before: { status: f.status },
        after: { status: t.to, authority: authority.kind, authorityName: authority.name, number: body.number, date: body.date },
      },
    };
  });
  return present(ctx, (await findFiling(ctx.db, id)) as FilingRow);
}

/**
 * Records the authority's change (备案变更: the new term end) or cancellation (注销) of a filed contract; a licence's
 * legal-status history gains the change or its end as that authority's act.
 */
export async function changeOrCancelFiling(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: { action: 'change'; endsOn: string; act: AuthorityActBody } | { action: 'cancel'; act: AuthorityActBody },
): Promise<Filing> {
  const f = await loadFiling(ctx, actor, id);
  const t = assertTransition(filingWorkflow, f.status as FilingStatus, action.action, { actor, subject: subjectOf(f) });
  const patents = (await findFilingPatents(ctx.db, [id])).get(id) ?? [];
  if (action.act.date > todayIso(ctx)) throw badRequest('登记机关的日期不能晚于今天', { date: '不能晚于今天' });
  if (f.authority_date && action.act.date < f.authority_date) throw badRequest(`日期不能早于备案日（${f.authority_date}）`, { date: '不能早于备案日' });
  if (action.action === 'change' && f.starts_on && action.endsOn < f.starts_on) throw badRequest('届满日不能早于起始日', { endsOn: '不能早于起始日' });
  if (action.action === 'change' && f.kind === 'licence_contract') {
    // A longer term is checked again (patent term, conflicting licences, open licences).
    await assertFilingChecks(
      ctx,
      ctx.db,
      { kind: f.kind, licenceKind: f.licence_kind, startsOn: todayIso(ctx), endsOn: action.endsOn, scope: f.scope, patentIds: patents.map((p) => p.id) },
      { orgId: Number(f.org_id), attachmentIds: [], filingId: id },
    );
  }
  const authority = {
    kind: (f.authority ?? 'cnipa') as 'cnipa' | 'agency',
    number: action.act.number,
    date: action.act.date,
    name: f.authority_name ?? '国家知识产权局',
  };
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateFiling(trx, id, {
      status: t.to,
      updated_at: at,
      ...(action.action === 'change' ? { ends_on: action.endsOn } : { cancelled_on: action.act.date }),
    });
    if (f.kind === 'licence_contract') {
      await recordPatentEvents(
        ctx,
        trx,
        patents.map((p) => ({
          patentId: p.id,
          date: action.act.date,
          kind: action.action === 'change' ? ('licence_change' as const) : ('licence_end' as const),
          summary: `专利实施许可合同备案${action.action === 'change' ? '变更' : '注销'}（${authority.name} ${action.act.number}）`,
          details: { filingId: id, filingNo: f.filing_no, ...(action.action === 'change' ? { until: action.endsOn } : {}) },
          authority,
        })),
      );
    }
    return {
      value: null,
      audit: {
        action: `filing.${action.action}`,
        entityType: FILING,
        entityId: id,
        regionCode: f.region_code,
        before: { status: f.status, endsOn: f.ends_on },
        after: { status: t.to, number: action.act.number, date: action.act.date, ...(action.action === 'change' ? { endsOn: action.endsOn } : {}) },
      },
    };
  });
  return present(ctx, (await findFiling(ctx.db, id)) as FilingRow);
}

/** The enterprise corrects a returned filing and submits it again (the registry checks run again). */
export async function resubmitFiling(ctx: AppContext, actor: Actor, id: number, body: SubmitFilingBody): Promise<Filing> {
  const f = await loadFiling(ctx, actor, id);
  const t = assertTransition(filingWorkflow, f.status as FilingStatus, 'resubmit', { actor, subject: subjectOf(f) });
  if (body.kind !== f.kind) throw badRequest('补正时不能更改备案类型', { kind: '不能更改备案类型' });
  await checkPatents(ctx, ctx.db, actor, body);
  await assertFilingChecks(ctx, ctx.db, checkInput(body), { orgId: actor.orgId, attachmentIds: body.attachmentIds, filingId: id });
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
