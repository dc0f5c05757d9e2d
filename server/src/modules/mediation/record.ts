import type { MediationStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import { MEDIATION } from './repository.js';
import { loadMediation } from './service.js';
import { mediationWorkflow } from './workflow.js';

/** Mediations as records of the workflow kit: attachments (the agreement, the court's ruling) and the workflow view. */
export const mediationRecord: RecordType = {
  type: MEDIATION,
  assertVisible: async (ctx, actor, id) => {
    await loadMediation(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    await loadMediation(ctx, actor, id);
    return true;
  },
  workflowView: async (ctx, actor, id) => {
    const d = await loadMediation(ctx, actor, id);
    return describeWorkflow(mediationWorkflow, d.status as MediationStatus, actor, d.wf, {
      ...(await openDue(ctx.db, MEDIATION, id)),
      history: await recordHistory(ctx.db, MEDIATION, id),
    });
  },
};
