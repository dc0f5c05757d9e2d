import type { AssistanceStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { REQUEST, loadRequest } from './requests.js';
import { requestWorkflow } from './workflow.js';

/** Assistance requests as records of the workflow kit (attachments, the workflow view and history). */
export const requestRecord: RecordType = {
  type: REQUEST,
  assertVisible: async (ctx, actor, id) => {
    await loadRequest(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const r = await loadRequest(ctx, actor, id);
    return r.status !== 'rated' && mayTake(actor, { who: ['owner', 'expert', 'handler', 'overseas.manage'] }, r.subject);
  },
  workflowView: async (ctx, actor, id) => {
    const r = await loadRequest(ctx, actor, id);
    return describeWorkflow(requestWorkflow, r.status as AssistanceStatus, actor, r.subject, {
      ...(await openDue(ctx.db, REQUEST, id)),
      history: await recordHistory(ctx.db, REQUEST, id),
    });
  },
};
