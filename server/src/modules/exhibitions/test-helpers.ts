import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { complaintDueAt } from './clock.js';
import { insertComplaint, insertFair } from './repository.js';
import { FAIR } from './service.js';

let seq = 0;
const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A fair with its organiser as a standing party (handler); by default open today, 4 days long, with a desk. */
export async function buildFair(
  ctx: AppContext,
  o: { organiserOrgId: number; regionCode: string; startsOn?: string; endsOn?: string; series?: string; edition?: number; desk?: boolean },
): Promise<{ id: number; series: string; edition: number }> {
  seq += 1;
  const today = todayIso(ctx);
  const startsOn = o.startsOn ?? shift(today, -1);
  const endsOn = o.endsOn ?? shift(startsOn, 3);
  const series = o.series ?? `测试博览会${seq}-${Math.random().toString(36).slice(2, 8)}`;
  const edition = o.edition ?? 1;
  const at = ctx.clock.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertFair(trx, {
      series,
      edition,
      name: `第${edition}届${series}`,
      venue: '济宁国际会展中心',
      region_code: o.regionCode,
      organiser_org_id: o.organiserOrgId,
      starts_on: startsOn,
      ends_on: endsOn,
      desk_required: 1,
      desk_location: '一号馆入口',
      desk_contact: '0537-2345678',
      desk_created_at: o.desk === false ? null : at,
      created_by: null,
      created_at: at,
    });
    await addParty(ctx, trx, { type: FAIR, id }, o.organiserOrgId, 'handler');
    return id;
  });
  return { id, series, edition };
}

/** An open complaint received now at the fair's desk against `respondentOrgId`. */
export async function buildComplaint(ctx: AppContext, fair: { id: number; regionCode: string; endsOn: string }, respondentOrgId: number, status = 'open') {
  const at = ctx.clock.now().toISOString();
  return insertComplaint(ctx.db, {
    fair_id: fair.id,
    region_code: fair.regionCode,
    respondent_org_id: respondentOrgId,
    complainant: '山东某某机械有限公司',
    right_no: 'ZL202010000001.1',
    description: '展台展出的液压泵落入本公司专利保护范围。',
    status,
    received_at: at,
    due_at: complaintDueAt(at, fair.endsOn, 24),
    handled_at: status === 'open' ? null : at,
    passed_to: null,
    outcome: null,
    note: null,
    received_by: null,
    handled_by: null,
  });
}
