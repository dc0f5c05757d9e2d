import type { ReferralStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import { REFERRAL } from './repository.js';
import { loadReferral, workflowOf } from './steps.js';

/** Referrals as records of the workflow kit: attachments (the 移送书, evidence lists) and the workflow view. */
export const referralRecord: RecordType = {
  type: REFERRAL,
  assertVisible: async (ctx, actor, id) => {
    await loadReferral(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const r = await loadReferral(ctx, actor, id);
    return !['declined', 'closed', 'concluded'].includes(r.status);
  },
  workflowView: async (ctx, actor, id) => {
    const r = await loadReferral(ctx, actor, id);
    return describeWorkflow(workflowOf(r), r.status as ReferralStatus, actor, r.subject, {
      ...(await openDue(ctx.db, REFERRAL, id)),
      history: await recordHistory(ctx.db, REFERRAL, id),
    });
  },
};
