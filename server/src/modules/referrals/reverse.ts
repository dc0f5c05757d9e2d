import type { Referral, ReverseReferralBody } from '@zhichan/contract';
import { message } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, forbidden } from '../../platform/errors.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { beijingDate } from './clocks.js';
import { assertActDate } from './dates.js';
import { getReferral } from './queries.js';
import { insertReferral, REFERRAL } from './repository.js';
import { assertOrgKind } from './service.js';
import { loadReferral, referralItem, takeReferralStep } from './steps.js';

function assertProcuratorate(actor: Actor) {
  if (actor.orgKind !== 'procuratorate') throw forbidden(message('coop.not_procuratorate'));
}

async function insertReverse(
  ctx: AppContext,
  actor: Actor,
  row: { region_code: string; linked_referral_id: number | null; source: ReverseReferralBody['source'] | null; offence: string; case_value: number | null },
  body: Pick<ReverseReferralBody, 'summary' | 'nonProsecutionNo' | 'nonProsecutionDate'>,
  auditAfter: unknown,
): Promise<number> {
  assertActDate('nonProsecutionDate', body.nonProsecutionDate, todayIso(ctx));
  const at = nowIso(ctx);
  return mutate(ctx, actor, async (trx) => {
    const r = {
      direction: 'reverse',
      status: 'sent',
      region_code: row.region_code,
      owner_org_id: actor.orgId,
      source_record_type: row.source?.recordType ?? null,
      source_record_id: row.source?.recordId ?? null,
      source_case_no: row.source?.caseNo ?? null,
      source_title: row.source?.title ?? null,
      offence: row.offence,
      case_value: row.case_value,
      summary: body.summary,
      procuratorate_org_id: actor.orgId,
      linked_referral_id: row.linked_referral_id,
      non_prosecution_no: body.nonProsecutionNo,
      non_prosecution_date: body.nonProsecutionDate,
      proposed_by: actor.userId,
      proposed_at: at,
      created_at: at,
      updated_at: at,
    };
    const id = await insertReferral(trx, r);
    await moveWorkItem(ctx, trx, REFERRAL, id, referralItem(ctx, { id, ...r }, '反向移送案件待接收', { permission: 'referral.manage' }, null));
    return { value: id, audit: { action: 'referral.reverse', entityType: REFERRAL, entityId: id, regionCode: row.region_code, after: auditAfter } };
  });
}

/**
 * Reverse referral (反向移送): the procuratorate sends a case it decided not to prosecute (不起诉决定, its number and
 * date) to the bureau for administrative penalty. The bureau sees it by jurisdiction; the police never do.
 */
export async function referBack(ctx: AppContext, actor: Actor, body: ReverseReferralBody): Promise<Referral> {
  assertProcuratorate(actor);
  const bureau = await assertOrgKind(ctx, 'bureauOrgId', body.bureauOrgId, 'ip_bureau', { kind: '知识产权局（市场监管局）', kindEn: 'IP bureau' });
  const id = await insertReverse(
    ctx,
    actor,
    { region_code: bureau.region_code, linked_referral_id: null, source: body.source ?? null, offence: body.offence, case_value: body.caseValueYuan ?? null },
    body,
    body,
  );
  return getReferral(ctx, actor, id);
}

/** Reverse referral of a case the bureau referred and the police opened, by the procuratorate that had it in its supervision. */
export async function referBackFrom(
  ctx: AppContext,
  actor: Actor,
  referralId: number,
  body: Pick<ReverseReferralBody, 'summary' | 'nonProsecutionNo' | 'nonProsecutionDate'>,
): Promise<Referral> {
  const r = await loadReferral(ctx, actor, referralId);
  assertProcuratorate(actor);
  if (r.direction !== 'to_police' || r.status !== 'accepted' || Number(r.procuratorate_org_id) !== actor.orgId)
    throw conflict(message('coop.no_linked_supervision'));
  const source =
    r.source_record_type && r.source_record_id !== null
      ? { recordType: r.source_record_type, recordId: Number(r.source_record_id), caseNo: r.source_case_no ?? '', title: r.source_title ?? '' }
      : null;
  const id = await insertReverse(
    ctx,
    actor,
    { region_code: r.region_code, linked_referral_id: referralId, source, offence: r.offence, case_value: r.case_value === null ? null : Number(r.case_value) },
    body,
    { linkedReferralId: referralId, ...body },
  );
  return getReferral(ctx, actor, id);
}

/** The bureau receives the case referred back and opens its own case (立案查处) under its number. */
export async function receiveReverse(ctx: AppContext, actor: Actor, id: number, bureauCaseNo: string) {
  await takeReferralStep(ctx, actor, id, 'receive', (r, at) => ({
    patch: { received_at: at, bureau_case_no: bureauCaseNo },
    next: referralItem(ctx, r, '反向移送案件待作出处理决定', { permission: 'referral.manage' }, null),
    audit: { bureauCaseNo },
  }));
  return getReferral(ctx, actor, id);
}

/** The bureau's administrative decision on the case referred back (行政处罚决定书: number, date, fine). */
export async function concludeReverse(ctx: AppContext, actor: Actor, id: number, body: { decisionNo: string; decisionDate: string; finesYuan?: number }) {
  await takeReferralStep(ctx, actor, id, 'conclude', (r, at, today) => {
    assertActDate('decisionDate', body.decisionDate, today, { date: beijingDate(r.received_at ?? at), what: '接收日期', whatEn: 'the receipt' });
    return {
      patch: { concluded_at: at, penalty_decision_no: body.decisionNo, penalty_decision_date: body.decisionDate, fines: body.finesYuan ?? null },
      next: null,
      audit: body,
    };
  });
  return getReferral(ctx, actor, id);
}
