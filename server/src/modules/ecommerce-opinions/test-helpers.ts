import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';

/** An opinion request (or an issued opinion) built directly. */
export async function buildOpinion(ctx: AppContext, o: { regionCode: string; ownerOrgId: number; status?: 'requested' | 'issued' }): Promise<{ id: number }> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const issued = o.status === 'issued';
  const r = await ctx.db
    .insertInto('ecommerce_opinions')
    .values({
      status: o.status ?? 'requested',
      region_code: o.regionCode,
      owner_org_id: o.ownerOrgId,
      requester_kind: 'platform_operator',
      requester_name: '某电商平台知识产权保护部',
      platform_name: '某电商平台',
      right_kind: 'patent',
      right_no: 'ZL202120123456.7',
      listing: '商品链接：某店铺“便携榨汁杯”',
      received_on: today,
      due_on: today,
      conclusion: issued ? 'infringing' : null,
      opinion: issued ? '被诉产品落入专利权保护范围' : null,
      issued_on: issued ? today : null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}
