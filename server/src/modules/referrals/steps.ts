import type { Updateable } from 'kysely';
import type { ReferralStatus } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { ReferralTable } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { loadParties } from '../../platform/parties.js';
import { moveWorkItem, type WorkItemInput } from '../../platform/work-items.js';
import { assertTransition, type Workflow, type WorkflowSubject } from '../../platform/workflow.js';
import { message } from '@zhichan/contract';
import { daysBetween } from './clocks.js';
import { findReferral, moveReferral, REFERRAL, type ReferralView } from './repository.js';
import { referralWorkflow, reverseWorkflow } from './workflow.js';

export type LoadedReferral = ReferralView & { subject: WorkflowSubject };

/** Loads a referral the actor may see (jurisdiction, owner, or a standing party — the police unit it was handed to), or 404. */
export async function loadReferral(ctx: AppContext, actor: Actor, id: number): Promise<LoadedReferral> {
  const r = await findReferral(ctx.db, id);
  if (!r) throw notFound('移送案件');
  const subject: WorkflowSubject = {
    regionCode: r.region_code,
    ownerOrgId: Number(r.owner_org_id),
    parties: await loadParties(ctx.db, { type: REFERRAL, id }),
  };
  if (!canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties: subject.parties })) throw notFound('移送案件');
  return { ...r, subject };
}

/** The workflow a referral follows (to the police, or back from the procuratorate). */
export function workflowOf(r: Pick<ReferralView, 'direction'>) {
  return (r.direction === 'reverse' ? reverseWorkflow : referralWorkflow) as Workflow<ReferralStatus, string>;
}

/** A work item for the referral's next step; a due date (YYYY-MM-DD) becomes its calendar-day clock. */
export function referralItem(
  ctx: AppContext,
  r: Pick<ReferralView, 'id' | 'region_code' | 'source_title' | 'summary'>,
  step: string,
  assignee: WorkItemInput['assignee'],
  dueOn: string | null,
): WorkItemInput {
  const id = Number(r.id);
  return {
    recordType: REFERRAL,
    recordId: id,
    step,
    title: `${step}：${r.source_title ?? r.summary.slice(0, 40)}`,
    link: `/cooperation/referrals/${id}`,
    regionCode: r.region_code,
    assignee,
    ...(dueOn ? { clock: { days: Math.max(0, daysBetween(todayIso(ctx), dueOn)), unit: 'calendar' as const, label: step } } : {}),
  };
}

export interface StepPlan {
  patch: Updateable<ReferralTable>;
  next: WorkItemInput | null;
  /** More writes in the same transaction (parties named or ended). */
  also?: (trx: Executor) => Promise<void>;
  audit?: Record<string, unknown>;
}

/**
 * Takes one step of a referral: who and status first (403/409 from the table), then the step's own checks
 * in `plan` (400 for bad dates, 409 for a lapsed clock), then the change, the next work item and one audit row
 * in one transaction. The update names the status it moves from, so a concurrent step loses with a 409.
 */
export async function takeReferralStep(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: string,
  plan: (r: LoadedReferral, at: string, today: string) => Promise<StepPlan> | StepPlan,
): Promise<void> {
  const r = await loadReferral(ctx, actor, id);
  const wf = workflowOf(r);
  if (!wf.transitions.some((x) => x.action === action)) {
    const other = workflowOf({ direction: r.direction === 'reverse' ? 'to_police' : 'reverse' });
    const reverse = r.direction === 'reverse';
    throw conflict(
      message('coop.wrong_direction', {
        direction: reverse ? '检察院反向移送案件' : '移送公安机关的案件',
        directionEn: reverse ? 'case referred back by the procuratorate' : 'case referred to the police',
        action: other.actionLabels[action] ?? action,
        actionEn: other.en.actionLabels[action] ?? action,
      }),
    );
  }
  const t = assertTransition(wf, r.status as ReferralStatus, action, { actor, subject: r.subject });
  const at = nowIso(ctx);
  const p = await plan(r, at, todayIso(ctx));
  await mutate(ctx, actor, async (trx) => {
    if (!(await moveReferral(trx, id, r.status, { ...p.patch, status: t.to, updated_at: at })))
      throw conflict(
        message('workflow.wrong_status', {
          current: wf.statusLabels[r.status as ReferralStatus],
          action: wf.actionLabels[action] ?? action,
          allowed: `“${wf.statusLabels[r.status as ReferralStatus]}”`,
          currentEn: wf.en.statusLabels[r.status as ReferralStatus],
          actionEn: wf.en.actionLabels[action] ?? action,
          allowedEn: `“${wf.en.statusLabels[r.status as ReferralStatus]}”`,
        }),
      );
    await p.also?.(trx);
    await moveWorkItem(ctx, trx, REFERRAL, id, p.next);
    return {
      value: null,
      audit: {
        action: `referral.${action}`,
        entityType: REFERRAL,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, ...p.audit },
      },
    };
  });
}
