import type { AuthorityActBody, DeclareOpenLicenceBody, OpenLicenceDeclaration, OpenLicenceStatus } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, notFound } from '../../platform/errors.js';
import { linkAttachments } from '../../platform/attachments.js';
import { moveWorkItem, assigneeUserIds } from '../../platform/work-items.js';
import { notifyUsers, type NotificationInput } from '../../platform/notify.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import { loadParties } from '../../platform/parties.js';
import type { Executor } from '../../db/database.js';
import { recordPatentEvents } from '../patents/api.js';
import { checkEligibility, loadPatentFacts } from './eligibility.js';
import {
  findDeclaration,
  hasOpenDeclaration,
  type DeclarationView,
  findOrgAttachmentKinds,
  findPatentTitle,
  findPublishedDeclaration,
  findRunningOpenLicences,
  insertDeclaration,
  updateDeclaration,
} from './repository.js';
import { feeText, presentDeclaration } from './present.js';
import { maySeeDeclaration } from './policy.js';
import { declarationWorkflow } from './workflow.js';

export const DECLARATION = 'open_licence_declaration';

/** The declaration as the access and workflow rules see it: the patentee owns it; licensees observe it. */
export async function declarationSubject(db: Executor, d: DeclarationView): Promise<WorkflowSubject> {
  return { regionCode: d.region_code, ownerOrgId: Number(d.patentee_org_id), parties: await loadParties(db, { type: DECLARATION, id: Number(d.id) }) };
}

/** Loads a declaration the actor may see, with its workflow subject, or 404. */
export async function loadDeclaration(ctx: AppContext, actor: Actor, id: number): Promise<DeclarationView & { subject: WorkflowSubject }> {
  const d = await findDeclaration(ctx.db, id);
  if (!d) throw notFound('开放许可声明');
  const subject = await declarationSubject(ctx.db, d);
  if (!maySeeDeclaration(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties: subject.parties })) throw notFound('开放许可声明');
  return { ...d, subject };
}

/**
 * Runs the eligibility rules against the registry; a failure is a 409 whose message names every
 * failed rule (details.rules carries their codes).
 */
async function assertEligible(
  ctx: AppContext,
  db: Executor,
  patentId: number,
  orgId: number,
  attachmentKinds: string[],
  otherTerms: string,
  exceptId?: number,
) {
  const facts = await loadPatentFacts(db, patentId);
  if (!facts) throw badRequest('专利不存在', { patentId: '专利不存在' });
  const failures = checkEligibility(facts, {
    orgId,
    today: todayIso(ctx),
    attachmentKinds,
    otherTerms,
    hasOtherOpenDeclaration: await hasOpenDeclaration(db, patentId, exceptId),
  });
  if (failures.length > 0) {
    throw new AppError(409, 'ineligible', `不符合开放许可声明条件：${failures.map((f) => f.message).join('；')}`, undefined, { rules: failures });
  }
  return facts;
}

async function attachmentKinds(db: Executor, ids: readonly number[], orgId: number, declarationId?: number): Promise<string[]> {
  if (ids.length === 0 && declarationId === undefined) return [];
  return findOrgAttachmentKinds(db, orgId, ids, declarationId === undefined ? undefined : { recordType: DECLARATION, recordId: declarationId });
}

function reviewItem(id: number, title: string, regionCode: string) {
  return {
    recordType: DECLARATION,
    recordId: id,
    step: '开放许可声明待审核',
    title: `开放许可声明：${title}`,
    link: `/open-licences/declarations/${id}`,
    regionCode,
    assignee: { permission: 'utilization.review' as const },
    clock: declarationWorkflow.clocks?.pending,
  };
}

async function notifyReviewers(ctx: AppContext, d: DeclarationView, resubmitted: boolean) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: null, assignee_permission: 'utilization.review', region_code: d.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'open_licence.review_requested',
      title: `${resubmitted ? '开放许可声明重新提交' : '新的开放许可声明待审核'}：${d.title}`,
      body: `${d.patentee_name} 声明专利 ${d.app_no} 开放许可，请审核。`,
      link: `/open-licences/declarations/${Number(d.id)}`,
    })),
  );
}

async function notifyPatentee(ctx: AppContext, d: DeclarationView, n: Omit<NotificationInput, 'userId'>) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(d.patentee_org_id), assignee_permission: null, region_code: d.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, ...n })),
  );
}

/**
 * Declares an open licence (声明开放许可): eligibility against the registry, then the declaration
 * (pending review), its attachments and the reviewers' work item in one transaction; reviewers are
 * notified after commit.
 */
export async function declareOpenLicence(ctx: AppContext, actor: Actor, body: DeclareOpenLicenceBody): Promise<OpenLicenceDeclaration> {
  const kinds = await attachmentKinds(ctx.db, body.attachmentIds, actor.orgId);
  await assertEligible(ctx, ctx.db, body.patentId, actor.orgId, kinds, body.otherTerms);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertDeclaration(trx, {
      patent_id: body.patentId,
      patentee_org_id: actor.orgId,
      region_code: actor.regionCode,
      status: 'pending',
      fee_type: body.feeType,
      fee_amount: body.feeType === 'royalty' ? null : body.feeAmount,
      royalty_rate: body.feeType === 'royalty' ? body.royaltyRate : null,
      payment_method: body.paymentMethod,
      term_years: body.termYears,
      other_terms: body.otherTerms,
      review_note: null,
      submitted_by: actor.userId,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      published_at: null,
      withdrawn_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: DECLARATION, recordId: id, step: 'declare' });
    await moveWorkItem(ctx, trx, DECLARATION, id, reviewItem(id, await findPatentTitle(trx, body.patentId), actor.regionCode));
    return { value: id, audit: { action: 'open_licence.declare', entityType: DECLARATION, entityId: id, regionCode: actor.regionCode, after: body } };
  });
  const d = await findDeclaration(ctx.db, id);
  if (d) await notifyReviewers(ctx, d, false);
  return presentDeclaration(d as DeclarationView, todayIso(ctx));
}

/**
 * Bureau review (审核): recommend (推荐) — the declaration then waits for CNIPA's announcement, which only CNIPA
 * makes (Patent Law art. 50); nothing is written on the patent's legal-status history — return for
 * correction, or do not recommend. Recommending re-checks eligibility (the registry may have changed).
 */
export async function reviewDeclaration(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { action: 'approve'; note?: string } | { action: 'return' | 'reject'; reason: string },
): Promise<OpenLicenceDeclaration> {
  const d = await loadDeclaration(ctx, actor, id);
  const t = assertTransition(declarationWorkflow, d.status as OpenLicenceStatus, decision.action, { actor, subject: d.subject });
  if (decision.action === 'approve') {
    await assertEligible(
      ctx,
      ctx.db,
      Number(d.patent_id),
      Number(d.patentee_org_id),
      await attachmentKinds(ctx.db, [], Number(d.patentee_org_id), id),
      d.other_terms,
      id,
    );
  }
  const at = nowIso(ctx);
  const note = decision.action === 'approve' ? (decision.note ?? null) : decision.reason;
  await mutate(ctx, actor, async (trx) => {
    await updateDeclaration(trx, id, { status: t.to, review_note: note, reviewed_by: actor.userId, reviewed_at: at, updated_at: at });
    await moveWorkItem(
      ctx,
      trx,
      DECLARATION,
      id,
      t.to === 'returned'
        ? {
            recordType: DECLARATION,
            recordId: id,
            step: '开放许可声明退回修改',
            title: `开放许可声明退回修改：${d.title}`,
            link: `/open-licences/declarations/${id}`,
            regionCode: d.region_code,
            assignee: { orgId: Number(d.patentee_org_id) },
          }
        : t.to === 'recommended'
          ? {
              recordType: DECLARATION,
              recordId: id,
              step: '待登记国家知识产权局公告',
              title: `开放许可声明待登记国家知识产权局公告：${d.title}`,
              link: `/open-licences/declarations/${id}`,
              regionCode: d.region_code,
              assignee: { orgId: Number(d.patentee_org_id) },
            }
          : null,
    );
    return {
      value: null,
      audit: {
        action: `open_licence.${decision.action}`,
        entityType: DECLARATION,
        entityId: id,
        regionCode: d.region_code,
        before: { status: d.status },
        after: { status: t.to, note },
      },
    };
  });
  const labels = { approve: '已审核通过并推荐', return: '被退回修改', reject: '审核未通过' } as const;
  await notifyPatentee(ctx, d, {
    kind: `open_licence.${decision.action}`,
    title: `开放许可声明${labels[decision.action]}：${d.title}`,
    body:
      decision.action === 'approve'
        ? `${note ? `审核意见：${note}。` : ''}声明已通过知识产权局审核并推荐。开放许可声明由国家知识产权局公告（专利法第五十条）；公告后请登记公告号和公告日，被许可人方可按公告条件取得许可。`
        : `审核意见：${note}`,
    link: `/open-licences/declarations/${id}`,
  });
  return presentDeclaration((await findDeclaration(ctx.db, id)) as DeclarationView, todayIso(ctx));
}

/** A date the authority acted on: not in the future, not before `notBefore` (400 naming the field). */
function assertActDate(ctx: AppContext, date: string, notBefore: { date: string | null; label: string } | null, field = 'date') {
  if (date > todayIso(ctx)) throw badRequest('登记机关的日期不能晚于今天', { [field]: '不能晚于今天' });
  if (notBefore?.date && date < notBefore.date)
    throw badRequest(`日期不能早于${notBefore.label}（${notBefore.date}）`, { [field]: `不能早于${notBefore.label}` });
}

/**
 * Records CNIPA's announcement of the declaration (登记国家知识产权局公告: its number and date): the declaration
 * is then published — in the catalogue, open to licences by notice (art. 51) — and the patent's legal-status
 * history gains the announcement as CNIPA's act.
 */
export async function announceDeclaration(ctx: AppContext, actor: Actor, id: number, body: AuthorityActBody): Promise<OpenLicenceDeclaration> {
  const d = await loadDeclaration(ctx, actor, id);
  const t = assertTransition(declarationWorkflow, d.status as OpenLicenceStatus, 'announce', { actor, subject: d.subject });
  assertActDate(ctx, body.date, { date: d.submitted_at.slice(0, 10), label: '声明提交日' });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateDeclaration(trx, id, {
      status: t.to,
      published_at: body.date,
      cnipa_announcement_no: body.number,
      cnipa_announced_on: body.date,
      updated_at: at,
    });
    await recordPatentEvents(ctx, trx, [
      {
        patentId: Number(d.patent_id),
        date: body.date,
        kind: 'open_licence',
        summary: `开放许可声明（国家知识产权局公告 ${body.number}）`,
        details: { declarationId: id, patentee: d.patentee_name, fee: feeText(d) },
        authority: { kind: 'cnipa', number: body.number, date: body.date, name: '国家知识产权局' },
      },
    ]);
    await moveWorkItem(ctx, trx, DECLARATION, id, null);
    return {
      value: null,
      audit: {
        action: 'open_licence.announce',
        entityType: DECLARATION,
        entityId: id,
        regionCode: d.region_code,
        before: { status: d.status },
        after: { status: t.to, announcementNo: body.number, announcedOn: body.date },
      },
    };
  });
  return presentDeclaration((await findDeclaration(ctx.db, id)) as DeclarationView, todayIso(ctx));
}

/** The patentee corrects a returned declaration and submits it again (eligibility is checked again). */
export async function resubmitDeclaration(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: Omit<DeclareOpenLicenceBody, 'patentId'>,
): Promise<OpenLicenceDeclaration> {
  const d = await loadDeclaration(ctx, actor, id);
  const t = assertTransition(declarationWorkflow, d.status as OpenLicenceStatus, 'resubmit', { actor, subject: d.subject });
  const kinds = [...(await attachmentKinds(ctx.db, body.attachmentIds, actor.orgId, id))];
  await assertEligible(ctx, ctx.db, Number(d.patent_id), actor.orgId, kinds, body.otherTerms, id);
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateDeclaration(trx, id, {
      status: t.to,
      fee_type: body.feeType,
      fee_amount: body.feeType === 'royalty' ? null : body.feeAmount,
      royalty_rate: body.feeType === 'royalty' ? body.royaltyRate : null,
      payment_method: body.paymentMethod,
      term_years: body.termYears,
      other_terms: body.otherTerms,
      submitted_at: at,
      updated_at: at,
    });
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: DECLARATION, recordId: id, step: 'resubmit' });
    await moveWorkItem(ctx, trx, DECLARATION, id, reviewItem(id, d.title, d.region_code));
    return {
      value: null,
      audit: {
        action: 'open_licence.resubmit',
        entityType: DECLARATION,
        entityId: id,
        regionCode: d.region_code,
        before: { status: d.status },
        after: { status: t.to, ...body },
      },
    };
  });
  const fresh = (await findDeclaration(ctx.db, id)) as DeclarationView;
  await notifyReviewers(ctx, fresh, true);
  return presentDeclaration(fresh, todayIso(ctx));
}

/**
 * The patentee withdraws its declaration (撤回). The withdrawal of a published declaration is announced by
 * CNIPA (art. 50): with CNIPA's announcement (number, date) the patent's legal-status history gains it as
 * CNIPA's act; without it the platform records only the patentee's step. Licences already granted remain valid.
 */
export async function withdrawDeclaration(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: { announcement?: AuthorityActBody } = {},
): Promise<OpenLicenceDeclaration> {
  const d = await loadDeclaration(ctx, actor, id);
  const t = assertTransition(declarationWorkflow, d.status as OpenLicenceStatus, 'withdraw', { actor, subject: d.subject });
  const a = body.announcement;
  if (a && d.status !== 'published') throw badRequest('该声明未经国家知识产权局公告，撤回无需登记公告', { 'announcement.number': '无需登记' });
  if (a) assertActDate(ctx, a.date, { date: d.cnipa_announced_on, label: '声明的公告日' }, 'announcement.date');
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateDeclaration(trx, id, {
      status: t.to,
      withdrawn_at: a ? a.date : at,
      updated_at: at,
      ...(a ? { withdrawal_announcement_no: a.number, withdrawal_announced_on: a.date } : {}),
    });
    if (a) {
      await recordPatentEvents(ctx, trx, [
        {
          patentId: Number(d.patent_id),
          date: a.date,
          kind: 'open_licence_withdrawn',
          summary: `开放许可声明撤回（国家知识产权局公告 ${a.number}）`,
          details: { declarationId: id },
          authority: { kind: 'cnipa', number: a.number, date: a.date, name: '国家知识产权局' },
        },
      ]);
    }
    await moveWorkItem(ctx, trx, DECLARATION, id, null);
    return {
      value: null,
      audit: {
        action: 'open_licence.withdraw',
        entityType: DECLARATION,
        entityId: id,
        regionCode: d.region_code,
        before: { status: d.status },
        after: { status: t.to, ...(a ? { announcementNo: a.number, announcedOn: a.date } : {}) },
      },
    };
  });
  return presentDeclaration((await findDeclaration(ctx.db, id)) as DeclarationView, todayIso(ctx));
}

/**
 * Guard for whoever registers licences (a licence-contract filing, later a licence register): while an
 * open-licence declaration stands, no exclusive or sole licence (Implementing Rules art. 88).
 */
export async function assertNoStandingOpenLicence(db: Executor, patentId: number, licenceKind: string): Promise<void> {
  if (licenceKind !== 'exclusive' && licenceKind !== 'sole') return;
  const standing = await findPublishedDeclaration(db, patentId);
  if (standing) throw new AppError(409, 'conflict', '该专利的开放许可声明尚未撤回，声明期间不能登记独占许可或排他许可');
}

/**
 * What stands against an exclusive (独占) or sole (排他) licence of the patent over [from, to] (Implementing
 * Rules art. 88; Patent Law art. 50): a declaration still published, and licences granted under any
 * declaration — withdrawn ones included, since licences already granted stay valid — that still run then.
 */
export async function openLicenceConflicts(db: Executor, patentId: number, from: string, to: string | null) {
  const [standing, running] = await Promise.all([findPublishedDeclaration(db, patentId), findRunningOpenLicences(db, patentId, from, to)]);
  return {
    standingDeclarationId: standing ? Number(standing.id) : null,
    runningLicences: running.map((l) => ({ id: Number(l.id), termEnd: l.term_end, licensee: l.licensee_name, platformRef: l.filing_no })),
  };
}
