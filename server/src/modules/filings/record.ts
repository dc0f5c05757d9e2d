import type { FilingStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { FILING, loadFiling, subjectOf } from './service.js';
import { filingWorkflow } from './workflow.js';

/** Filings as records of the workflow kit (evidence attachments, the workflow diagram). */
export const filingRecord: RecordType = {
  type: FILING,
  assertVisible: async (ctx, actor, id) => {
    await loadFiling(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const f = await loadFiling(ctx, actor, id);
    return mayTake(actor, { who: 'owner' }, subjectOf(f)) && (f.status === 'submitted' || f.status === 'returned');
  },
  workflowView: async (ctx, actor, id) => {
    const f = await loadFiling(ctx, actor, id);
    return describeWorkflow(filingWorkflow, f.status as FilingStatus, actor, subjectOf(f), {
      ...(await openDue(ctx.db, FILING, id)),
      history: await recordHistory(ctx.db, FILING, id),
    });
  },
};
