import type { AppContext } from '../../platform/context.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';

/** A patent-product filing of the organisation in the given status (inserted directly). */
export async function buildFiling(ctx: AppContext, o: { orgId: number; regionCode: string; status: string }) {
  const p = await buildHeldPatent(ctx, o.orgId);
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('filings')
    .values({
      kind: 'patent_product',
      org_id: o.orgId,
      region_code: o.regionCode,
      status: o.status,
      title: '智能巡检机器人 XJ-200',
      counterparty: null,
      licence_kind: null,
      amount: 1_200_000,
      starts_on: null,
      ends_on: null,
      description: '',
      review_note: null,
      filing_no: null,
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      approved_at: null,
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
