import type { PartyRole } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { REFERRAL } from './repository.js';

/**
 * A referral in any status, built directly (for the matrix and tests): `police` and `procuratorate` are named on
 * it, and become parties as they would have by then (the police from the handover, the procuratorate as the
 * copy's observer, and as handler once asked to supervise).
 */
export async function buildReferral(
  ctx: AppContext,
  o: { status: string; regionCode: string; ownerOrgId: number; policeOrgId: number; procuratorateOrgId?: number; direction?: 'to_police' | 'reverse' },
): Promise<{ id: number }> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const direction = o.direction ?? 'to_police';
  const past = (s: string[]) => s.includes(o.status);
  const r = await ctx.db
    .insertInto('referrals')
    .values({
      direction,
      status: o.status,
      region_code: o.regionCode,
      owner_org_id: o.ownerOrgId,
      source_record_type: 'penalty_case',
      source_record_id: 1,
      source_case_no: '济任市监处〔2026〕1号',
      source_title: '销售假冒注册商标的商品案',
      offence: 'counterfeit_goods_sale',
      case_value: 80_000,
      summary: '当事人销售假冒注册商标的白酒，经营额约8万元。',
      police_org_id: direction === 'reverse' ? null : o.policeOrgId,
      procuratorate_org_id: o.procuratorateOrgId ?? null,
      proposed_at: at,
      head_due_on: today,
      head_decided_at: o.status === 'proposed' ? null : at,
      handover_due_at: o.status === 'proposed' ? null : at,
      handed_over_at: past(['proposed', 'approved', 'declined']) ? null : at,
      police_decision: past(['refused', 'reconsideration', 'upheld', 'supervision', 'closed']) ? 'refused' : o.status === 'accepted' ? 'accepted' : null,
      reconsider_due_on: past(['refused']) ? today : null,
      reconsider_requested_at: past(['reconsideration', 'upheld', 'supervision', 'closed']) ? at : null,
      suggested_at: past(['supervision', 'closed']) ? at : null,
      non_prosecution_no: direction === 'reverse' ? '济检刑不诉〔2026〕1号' : null,
      non_prosecution_date: direction === 'reverse' ? today : null,
      received_at: past(['received', 'concluded']) ? at : null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  const parties: [number, PartyRole][] = [];
  if (direction === 'to_police' && !past(['proposed', 'approved', 'declined'])) {
    parties.push([o.policeOrgId, 'referred_to']);
    if (o.procuratorateOrgId !== undefined) parties.push([o.procuratorateOrgId, 'observer']);
    if (o.procuratorateOrgId !== undefined && past(['supervision', 'closed'])) parties.push([o.procuratorateOrgId, 'handler']);
  }
  if (parties.length > 0)
    await ctx.db.transaction().execute(async (trx) => {
      for (const [org, role] of parties) await addParty(ctx, trx, { type: REFERRAL, id }, org, role);
    });
  return { id };
}
