import type { PreexamRequest } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import { PREEXAM_REQUEST } from './repository.js';
import { getRequest } from './requests.js';
import { requestWorkflow } from './workflow.js';

/** Pre-examination requests as records of the workflow kit: their documents (attachments) and workflow view. */
export const preexamRequestRecord: RecordType = {
  type: PREEXAM_REQUEST,
  assertVisible: async (ctx, actor, id) => {
    await getRequest(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const r = await getRequest(ctx, actor, id);
    return r.orgId === actor.orgId && (r.status === 'submitted' || r.status === 'correcting');
  },
  workflowView: async (ctx, actor, id) => {
    const r = await getRequest(ctx, actor, id);
    return describeWorkflow(
      requestWorkflow,
      r.status as PreexamRequest['status'],
      actor,
      { regionCode: r.regionCode, ownerOrgId: r.orgId },
      {
        ...(await openDue(ctx.db, PREEXAM_REQUEST, id)),
        history: await recordHistory(ctx.db, PREEXAM_REQUEST, id),
      },
    );
  },
};
