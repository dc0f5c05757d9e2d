import type { AppContext } from '../../platform/context.js';
import { findPolicyTemplate } from './templates.js';

/** Test and matrix helpers of the subsidies module (rows written directly). */

/** Makes sure an LPR row exists for the month (test input, not the published series). */
export async function ensureLpr(ctx: AppContext, month: string, rate = 3.1): Promise<number> {
  const at = ctx.clock.now().toISOString();
  const found = await ctx.db.selectFrom('lpr_rates').select('id').where('month', '=', month).executeTakeFirst();
  if (found) return Number(found.id);
  const r = await ctx.db
    .insertInto('lpr_rates')
    .values({ month, rate_1y_pct: rate, rate_5y_pct: null, published_on: null, source: '测试数据', is_demo: 0, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const qingdaoFlags = {
  sme: true,
  smallMicro: false,
  independentLegalPerson: true,
  pledgorIsHolder: true,
  firstPledge: true,
  insured: false,
  guaranteed: false,
};

/** A Qingdao loan: 1,000,000 at 3.9 % signed 2025-02-20 (January 2025 LPR), interest for 2025-03-01 to 2026-02-28 (12 months). */
export const qingdaoLoan = {
  policyKey: 'qingdao',
  bank: '济宁测试银行',
  principal: 1_000_000,
  ratePct: 3.9,
  contractDate: '2025-02-20',
  termMonths: 12,
  interestFrom: '2025-03-01',
  interestTo: '2026-02-28',
  interestPaid: 39_000,
  flags: qingdaoFlags,
};

let seq = 0;
/** An application in the given status (Qingdao policy; 1,000,000 × 3.1 % × 60 % = 18,600 approved when verified or later). */
export async function buildSubsidyApplication(
  ctx: AppContext,
  o: { orgId: number; regionCode: string; status: string; batchId?: number | null; approvedAmount?: number | null; bank?: string },
) {
  await ensureLpr(ctx, '2025-01', 3.1);
  const at = ctx.clock.now().toISOString();
  const rule = findPolicyTemplate('qingdao')?.rule;
  const granted = ['verified', 'batched', 'approved', 'paid'].includes(o.status);
  const r = await ctx.db
    .insertInto('subsidy_applications')
    .values({
      org_id: o.orgId,
      region_code: o.regionCode,
      status: o.status,
      policy_key: 'qingdao',
      policy_rule: JSON.stringify(rule),
      financing_application_id: null,
      bank: o.bank ?? `测试银行${++seq}`,
      principal: 1_000_000,
      rate_pct: 3.9,
      contract_date: '2025-02-20',
      term_months: 12,
      interest_from: '2025-03-01',
      interest_to: '2026-02-28',
      interest_paid: 39_000,
      facts: JSON.stringify({ flags: qingdaoFlags, revenue: null }),
      subsidy_year: 2026,
      period: '2026',
      computation: JSON.stringify({ outcome: 'granted', amount: 18_600, lines: [{ code: 'policy.result', params: { amount: '18,600.00' }, amount: 18_600 }] }),
      computed_amount: 18_600,
      approved_amount: o.approvedAmount !== undefined ? o.approvedAmount : granted ? 18_600 : null,
      batch_id: o.batchId ?? null,
      review_note: null,
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}

/** A batch of a region with one application of the organisation in it (statuses follow the batch's). */
export async function buildSubsidyBatch(
  ctx: AppContext,
  o: { regionCode: string; bureauOrgId: number; status: 'draft' | 'approved' | 'paid'; entOrgId: number; entRegion: string },
) {
  const at = ctx.clock.now().toISOString();
  const b = await ctx.db
    .insertInto('subsidy_batches')
    .values({
      region_code: o.regionCode,
      org_id: o.bureauOrgId,
      name: `测试批次${++seq}`,
      status: o.status,
      created_by: null,
      approved_by: null,
      approved_at: o.status === 'draft' ? null : at,
      approval_no: o.status === 'draft' ? null : '测试批复',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const appStatus = { draft: 'batched', approved: 'approved', paid: 'paid' }[o.status];
  await buildSubsidyApplication(ctx, { orgId: o.entOrgId, regionCode: o.entRegion, status: appStatus, batchId: Number(b.id) });
  return { id: Number(b.id) };
}
