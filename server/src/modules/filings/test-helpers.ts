import type { AppContext } from '../../platform/context.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';

/** A patent-product filing of the organisation in the given status (inserted directly). */
export async function buildFiling(ctx: AppContext, o: { orgId: number; regionCode: string; status: string; kind?: string }) {
  const p = await buildHeldPatent(ctx, o.orgId);
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('filings')
    .values({
      kind: o.kind ?? 'patent_product',
      org_id: o.orgId,
      region_code: o.regionCode,
      status: o.status,
      title: '智能巡检机器人 XJ-200',
      counterparty: o.kind === 'licence_contract' ? '被许可企业' : null,
      licence_kind: o.kind === 'licence_contract' ? 'ordinary' : null,
      amount: 1_200_000,
      starts_on: o.kind === 'licence_contract' ? '2026-01-01' : null,
      ends_on: o.kind === 'licence_contract' ? '2027-12-31' : null,
      description: '',
      review_note: null,
      filing_no: o.status === 'approved' ? `测试备案号${Math.random()}` : null,
      authority: o.status === 'approved' ? 'cnipa' : null,
      authority_name: o.status === 'approved' ? '国家知识产权局' : null,
      authority_no: o.status === 'approved' ? '测试备案号' : null,
      authority_date: o.status === 'approved' ? '2026-01-10' : null,
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      approved_at: o.status === 'approved' ? '2026-01-10' : null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.insertInto('filing_patents').values({ filing_id: id, patent_id: p.id }).execute();
  return { id, patentId: p.id };
}
