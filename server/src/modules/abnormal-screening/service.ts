import {
  message,
  ZCoded,
  type FlagStatus,
  type MessageCode,
  type ScreeningFlag,
  type ScreeningFlagDetail,
  type ScreeningRun,
  type ScreeningSignal,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { ZScreeningFlagQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { assertTransition } from '../../platform/workflow.js';
import { creditRestrictions } from '../credit/api.js';
import { sharedSegments, shingles } from './minhash.js';
import { findFlag, findFlagsPage, findPatentsByIds, updateFlag, type FlagRow, type ScreenedPatent } from './repository.js';
import { screenAll, screenQueued, screenedText } from './screening.js';
import { flagWorkflow } from './workflow.js';

export const FLAG = 'screening_flag';

/** A stored flag as the API shows it (its explanation rebuilt from code and parameters). */
export function presentFlag(r: FlagRow): ScreeningFlag {
  const coded = ZCoded.parse(JSON.parse(r.explanation));
  return {
    id: Number(r.id),
    signal: r.signal as ScreeningSignal,
    status: r.status as FlagStatus,
    subject: r.subject,
    regionCode: r.region_code,
    patentId: r.patent_id === null ? null : Number(r.patent_id),
    otherPatentId: r.other_patent_id === null ? null : Number(r.other_patent_id),
    orgId: r.org_id === null ? null : Number(r.org_id),
    score: Number(r.score),
    explanation: message(coded.code as MessageCode, coded.params),
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at,
    creditListingId: r.credit_listing_id === null ? null : Number(r.credit_listing_id),
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  };
}

/** The flag if it lies in the actor's jurisdiction, else 404. */
async function loadFlag(ctx: AppContext, actor: Actor, id: number): Promise<FlagRow> {
  const r = await findFlag(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: null })) throw notFound('筛查线索');
  return r;
}

/** Flags in the actor's jurisdiction, the strongest first. */
export async function listFlags(ctx: AppContext, actor: Actor, q: z.infer<typeof ZScreeningFlagQuery>) {
  if (q.region) assertRegionInJurisdiction(actor, q.region);
  const { rows, total } = await findFlagsPage(ctx.db, actor, q);
  return { items: rows.map(presentFlag), total, page: q.page, pageSize: q.pageSize };
}

function evidenceText(p: ScreenedPatent, other: Uint32Array) {
  const fields = [
    { field: 'title' as const, text: p.title },
    { field: 'abstract' as const, text: p.abstract ?? '' },
    { field: 'claim' as const, text: p.first_claim ?? '' },
  ].filter((f) => f.text.length > 0);
  let applicants: string[] = [];
  try {
    applicants = JSON.parse(p.applicants) as string[];
  } catch {
    applicants = [];
  }
  return {
    patentId: p.id,
    appNo: p.app_no,
    applicants,
    appDate: p.app_date,
    fields: fields.map((f) => ({ field: f.field, segments: sharedSegments(f.text, other) })),
  };
}

/** A flag with its evidence: the two texts side by side with the shared passages marked, or the patents behind it. */
export async function getFlag(ctx: AppContext, actor: Actor, id: number): Promise<ScreeningFlagDetail> {
  const r = await loadFlag(ctx, actor, id);
  const ids = JSON.parse(r.patent_ids) as number[];
  const patents = await findPatentsByIds(ctx.db, ids);
  const byId = new Map(patents.map((p) => [p.id, p]));
  let evidence: ScreeningFlagDetail['evidence'] = null;
  const left = r.patent_id === null ? undefined : byId.get(Number(r.patent_id));
  const right = r.other_patent_id === null ? undefined : byId.get(Number(r.other_patent_id));
  if (r.signal === 'near_duplicate' && left && right) {
    evidence = { left: evidenceText(left, shingles(screenedText(right))), right: evidenceText(right, shingles(screenedText(left))) };
  }
  return {
    ...presentFlag(r),
    evidence,
    patents: ids.flatMap((pid) => {
      const p = byId.get(pid);
      return p ? [{ id: p.id, appNo: p.app_no, title: p.title, appDate: p.app_date }] : [];
    }),
  };
}

/** Staff confirm or dismiss a flag with their reason (审核确认/排除). */
export async function decideFlag(ctx: AppContext, actor: Actor, id: number, action: 'confirm' | 'dismiss', reason: string): Promise<ScreeningFlagDetail> {
  const r = await loadFlag(ctx, actor, id);
  const t = assertTransition(flagWorkflow, r.status as FlagStatus, action, { actor, subject: { regionCode: r.region_code, ownerOrgId: null } });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateFlag(trx, id, { status: t.to, decision_reason: reason, decided_by: actor.userId, decided_at: at, updated_at: at });
    return {
      value: undefined,
      audit: {
        action: `screening.flag_${action}`,
        entityType: FLAG,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status },
        after: { status: t.to, reason },
      },
    };
  });
  return getFlag(ctx, actor, id);
}

/**
 * Links a confirmed flag to the credit listing the bureau made of the applicant (信用管理: 非正常专利申请行为),
 * read through the credit module's public surface: the listing must be in force today for this organisation.
 */
export async function linkCreditListing(ctx: AppContext, actor: Actor, id: number, listingId: number): Promise<ScreeningFlagDetail> {
  const r = await loadFlag(ctx, actor, id);
  if (r.status !== 'confirmed') throw conflict(message('screening.not_confirmed'));
  if (r.org_id === null) throw conflict(message('screening.no_org'));
  const listings = await creditRestrictions(ctx.db, Number(r.org_id), todayIso(ctx));
  if (!listings.some((l) => l.listingId === listingId && l.behaviour === 'abnormal_patent_application')) {
    throw conflict(message('screening.listing_mismatch', { listingId }));
  }
  await mutate(ctx, actor, async (trx) => {
    await updateFlag(trx, id, { credit_listing_id: listingId, updated_at: nowIso(ctx) });
    return {
      value: undefined,
      audit: { action: 'screening.flag_credit_link', entityType: FLAG, entityId: id, regionCode: r.region_code, after: { listingId } },
    };
  });
  return getFlag(ctx, actor, id);
}

/** Runs the screening (the whole registry, or the patents queued since the last run) as one audited change. */
export async function runScreening(ctx: AppContext, actor: Actor, mode: 'full' | 'incremental'): Promise<ScreeningRun> {
  return mutate(ctx, actor, async (trx) => {
    const out = mode === 'full' ? await screenAll(ctx, trx) : await screenQueued(ctx, trx);
    const run = {
      id: out.runId,
      mode,
      patents: out.patents,
      candidatePairs: out.candidatePairs,
      newFlags: out.newFlags,
      seconds: out.seconds,
      finishedAt: nowIso(ctx),
    };
    return { value: run, audit: { action: `screening.run_${mode}`, entityType: 'screening_run', entityId: null, after: run } };
  });
}
