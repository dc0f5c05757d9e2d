import type { SubsidyStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { APPLICATION, loadApplication } from './service.js';
import { applicationWorkflow } from './workflow.js';

/** Applications as records of the workflow kit: attachments (the enterprise's while it may still correct), the workflow view. */
export const applicationRecord: RecordType = {
  type: APPLICATION,
  assertVisible: async (ctx, actor, id) => {
    await loadApplication(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const a = await loadApplication(ctx, actor, id);
    return mayTake(actor, { who: 'owner' }, a.subject) && (a.status === 'submitted' || a.status === 'returned');
  },
  workflowView: async (ctx, actor, id) => {
    const a = await loadApplication(ctx, actor, id);
    return describeWorkflow(applicationWorkflow, a.status as SubsidyStatus, actor, a.subject, {
      ...(await openDue(ctx.db, APPLICATION, id)),
      history: await recordHistory(ctx.db, APPLICATION, id),
    });
  },
};
