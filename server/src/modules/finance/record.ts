import type { FinanceApplicationStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { APPLICATION, loadApplication } from './applications.js';
import { applicationWorkflow } from './workflow.js';

/** A financing application as a record of the workflow kit (attachments: the valuation report; the workflow panel). */
export const applicationRecord: RecordType = {
  type: APPLICATION,
  assertVisible: async (ctx, actor, id) => {
    await loadApplication(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const a = await loadApplication(ctx, actor, id);
    return mayTake(actor, { who: 'counterparty' }, a.subject) && (a.status === 'accepted' || a.status === 'valued');
  },
  workflowView: async (ctx, actor, id) => {
    const a = await loadApplication(ctx, actor, id);
    return describeWorkflow(applicationWorkflow, a.status as FinanceApplicationStatus, actor, a.subject, {
      ...(await openDue(ctx.db, APPLICATION, id)),
      history: await recordHistory(ctx.db, APPLICATION, id),
    });
  },
};
