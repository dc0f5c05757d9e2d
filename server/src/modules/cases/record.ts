import type { PenaltyStatus, ComplaintStatus, DisputeStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import { notFound } from '../../platform/errors.js';
import { COMPLAINT } from './complaints-service.js';
import { PENALTY, loadCase } from './penalty-service.js';
import { complaintWorkflow, disputeWorkflow, penaltyWorkflow } from './workflow.js';
import { DISPUTE, loadDisputeFacts } from './disputes-service.js';
import { findComplaint } from './repository.js';
import { isHandler } from './policy.js';

/** Complaints in the workflow kit: evidence attachments (the submitter's, while it waits) and the workflow view. */
export const complaintRecord: RecordType = {
  type: COMPLAINT,
  assertVisible: async (ctx, actor, id) => {
    const c = await findComplaint(ctx.db, id);
    if (!c || !(isHandler(actor, c.region_code) || (c.submitter_org_id !== null && Number(c.submitter_org_id) === actor.orgId))) throw notFound('投诉举报');
  },
  mayAttach: async (ctx, actor, id) => {
    const c = await findComplaint(ctx.db, id);
    return !!c && c.status === 'submitted' && (isHandler(actor, c.region_code) || (c.submitter_org_id !== null && Number(c.submitter_org_id) === actor.orgId));
  },
  workflowView: async (ctx, actor, id) => {
    const c = await findComplaint(ctx.db, id);
    if (!c || !(isHandler(actor, c.region_code) || (c.submitter_org_id !== null && Number(c.submitter_org_id) === actor.orgId))) throw notFound('投诉举报');
    return describeWorkflow(
      complaintWorkflow,
      c.status as ComplaintStatus,
      actor,
      { regionCode: c.region_code, ownerOrgId: null },
      {
        ...(await openDue(ctx.db, COMPLAINT, id)),
        history: await recordHistory(ctx.db, COMPLAINT, id),
        record: { kind: c.kind as 'complaint' | 'report', status: c.status as ComplaintStatus },
      },
    );
  },
};

/** Penalty cases in the workflow kit: the case file's attachments (handlers) and the workflow view. */
export const penaltyRecord: RecordType = {
  type: PENALTY,
  assertVisible: async (ctx, actor, id) => {
    await loadCase(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const { c } = await loadCase(ctx, actor, id);
    return isHandler(actor, c.region_code) && !['declined', 'published', 'closed'].includes(c.status);
  },
  workflowView: async (ctx, actor, id) => {
    const { c, parties } = await loadCase(ctx, actor, id);
    return describeWorkflow(
      penaltyWorkflow,
      c.status as PenaltyStatus,
      actor,
      { regionCode: c.region_code, ownerOrgId: null, parties },
      {
        ...(await openDue(ctx.db, PENALTY, id)),
        history: await recordHistory(ctx.db, PENALTY, id),
      },
    );
  },
};

/** Patent disputes in the workflow kit: evidence and expert opinions (attachments) and the workflow view. */
export const disputeRecord: RecordType = {
  type: DISPUTE,
  assertVisible: async (ctx, actor, id) => {
    await loadDisputeFacts(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const { d, parties } = await loadDisputeFacts(ctx, actor, id);
    const open = ['requested', 'accepted', 'served'].includes(d.status);
    return open && (isHandler(actor, d.region_code) || Number(d.requester_org_id) === actor.orgId || parties.some((p) => p.orgId === actor.orgId));
  },
  workflowView: async (ctx, actor, id) => {
    const { d, parties } = await loadDisputeFacts(ctx, actor, id);
    return describeWorkflow(
      disputeWorkflow,
      d.status as DisputeStatus,
      actor,
      { regionCode: d.region_code, ownerOrgId: Number(d.requester_org_id), parties },
      {
        ...(await openDue(ctx.db, DISPUTE, id)),
        history: await recordHistory(ctx.db, DISPUTE, id),
      },
    );
  },
};
