import type { NeedStatus, TrainingStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { NEED, loadNeed, needSubject } from './needs.js';
import { TRAINING, loadTraining } from './trainings.js';
import { needWorkflow, trainingWorkflow } from './workflow.js';

/** Enterprise needs as records of the workflow kit (the workflow view and its history, attachments). */
export const needRecord: RecordType = {
  type: NEED,
  assertVisible: async (ctx, actor, id) => {
    await loadNeed(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const r = await loadNeed(ctx, actor, id);
    return r.status === 'open' && mayTake(actor, { who: 'outreach.manage' }, needSubject(r));
  },
  workflowView: async (ctx, actor, id) => {
    const r = await loadNeed(ctx, actor, id);
    return describeWorkflow(needWorkflow, r.status as NeedStatus, actor, needSubject(r), {
      ...(await openDue(ctx.db, NEED, id)),
      history: await recordHistory(ctx.db, NEED, id),
    });
  },
};

/** Trainings as records: their materials (课件、签到表) are attachments, uploaded by the region's staff, visible to all signed-in users. */
export const trainingRecord: RecordType = {
  type: TRAINING,
  assertVisible: async (ctx, _actor, id) => {
    await loadTraining(ctx, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const r = await loadTraining(ctx, id);
    return actor.permissions.has('outreach.manage') && canAccess(actor, { regionCode: r.region_code, orgId: null });
  },
  workflowView: async (ctx, actor, id) => {
    const r = await loadTraining(ctx, id);
    return describeWorkflow(
      trainingWorkflow,
      r.status as TrainingStatus,
      actor,
      { regionCode: r.region_code, ownerOrgId: null },
      {
        dueOn: null,
        history: await recordHistory(ctx.db, TRAINING, id),
      },
    );
  },
};
