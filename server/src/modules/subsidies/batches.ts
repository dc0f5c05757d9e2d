import type { z } from 'zod';
import {
  message,
  type SubsidyBatch,
  type SubsidyBatchDetail,
  type SubsidyBatchStatus,
  type ZSubsidyBatchApproveBody,
  type ZSubsidyBatchBody,
  type ZSubsidyDisburseBody,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { inJurisdiction } from '../../platform/jurisdiction.js';
import { assertTransition } from '../../platform/workflow.js';
import {
  assignBatch,
  findApplicationsByIds,
  findBatch,
  insertBatch,
  insertBatchHolds,
  insertDisbursements,
  listBatchHolds,
  releaseFromBatch,
  listBatchApplications,
  listBatches,
  updateApplicationsOfBatch,
  updateBatch,
  type BatchView,
} from './repository.js';
import { presentApplication, presentBatch, presentHold } from './present.js';
import { recheckBatch } from './approval-check.js';
import { APPLICATION, reviewItem } from './service.js';
import { batchWorkflow } from './workflow.js';

export const BATCH = 'subsidy_batch';

/** A batch within the actor's jurisdiction, or 404. */
async function loadBatch(ctx: AppContext, actor: Actor, id: number): Promise<BatchView> {
  const b = await findBatch(ctx.db, id);
  if (!b || !inJurisdiction(actor, { regionCode: b.region_code, orgId: null })) throw notFound('贴息批次');
  return b;
}

/**
 * Gathers applications approved on review (审核通过) into a batch of the bureau's region. An application outside
 * the bureau's jurisdiction is a 404 like a missing one; one not approved on review (or already in a batch) a 409
 * naming it.
 */
export async function createBatch(ctx: AppContext, actor: Actor, body: z.infer<typeof ZSubsidyBatchBody>): Promise<SubsidyBatch> {
  const ids = [...new Set(body.applicationIds)];
  const rows = await findApplicationsByIds(ctx.db, ids);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  for (const id of ids) {
    const r = byId.get(id);
    if (!r || !inJurisdiction(actor, { regionCode: r.region_code, orgId: null })) throw notFound('贴息申报');
    if (r.status !== 'verified') throw conflict(message('subsidy.batch_region', { id }), { applicationIds: message('subsidy.batch_region', { id }) });
  }
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertBatch(trx, {
      region_code: actor.regionCode,
      org_id: actor.orgId,
      name: body.name,
      status: 'draft',
      created_by: actor.userId,
      approved_by: null,
      approved_at: null,
      approval_no: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await assignBatch(trx, ids, id, at);
    return {
      value: id,
      audit: { action: 'subsidy.batch_create', entityType: BATCH, entityId: id, regionCode: actor.regionCode, after: { name: body.name, applicationIds: ids } },
    };
  });
  return presentBatch((await findBatch(ctx.db, id)) as BatchView);
}

/**
 * Approves a batch (批准, with the approval's document number): its applications become approved for payment.
 * Each is re-checked first on the approval day (`recheckBatch`: the credit list, the caps already granted); one
 * failing is held out of the batch with its coded reason and returned to review, the rest are approved. When every
 * application fails, nothing is written and the 409 lists them.
 */
export async function approveBatch(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZSubsidyBatchApproveBody>): Promise<SubsidyBatchDetail> {
  const b = await loadBatch(ctx, actor, id);
  const t = assertTransition(batchWorkflow, b.status as SubsidyBatchStatus, 'approve', { actor, subject: { regionCode: b.region_code, ownerOrgId: null } });
  if (Number(b.app_count ?? 0) === 0) throw conflict(message('subsidy.batch_empty'));
  const apps = await listBatchApplications(ctx.db, id);
  const { holds } = await recheckBatch(
    ctx.db,
    apps.map((a) => Number(a.id)),
    todayIso(ctx),
  );
  const heldList = holds.map((h) => ({ applicationId: h.applicationId, code: h.reason.code, text: h.reason.text }));
  if (holds.length === apps.length)
    throw new AppError(409, 'batch_all_held', message('subsidy.batch_all_held', { count: holds.length }), undefined, { held: heldList });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    if (holds.length > 0) {
      await insertBatchHolds(
        trx,
        holds.map((h) => ({
          batch_id: id,
          application_id: h.applicationId,
          org_id: h.orgId,
          code: h.reason.code,
          params: JSON.stringify(h.reason.params),
          held_by: actor.userId,
          held_at: at,
        })),
      );
      await releaseFromBatch(
        trx,
        holds.map((h) => ({ id: h.applicationId, note: h.reason.text })),
        at,
      );
      for (const h of holds) {
        const a = apps.find((x) => Number(x.id) === h.applicationId);
        await moveWorkItem(ctx, trx, APPLICATION, h.applicationId, reviewItem(h.applicationId, a?.org_name ?? '', a?.region_code ?? b.region_code));
      }
    }
    await updateBatch(trx, id, { status: t.to, approval_no: body.approvalNo, approved_by: actor.userId, approved_at: at, updated_at: at });
    await updateApplicationsOfBatch(trx, id, { status: 'approved', updated_at: at });
    return {
      value: null,
      audit: {
        action: 'subsidy.batch_approve',
        entityType: BATCH,
        entityId: id,
        regionCode: b.region_code,
        before: { status: b.status },
        after: { ...body, held: heldList },
      },
    };
  });
  return getSubsidyBatch(ctx, actor, id);
}

/**
 * Records the payment of an approved batch (拨付): one disbursement record per application, for its approved
 * amount, on the payment date and under the payment's reference. The date is not in the future nor before approval.
 */
export async function disburseBatch(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZSubsidyDisburseBody>): Promise<SubsidyBatch> {
  const b = await loadBatch(ctx, actor, id);
  const t = assertTransition(batchWorkflow, b.status as SubsidyBatchStatus, 'disburse', { actor, subject: { regionCode: b.region_code, ownerOrgId: null } });
  if (body.paidOn > todayIso(ctx)) throw badRequest(message('subsidy.paid_date_future'), { paidOn: message('subsidy.paid_date_future') });
  if (b.approved_at && body.paidOn < b.approved_at.slice(0, 10))
    throw badRequest(message('subsidy.dates_reversed'), { paidOn: message('subsidy.dates_reversed') });
  const apps = await listBatchApplications(ctx.db, id);
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await insertDisbursements(
      trx,
      apps.map((a) => ({
        batch_id: id,
        application_id: Number(a.id),
        org_id: Number(a.org_id),
        region_code: a.region_code,
        amount: Number(a.approved_amount ?? 0),
        paid_on: body.paidOn,
        reference: body.reference,
        created_by: actor.userId,
        created_at: at,
      })),
    );
    await updateBatch(trx, id, { status: t.to, updated_at: at });
    await updateApplicationsOfBatch(trx, id, { status: 'paid', updated_at: at });
    return {
      value: null,
      audit: { action: 'subsidy.batch_disburse', entityType: BATCH, entityId: id, regionCode: b.region_code, before: { status: b.status }, after: body },
    };
  });
  return presentBatch((await findBatch(ctx.db, id)) as BatchView);
}

/** Batches of the bureau's jurisdiction, newest first. */
export async function listSubsidyBatches(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; status?: SubsidyBatchStatus }) {
  const { rows, total } = await listBatches(ctx.db, { withinRegion: actor.regionCode, status: q.status }, q);
  return { items: rows.map(presentBatch), total, page: q.page, pageSize: q.pageSize };
}

/** One batch with its applications. */
export async function getSubsidyBatch(ctx: AppContext, actor: Actor, id: number): Promise<SubsidyBatchDetail> {
  const b = await loadBatch(ctx, actor, id);
  const [apps, holds] = await Promise.all([listBatchApplications(ctx.db, id), listBatchHolds(ctx.db, id)]);
  return { ...presentBatch(b), applications: apps.map(presentApplication), held: holds.map(presentHold) };
}
