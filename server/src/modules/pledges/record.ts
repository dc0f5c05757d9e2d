import type { PledgeStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { PLEDGE, loadPledge } from './service.js';
import { pledgeWorkflow } from './workflow.js';

/** A pledge application as a record of the workflow kit: attachments (either party, before the decision), the workflow view. */
export const pledgeRecord: RecordType = {
  type: PLEDGE,
  assertVisible: async (ctx, actor, id) => {
    await loadPledge(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const p = await loadPledge(ctx, actor, id);
    return mayTake(actor, { who: ['owner', 'counterparty'] }, p.subject) && (p.row.status === 'awaiting_pledgee' || p.row.status === 'submitted');
  },
  workflowView: async (ctx, actor, id) => {
    const p = await loadPledge(ctx, actor, id);
    return describeWorkflow(pledgeWorkflow, p.row.status as PledgeStatus, actor, p.subject, {
      ...(await openDue(ctx.db, PLEDGE, id)),
      history: await recordHistory(ctx.db, PLEDGE, id),
    });
  },
};
