import {
  message,
  messageText,
  type PolicyEvaluation,
  type SubsidyApplication,
  type SubsidyApplyBody,
  type SubsidyPreview,
  type SubsidyPreviewBody,
  type SubsidyStatus,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { linkAttachments } from '../../platform/attachments.js';
import { assigneeUserIds, moveWorkItem } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { creditRefusal, creditRestrictions } from '../credit/api.js';
import { computeApplication, subsidyYearOf, type LoanFacts } from './compute.js';
import { findApplication, findOpenForLoan, insertApplication, updateApplication, type ApplicationView } from './repository.js';
import { presentApplication, storedFacts } from './present.js';
import { policyOf } from './policies.js';
import { applicationWorkflow } from './workflow.js';

export const APPLICATION = 'subsidy_application';

/**
 * Refuses a step for an enterprise on the IP credit list with a measure restricting funding (从严审查资助、奖励):
 * a coded 409 naming the listing (behaviour, authority, decision, end date).
 */
export async function assertNotCreditRestricted(ctx: AppContext, db: Executor, orgId: number): Promise<void> {
  const [r] = await creditRestrictions(db, orgId, todayIso(ctx), 'funding_review');
  if (r) throw creditRefusal(r);
}

const facts = (b: SubsidyPreviewBody): LoanFacts => ({
  principal: b.principal,
  ratePct: b.ratePct,
  contractDate: b.contractDate,
  interestFrom: b.interestFrom,
  interestTo: b.interestTo,
  interestPaid: b.interestPaid,
  revenue: b.revenue ?? null,
  flags: b.flags,
});
const periodOf = (b: SubsidyPreviewBody) => b.period?.trim() || String(subsidyYearOf(b));

/** The interest paid cannot exceed the principal, nor be paid for a period ending after today (400 naming the field). */
function assertPlausible(ctx: AppContext, b: SubsidyPreviewBody) {
  if (b.interestPaid > b.principal) throw badRequest(message('subsidy.interest_exceeds'), { interestPaid: message('subsidy.interest_exceeds') });
  if (b.interestTo > todayIso(ctx)) throw badRequest(message('subsidy.interest_future'), { interestTo: message('subsidy.interest_future') });
}

/** A 409 when the policy's conditions are not met, naming each failed condition (the computation in `details`). */
function assertEligible(e: PolicyEvaluation) {
  if (e.outcome !== 'ineligible') return;
  const reasons = e.lines.filter((l) => l.code.endsWith('_failed')).map((l) => messageText(l, 'zh'));
  throw new AppError(409, 'ineligible', message('subsidy.ineligible', { reasons: reasons.join('；') }), undefined, { evaluation: e });
}

/** Computes without saving (申报前试算): what the chosen policy gives for these loan facts. */
export async function previewSubsidy(ctx: AppContext, actor: Actor, body: SubsidyPreviewBody): Promise<SubsidyPreview> {
  const policy = await policyOf(ctx.db, body.policyKey);
  assertPlausible(ctx, body);
  const evaluation = await computeApplication(ctx.db, {
    orgId: actor.orgId,
    policyKey: policy.key,
    rule: policy.rule,
    bank: body.bank,
    period: periodOf(body),
    ...facts(body),
  });
  return { policyKey: policy.key, evaluation };
}

function subjectOf(a: ApplicationView): WorkflowSubject {
  return { regionCode: a.region_code, ownerOrgId: Number(a.org_id) };
}

/** Loads an application the actor may see (the enterprise, reviewers of its region), or 404. */
export async function loadApplication(ctx: AppContext, actor: Actor, id: number): Promise<ApplicationView & { subject: WorkflowSubject }> {
  const a = await findApplication(ctx.db, id);
  if (!a) throw notFound('贴息申报');
  const subject = subjectOf(a);
  if (!canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId })) throw notFound('贴息申报');
  return { ...a, subject };
}

/** The review queue's work item of an application (待审核). */
export function reviewItem(id: number, orgName: string, regionCode: string) {
  return {
    recordType: APPLICATION,
    recordId: id,
    step: '贴息申报待审核',
    title: `贴息申报：${orgName}`,
    link: `/subsidies/applications/${id}`,
    regionCode,
    assignee: { permission: 'subsidy.review' as const },
    clock: applicationWorkflow.clocks?.submitted,
  };
}

async function notifyReviewers(ctx: AppContext, a: ApplicationView) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: null, assignee_permission: 'subsidy.review', region_code: a.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'subsidy.review_requested',
      title: `贴息申报待审核：${a.org_name}`,
      body: `${a.org_name} 申报贴息（${a.bank}，本金 ${Number(a.principal).toLocaleString('zh-CN')} 元）。`,
      link: `/subsidies/applications/${Number(a.id)}`,
    })),
  );
}

async function notifyEnterprise(ctx: AppContext, a: ApplicationView, title: string, body: string) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(a.org_id), assignee_permission: null, region_code: a.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, kind: 'subsidy.decided', title, body, link: `/subsidies/applications/${Number(a.id)}` })),
  );
}

/**
 * Submits an application (贴息申报): the policy, the loan's facts, the loan contract and the evidence of interest
 * paid. Refused with a 409 when the enterprise is on the credit list (funding restricted), when the same loan
 * already has an application in progress this period, or when the policy's conditions are not met. The
 * computation is stored line by line with the rule as it stood.
 */
export async function applyForSubsidy(ctx: AppContext, actor: Actor, body: SubsidyApplyBody): Promise<SubsidyApplication> {
  const policy = await policyOf(ctx.db, body.policyKey);
  assertPlausible(ctx, body);
  await assertNotCreditRestricted(ctx, ctx.db, actor.orgId);
  const period = periodOf(body);
  const open = await findOpenForLoan(ctx.db, { orgId: actor.orgId, bank: body.bank, contractDate: body.contractDate, principal: body.principal, period });
  if (open) throw conflict(message('subsidy.duplicate_loan', { bank: body.bank, contractDate: body.contractDate, id: Number(open.id) }));
  const evaluation = await computeApplication(ctx.db, {
    orgId: actor.orgId,
    policyKey: policy.key,
    rule: policy.rule,
    bank: body.bank,
    period,
    ...facts(body),
  });
  assertEligible(evaluation);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertApplication(trx, {
      org_id: actor.orgId,
      region_code: actor.regionCode,
      status: 'submitted',
      policy_key: policy.key,
      policy_rule: JSON.stringify(policy.rule),
      financing_application_id: body.financingApplicationId ?? null,
      bank: body.bank,
      principal: body.principal,
      rate_pct: body.ratePct,
      contract_date: body.contractDate,
      term_months: body.termMonths,
      interest_from: body.interestFrom,
      interest_to: body.interestTo,
      interest_paid: body.interestPaid,
      facts: JSON.stringify({ flags: body.flags, revenue: body.revenue ?? null }),
      subsidy_year: subsidyYearOf(body),
      period,
      computation: JSON.stringify(evaluation),
      computed_amount: evaluation.amount,
      approved_amount: null,
      batch_id: null,
      review_note: null,
      submitted_by: actor.userId,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    const to = { recordType: APPLICATION, recordId: id };
    await linkAttachments(trx, actor.orgId, body.contractAttachmentIds, { ...to, step: 'loan_contract' }, 'contractAttachmentIds');
    await linkAttachments(trx, actor.orgId, body.evidenceAttachmentIds, { ...to, step: 'interest_evidence' }, 'evidenceAttachmentIds');
    const orgName = (await findApplication(trx, id))?.org_name ?? '';
    await moveWorkItem(ctx, trx, APPLICATION, id, reviewItem(id, orgName, actor.regionCode));
    return {
      value: id,
      audit: { action: 'subsidy.apply', entityType: APPLICATION, entityId: id, regionCode: actor.regionCode, after: { ...body, amount: evaluation.amount } },
    };
  });
  const a = (await findApplication(ctx.db, id)) as ApplicationView;
  await notifyReviewers(ctx, a);
  return presentApplication(a);
}

/** Recomputes a stored application with the policy rule it was submitted under and the LPR series of today. */
async function recompute(db: Executor, a: ApplicationView): Promise<PolicyEvaluation> {
  const f = storedFacts(a.facts);
  return computeApplication(db, {
    orgId: Number(a.org_id),
    policyKey: a.policy_key,
    rule: JSON.parse(a.policy_rule) as Parameters<typeof computeApplication>[1]['rule'],
    bank: a.bank,
    period: a.period,
    exceptId: Number(a.id),
    principal: Number(a.principal),
    ratePct: Number(a.rate_pct),
    contractDate: a.contract_date,
    interestFrom: a.interest_from,
    interestTo: a.interest_to,
    interestPaid: Number(a.interest_paid),
    revenue: f.revenue,
    flags: f.flags,
  });
}

/**
 * The bureau's review (审核): approve — the application is computed again against what the enterprise has been
 * granted by now and the LPR series as it stands, and the amount is fixed (an incomplete computation, such as an
 * LPR not yet entered, cannot be approved: 409) — return for correction, or refuse, each with its reason.
 */
export async function reviewSubsidy(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { action: 'verify'; note?: string } | { action: 'return' | 'reject'; reason: string },
): Promise<SubsidyApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as SubsidyStatus, decision.action, { actor, subject: a.subject });
  const at = nowIso(ctx);
  const note = decision.action === 'verify' ? (decision.note ?? null) : decision.reason;
  await mutate(ctx, actor, async (trx) => {
    let amount: number | null = null;
    const change: Parameters<typeof updateApplication>[2] = { status: t.to, review_note: note, reviewed_by: actor.userId, reviewed_at: at, updated_at: at };
    if (decision.action === 'verify') {
      await assertNotCreditRestricted(ctx, trx, Number(a.org_id));
      const e = await recompute(trx, a);
      assertEligible(e);
      if (e.outcome !== 'granted' || e.amount === null) throw conflict(message('policy.result_incomplete'));
      amount = e.amount;
      Object.assign(change, { computation: JSON.stringify(e), computed_amount: e.amount, approved_amount: e.amount });
    }
    await updateApplication(trx, id, change);
    await moveWorkItem(
      ctx,
      trx,
      APPLICATION,
      id,
      t.to === 'returned'
        ? {
            recordType: APPLICATION,
            recordId: id,
            step: '贴息申报退回补正',
            title: `贴息申报退回补正：${a.bank}`,
            link: `/subsidies/applications/${id}`,
            regionCode: a.region_code,
            assignee: { orgId: Number(a.org_id) },
          }
        : null,
    );
    return {
      value: null,
      audit: {
        action: `subsidy.${decision.action}`,
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, note, amount },
      },
    };
  });
  const labels = { verify: '审核通过', return: '被退回补正', reject: '审核未通过' } as const;
  await notifyEnterprise(ctx, a, `贴息申报${labels[decision.action]}`, note ?? '');
  return presentApplication((await findApplication(ctx.db, id)) as ApplicationView);
}

/** The enterprise corrects a returned application (the loan's facts) and submits it again; it is computed afresh. */
export async function resubmitSubsidy(ctx: AppContext, actor: Actor, id: number, body: SubsidyPreviewBody): Promise<SubsidyApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as SubsidyStatus, 'resubmit', { actor, subject: a.subject });
  const policy = await policyOf(ctx.db, body.policyKey);
  assertPlausible(ctx, body);
  await assertNotCreditRestricted(ctx, ctx.db, Number(a.org_id));
  const period = periodOf(body);
  const open = await findOpenForLoan(ctx.db, {
    orgId: actor.orgId,
    bank: body.bank,
    contractDate: body.contractDate,
    principal: body.principal,
    period,
    exceptId: id,
  });
  if (open) throw conflict(message('subsidy.duplicate_loan', { bank: body.bank, contractDate: body.contractDate, id: Number(open.id) }));
  const evaluation = await computeApplication(ctx.db, {
    orgId: actor.orgId,
    policyKey: policy.key,
    rule: policy.rule,
    bank: body.bank,
    period,
    exceptId: id,
    ...facts(body),
  });
  assertEligible(evaluation);
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, {
      status: t.to,
      policy_key: policy.key,
      policy_rule: JSON.stringify(policy.rule),
      financing_application_id: body.financingApplicationId ?? null,
      bank: body.bank,
      principal: body.principal,
      rate_pct: body.ratePct,
      contract_date: body.contractDate,
      term_months: body.termMonths,
      interest_from: body.interestFrom,
      interest_to: body.interestTo,
      interest_paid: body.interestPaid,
      facts: JSON.stringify({ flags: body.flags, revenue: body.revenue ?? null }),
      subsidy_year: subsidyYearOf(body),
      period,
      computation: JSON.stringify(evaluation),
      computed_amount: evaluation.amount,
      submitted_at: at,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, APPLICATION, id, reviewItem(id, a.org_name, a.region_code));
    return {
      value: null,
      audit: { action: 'subsidy.resubmit', entityType: APPLICATION, entityId: id, regionCode: a.region_code, before: { status: a.status }, after: body },
    };
  });
  const fresh = (await findApplication(ctx.db, id)) as ApplicationView;
  await notifyReviewers(ctx, fresh);
  return presentApplication(fresh);
}

/** The enterprise withdraws its application before the review ends. */
export async function withdrawSubsidy(ctx: AppContext, actor: Actor, id: number): Promise<SubsidyApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as SubsidyStatus, 'withdraw', { actor, subject: a.subject });
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, { status: t.to, updated_at: nowIso(ctx) });
    await moveWorkItem(ctx, trx, APPLICATION, id, null);
    return {
      value: null,
      audit: { action: 'subsidy.withdraw', entityType: APPLICATION, entityId: id, regionCode: a.region_code, before: { status: a.status } },
    };
  });
  return presentApplication((await findApplication(ctx.db, id)) as ApplicationView);
}
