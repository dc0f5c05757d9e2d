import type { PenaltyKind } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { startRecordClock } from '../../platform/clocks.js';
import { createPenaltyCase, PENALTY } from './penalty-service.js';
import { insertDispute } from './disputes-repository.js';
import { addParty } from '../../platform/parties.js';

/**
 * A penalty case of `regionCode` made at its clue through the service (clocks and work item included), then moved
 * to `status` directly with the dates that status implies (for tests and matrix samples).
 */
export async function buildPenaltyCase(
  ctx: AppContext,
  o: {
    regionCode: string;
    status?: string;
    kind?: PenaltyKind;
    respondentOrgId?: number | null;
    clueOn?: string;
    respondentName?: string;
    respondentCreditCode?: string | null;
  },
) {
  const today = todayIso(ctx);
  const id = await ctx.db.transaction().execute((trx) =>
    createPenaltyCase(ctx, trx, {
      kind: o.kind ?? 'trademark_infringement',
      title: '销售假冒“孔府宴”注册商标白酒',
      respondentName: o.respondentName ?? `某商贸有限公司${Math.random().toString(36).slice(2, 6)}`,
      respondentOrgId: o.respondentOrgId ?? null,
      respondentCreditCode: o.respondentCreditCode ?? null,
      regionCode: o.regionCode,
      clueOn: o.clueOn ?? today,
      summary: '',
      complaintId: null,
    }),
  );
  const status = o.status ?? 'clue';
  if (status !== 'clue') {
    const opened = ['investigating', 'notified', 'hearing', 'decided', 'published', 'closed'].includes(status);
    const notified = ['notified', 'hearing', 'decided', 'published'].includes(status);
    const decided = ['decided', 'published'].includes(status);
    await ctx.db
      .updateTable('penalty_cases')
      .set({
        status,
        opened_on: opened ? today : null,
        hearing_notice_on: notified ? today : null,
        decision_on: decided ? today : null,
        fine: decided ? 10000 : null,
      })
      .where('id', '=', id)
      .execute();
    await ctx.db.updateTable('record_clocks').set({ stopped_on: today }).where('record_type', '=', PENALTY).where('record_id', '=', id).execute();
    await ctx.db.transaction().execute(async (trx) => {
      if (opened && !decided)
        await startRecordClock(ctx, trx, { type: PENALTY, id }, { key: 'decide', label: '处罚决定期限', days: 90, unit: 'calendar', start: today });
      if (notified && !decided)
        await startRecordClock(ctx, trx, { type: PENALTY, id }, { key: 'hearing_request', label: '听证申请期限', days: 5, unit: 'working', start: today });
    });
  }
  return { id };
}

/** A report or complaint inserted directly (for matrix samples), returning its id and tracking code. */
export async function buildComplaint(
  ctx: AppContext,
  o: { regionCode: string; kind?: 'complaint' | 'report'; status?: string; submitterOrgId?: number | null },
) {
  const at = ctx.clock.now().toISOString();
  const code = `TS-TEST-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  const r = await ctx.db
    .insertInto('complaints')
    .values({
      kind: o.kind ?? 'complaint',
      tracking_code: code,
      status: o.status ?? 'submitted',
      region_code: o.regionCode,
      anonymous: 0,
      complainant_name: '张三',
      complainant_contact: '13800000000',
      submitter_org_id: o.submitterOrgId ?? null,
      submitter_user_id: null,
      respondent_name: '某商贸有限公司',
      respondent_address: null,
      ip_kind: 'trademark',
      right_number: null,
      title: '销售假冒注册商标商品',
      description: '在许庄街道某超市发现销售假冒注册商标的白酒。',
      submitted_at: at,
      accepted_at: o.status === 'accepted' ? at : null,
      refused_at: null,
      refusal_reason: null,
      triaged_at: null,
      outcome: null,
      outcome_reason: null,
      forwarded_to: null,
      case_id: null,
      extended_at: null,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db
    .transaction()
    .execute((trx) =>
      startRecordClock(
        ctx,
        trx,
        { type: 'complaint', id },
        { key: (o.kind ?? 'complaint') === 'complaint' ? 'accept' : 'check', label: '期限', days: 7, unit: 'working' },
      ),
    );
  return { id, code };
}

/**
 * A patent dispute of `regionCode` requested by `requesterOrgId`, moved to `status` directly with today's dates and
 * the clocks that status runs; the respondent and an expert named as parties when given.
 */
export async function buildDispute(
  ctx: AppContext,
  o: {
    regionCode: string;
    requesterOrgId: number;
    status?: string;
    respondentOrgId?: number | null;
    expertOrgId?: number | null;
    procedure?: 'simple' | 'ordinary';
  },
) {
  const today = todayIso(ctx);
  const at = ctx.clock.now().toISOString();
  const status = o.status ?? 'requested';
  const accepted = ['accepted', 'served', 'decided', 'mediated'].includes(status);
  const served = ['served', 'decided'].includes(status);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertDispute(
      trx,
      {
        status,
        region_code: o.regionCode,
        requester_org_id: o.requesterOrgId,
        requester_name: '济宁某科技有限公司',
        standing: 'patentee',
        respondent_name: '某机械有限公司',
        respondent_org_id: o.respondentOrgId ?? null,
        patent_no: 'ZL202310000001.X',
        patent_kind: 'invention',
        claims: '被请求人制造、销售的产品落入涉案专利权利要求1的保护范围。',
        procedure: accepted ? (o.procedure ?? 'ordinary') : null,
        criteria_json: null,
        requested_on: today,
        accepted_on: accepted ? today : null,
        refused_reason: null,
        served_on: served ? today : null,
        answered_on: null,
        outcome: null,
        decision_on: null,
        decision_no: null,
        stop_order: null,
        reasons: null,
        sue_by: null,
        agreement_on: null,
        agreement_summary: null,
        confirmation_by: null,
        created_at: at,
        updated_at: at,
      },
      today.slice(0, 4),
    );
    const ref = { type: 'patent_dispute', id };
    if (o.respondentOrgId) await addParty(ctx, trx, ref, o.respondentOrgId, 'counterparty');
    if (o.expertOrgId) await addParty(ctx, trx, ref, o.expertOrgId, 'expert');
    if (status === 'requested') await startRecordClock(ctx, trx, ref, { key: 'accept', label: '受理期限', days: 5, unit: 'working' });
    if (accepted) await startRecordClock(ctx, trx, ref, { key: 'conclude', label: '审理期限', days: 90, unit: 'calendar' });
    if (status === 'accepted') await startRecordClock(ctx, trx, ref, { key: 'serve', label: '送达期限', days: 5, unit: 'working' });
    return id;
  });
  return { id };
}
