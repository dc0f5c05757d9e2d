import dayjs from 'dayjs';
import {
  message,
  messageCatalogue,
  ZCreditBehaviour,
  ZCreditMeasure,
  type CreateCreditListingBody,
  type CreditListing,
  type CreditListingStatus,
  type CreditRepair,
  type CreditRepairStatus,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { ZCreditListingQuery, ZCreditPublicListing, ZCreditPublicQuery, ZCreditRepairQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { linkAttachments } from '../../platform/attachments.js';
import { assertRegionInJurisdiction, canAccess, inJurisdiction } from '../../platform/jurisdiction.js';
import { maskIdNumber } from '../../platform/masking.js';
import { assigneeUserIds } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { getSetting } from '../../platform/settings.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import {
  findListing,
  findListingsPage,
  findOrgForListing,
  findOrgListings,
  findOrgRepairs,
  findPublicListingsPage,
  findRepair,
  findRepairsPage,
  hasPendingRepair,
  insertListing,
  insertRepair,
  updateListing,
  updateRepair,
  type ListingRecord,
  type RepairRecord,
} from './repository.js';
import { listingWorkflow, repairWorkflow } from './workflow.js';

export const LISTING = 'credit_listing';
export const REPAIR = 'credit_repair';

/** The last day (inclusive) of a listing of `months` months from `startsOn`. */
export const listingEnd = (startsOn: string, months: number) => dayjs(startsOn).add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD');
/** The first day a repair may be applied for. */
export const repairOpens = (startsOn: string, months: number) => dayjs(startsOn).add(months, 'month').format('YYYY-MM-DD');

/** A person's name in public: the family name kept, the rest masked (张** ). */
export function maskPersonName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

function measuresOf(json: string) {
  return (JSON.parse(json) as unknown[]).flatMap((m) => {
    const p = ZCreditMeasure.safeParse(m);
    return p.success ? [p.data] : [];
  });
}

function presentListing(r: ListingRecord, today: string, repairMonths: number): CreditListing {
  const status = r.status as CreditListingStatus;
  return {
    id: r.id,
    subjectKind: r.subject_kind === 'person' ? 'person' : 'org',
    orgId: r.org_id === null ? null : Number(r.org_id),
    subjectName: r.subject_name,
    subjectIdNoMasked: maskIdNumber(r.subject_id_no),
    regionCode: r.region_code,
    behaviour: ZCreditBehaviour.parse(r.behaviour),
    measures: measuresOf(r.measures_json),
    evidence: r.evidence,
    authority: r.authority,
    decisionNo: r.decision_no,
    decidedOn: r.decided_on,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    endedOn: r.ended_on,
    status,
    inForce: status === 'in_force' && r.starts_on <= today && r.ends_on >= today && (r.ended_on === null || r.ended_on > today),
    published: Number(r.published) === 1,
    repairOpensOn: repairOpens(r.starts_on, repairMonths),
    revokeReason: r.revoke_reason,
    isDemo: Number(r.is_demo) === 1,
  };
}

function presentRepair(r: RepairRecord): CreditRepair {
  return {
    id: r.id,
    listingId: Number(r.listing_id),
    orgId: Number(r.org_id),
    subjectName: r.subject_name,
    behaviour: ZCreditBehaviour.parse(r.behaviour),
    regionCode: r.region_code,
    status: r.status as CreditRepairStatus,
    statement: r.statement,
    appliedAt: r.applied_at,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}

const listingSubject = (r: ListingRecord): WorkflowSubject => ({ regionCode: r.region_code, ownerOrgId: r.org_id === null ? null : Number(r.org_id) });

/** A listing the actor may see (its jurisdiction, or the listed organisation itself), or 404. */
async function loadListing(ctx: AppContext, actor: Actor, id: number): Promise<ListingRecord> {
  const r = await findListing(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: r.org_id === null ? null : Number(r.org_id) })) throw notFound('信用管理名单');
  return r;
}

async function loadRepair(ctx: AppContext, actor: Actor, id: number): Promise<RepairRecord> {
  const r = await findRepair(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: Number(r.org_id) })) throw notFound('信用修复申请');
  return r;
}

async function usersOfOrg(db: Executor, orgId: number, regionCode: string) {
  return assigneeUserIds(db, { assignee_org_id: orgId, assignee_permission: null, region_code: regionCode });
}

const behaviourName = (b: string) => messageCatalogue[`credit.behaviour.${ZCreditBehaviour.parse(b)}`].zh;

/** Lists an organisation or a person (列入信用管理名单): the decision, its evidence (with attachments) and its term. */
export async function createListing(ctx: AppContext, actor: Actor, body: CreateCreditListingBody): Promise<CreditListing> {
  let subject: { orgId: number | null; name: string; regionCode: string };
  if (body.subjectKind === 'org') {
    const org = await findOrgForListing(ctx.db, body.orgId as number);
    if (!org || !inJurisdiction(actor, { regionCode: org.region_code, orgId: Number(org.id) }))
      throw new AppError(404, 'not_found', message('credit.subject_not_found'));
    subject = { orgId: Number(org.id), name: org.name, regionCode: org.region_code };
  } else {
    assertRegionInJurisdiction(actor, body.regionCode as string);
    subject = { orgId: null, name: body.personName as string, regionCode: body.regionCode as string };
  }
  const months = body.months ?? (await getSetting(ctx.db, 'credit.listing_months'));
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertListing(trx, {
      org_id: subject.orgId,
      subject_kind: body.subjectKind,
      subject_name: subject.name,
      subject_id_no: body.subjectKind === 'person' ? (body.personIdNo ?? null) : null,
      region_code: subject.regionCode,
      behaviour: body.behaviour,
      measures_json: JSON.stringify([...new Set(body.measures)]),
      evidence: body.evidence,
      authority: body.authority,
      decision_no: body.decisionNo,
      decided_on: body.decidedOn,
      starts_on: body.startsOn,
      ends_on: listingEnd(body.startsOn, months),
      ended_on: null,
      status: 'in_force',
      published: body.published ? 1 : 0,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: LISTING, recordId: id, step: 'list' });
    const { personIdNo: _omit, ...logged } = body;
    return {
      value: id,
      audit: {
        action: 'credit.list',
        entityType: LISTING,
        entityId: id,
        regionCode: subject.regionCode,
        after: { ...logged, months, subjectName: subject.name },
      },
    };
  });
  if (subject.orgId !== null) {
    const users = await usersOfOrg(ctx.db, subject.orgId, subject.regionCode);
    await notifyUsers(
      ctx,
      users.map((userId) => ({
        userId,
        kind: 'credit.listed',
        title: `本企业被列入知识产权信用管理名单（${body.decisionNo}）`,
        body: `${body.authority}认定“${behaviourName(body.behaviour)}”，自${body.startsOn}起列入${months}个月。满规定期限后可申请信用修复。`,
        link: '/credit/mine',
      })),
    );
  }
  return getListing(ctx, actor, id);
}

export async function getListing(ctx: AppContext, actor: Actor, id: number): Promise<CreditListing> {
  const r = await loadListing(ctx, actor, id);
  return presentListing(r, todayIso(ctx), await getSetting(ctx.db, 'credit.repair_after_months'));
}

export async function listListings(ctx: AppContext, actor: Actor, q: z.infer<typeof ZCreditListingQuery>) {
  const { items, total } = await findListingsPage(ctx.db, actor, q);
  const today = todayIso(ctx);
  const months = await getSetting(ctx.db, 'credit.repair_after_months');
  return { items: items.map((r) => presentListing(r, today, months)), total, page: q.page, pageSize: q.pageSize };
}

/** The public list (信用信息公示): published listings in force today; persons' names masked, no evidence or ID numbers. */
export async function listPublic(ctx: AppContext, q: z.infer<typeof ZCreditPublicQuery>) {
  const { items, total } = await findPublicListingsPage(ctx.db, todayIso(ctx), q);
  const rows: z.infer<typeof ZCreditPublicListing>[] = items.map((r) => ({
    id: r.id,
    subjectKind: r.subject_kind === 'person' ? 'person' : 'org',
    subjectName: r.subject_kind === 'person' ? maskPersonName(r.subject_name) : r.subject_name,
    behaviour: ZCreditBehaviour.parse(r.behaviour),
    measures: measuresOf(r.measures_json),
    authority: r.authority,
    decisionNo: r.decision_no,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    isDemo: Number(r.is_demo) === 1,
  }));
  return { items: rows, total, page: q.page, pageSize: q.pageSize };
}

/** Revokes a listing (撤销): it stops applying today; the reason is kept. */
export async function revokeListing(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<CreditListing> {
  const r = await loadListing(ctx, actor, id);
  const t = assertTransition(listingWorkflow, r.status as CreditListingStatus, 'revoke', { actor, subject: listingSubject(r) });
  const today = todayIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateListing(trx, id, { status: t.to, ended_on: today, revoke_reason: reason, updated_at: nowIso(ctx) });
    return {
      value: null,
      audit: {
        action: 'credit.revoke',
        entityType: LISTING,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, reason },
      },
    };
  });
  return getListing(ctx, actor, id);
}

/** The enterprise's own listings and repairs. */
export async function myCredit(ctx: AppContext, actor: Actor) {
  const today = todayIso(ctx);
  const months = await getSetting(ctx.db, 'credit.repair_after_months');
  const [listings, repairs] = await Promise.all([findOrgListings(ctx.db, actor.orgId), findOrgRepairs(ctx.db, actor.orgId)]);
  return { listings: listings.map((r) => presentListing(r, today, months)), repairs: repairs.map(presentRepair) };
}

/**
 * Applies for a repair (信用修复申请): the listed enterprise only, while the listing is in force, from
 * `credit.repair_after_months` after its start (before that a 409 naming the date it opens), one pending at a time.
 */
export async function applyRepair(
  ctx: AppContext,
  actor: Actor,
  listingId: number,
  body: { statement: string; attachmentIds: number[] },
): Promise<CreditRepair> {
  const r = await loadListing(ctx, actor, listingId);
  if (r.org_id === null) throw conflict(message('credit.person_no_org'));
  if (Number(r.org_id) !== actor.orgId) throw notFound('信用管理名单');
  const today = todayIso(ctx);
  const listing = presentListing(r, today, await getSetting(ctx.db, 'credit.repair_after_months'));
  if (!listing.inForce) {
    const key = listing.status === 'in_force' ? 'expired' : listing.status;
    throw conflict(
      message('credit.not_in_force', { status: messageCatalogue[`credit.status.${key}`].zh, statusEn: messageCatalogue[`credit.status.${key}`].en }),
    );
  }
  const months = await getSetting(ctx.db, 'credit.repair_after_months');
  if (today < listing.repairOpensOn)
    throw new AppError(409, 'repair_not_yet', message('credit.repair_not_yet', { months, startsOn: r.starts_on, opensOn: listing.repairOpensOn }), undefined, {
      opensOn: listing.repairOpensOn,
    });
  if (await hasPendingRepair(ctx.db, listingId)) throw conflict(message('credit.repair_pending'));
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertRepair(trx, {
      listing_id: listingId,
      org_id: actor.orgId,
      region_code: r.region_code,
      status: 'pending',
      statement: body.statement,
      applied_by: actor.userId,
      applied_at: at,
      decided_by: null,
      decided_at: null,
      decision_note: null,
    });
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: REPAIR, recordId: id, step: 'apply' });
    return { value: id, audit: { action: 'credit.repair.apply', entityType: REPAIR, entityId: id, regionCode: r.region_code, after: { listingId, ...body } } };
  });
  const reviewers = await assigneeUserIds(ctx.db, { assignee_org_id: null, assignee_permission: 'credit.manage', region_code: r.region_code });
  await notifyUsers(
    ctx,
    reviewers.map((userId) => ({
      userId,
      kind: 'credit.repair_requested',
      title: `信用修复申请待审核：${r.subject_name}`,
      body: `${r.subject_name}申请对${r.decision_no ?? ''}列入事项进行信用修复，请审核。`,
      link: '/credit?tab=repairs',
    })),
  );
  return presentRepair((await findRepair(ctx.db, id)) as RepairRecord);
}

export async function listRepairs(ctx: AppContext, actor: Actor, q: z.infer<typeof ZCreditRepairQuery>) {
  const { items, total } = await findRepairsPage(ctx.db, actor, q);
  return { items: items.map(presentRepair), total, page: q.page, pageSize: q.pageSize };
}

/** The bureau's decision on a repair: approve (the listing ends today, status repaired) or reject with the reason. */
export async function decideRepair(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { action: 'approve'; note?: string } | { action: 'reject'; reason: string },
): Promise<CreditRepair> {
  const rep = await loadRepair(ctx, actor, id);
  const subject: WorkflowSubject = { regionCode: rep.region_code, ownerOrgId: Number(rep.org_id) };
  const t = assertTransition(repairWorkflow, rep.status as CreditRepairStatus, decision.action, { actor, subject });
  const listing = (await findListing(ctx.db, Number(rep.listing_id))) as ListingRecord;
  if (decision.action === 'approve')
    assertTransition(listingWorkflow, listing.status as CreditListingStatus, 'repair', { actor, subject: listingSubject(listing) });
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const note = decision.action === 'approve' ? (decision.note ?? null) : decision.reason;
  await mutate(ctx, actor, async (trx) => {
    await updateRepair(trx, id, { status: t.to, decided_by: actor.userId, decided_at: at, decision_note: note });
    if (decision.action === 'approve') await updateListing(trx, listing.id, { status: 'repaired', ended_on: today, updated_at: at });
    return {
      value: null,
      audit: {
        action: `credit.repair.${decision.action}`,
        entityType: REPAIR,
        entityId: id,
        regionCode: rep.region_code,
        before: { status: rep.status },
        after: { status: t.to, note, listingId: listing.id, ...(decision.action === 'approve' ? { listingEndedOn: today } : {}) },
      },
    };
  });
  const users = await usersOfOrg(ctx.db, Number(rep.org_id), rep.region_code);
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'credit.repair_decided',
      title: decision.action === 'approve' ? '信用修复申请已准予' : '信用修复申请不予准许',
      body: decision.action === 'approve' ? `自${today}起移出知识产权信用管理名单。` : `理由：${decision.reason}`,
      link: '/credit/mine',
    })),
  );
  return presentRepair((await findRepair(ctx.db, id)) as RepairRecord);
}

/** The listing as a workflow record (attachments, history). */
export async function assertListingVisible(ctx: AppContext, actor: Actor, id: number) {
  return loadListing(ctx, actor, id);
}
export async function assertRepairVisible(ctx: AppContext, actor: Actor, id: number) {
  return loadRepair(ctx, actor, id);
}
