import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';

/** Invented agencies and inspectors (【演示】) of the city, and an undrawn annual plan. */
export async function seedAgencyInspectionDemo(ctx: AppContext): Promise<void> {
  const at = nowIso(ctx);
  const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  const agencies = [
    {
      kind: 'patent',
      name: '济宁演示专利代理事务所【演示】',
      region_code: '370811',
      filing_no: '【演示】鲁专代备-0001',
      filed_on: '2025-04-01',
      agents: ['王代理', '孙代理'],
    },
    {
      kind: 'patent',
      name: '邹城演示知识产权代理有限公司【演示】',
      region_code: '370883',
      filing_no: '【演示】鲁专代备-0002',
      filed_on: '2024-09-15',
      agents: ['李代理'],
    },
    {
      kind: 'trademark',
      name: '曲阜演示商标事务所【演示】',
      region_code: '370881',
      filing_no: '【演示】商代备-0003',
      filed_on: '2023-06-20',
      agents: ['孔代理'],
    },
    {
      kind: 'trademark',
      name: '任城演示品牌代理有限公司【演示】',
      region_code: '370811',
      filing_no: '【演示】商代备-0004',
      filed_on: '2022-01-10',
      agents: ['赵代理'],
    },
    {
      kind: 'patent',
      name: '兖州演示专利事务所【演示】',
      region_code: '370812',
      filing_no: '【演示】鲁专代备-0005',
      filed_on: '2025-11-11',
      agents: ['钱代理', '周代理'],
    },
  ];
  const inspectors = ['张检查', '刘检查', '陈检查', '杨检查', '黄检查'];
  await ctx.db.transaction().execute(async (trx) => {
    for (const a of agencies)
      await trx
        .insertInto('agencies')
        .values({ ...a, agents: JSON.stringify(a.agents), is_demo: 1, created_at: at })
        .execute();
    for (const name of inspectors)
      await trx
        .insertInto('inspectors')
        .values({ name: `${name}【演示】`, unit: '济宁市市场监督管理局【演示】', region_code: '370800', is_demo: 1, created_at: at })
        .execute();
    await trx
      .insertInto('inspection_plans')
      .values({
        region_code: '370800',
        year: 2026,
        title: '2026年度知识产权代理机构双随机抽查【演示】',
        share_percent: 40,
        inspectors_per_object: 2,
        checklist: JSON.stringify(['备案信息与实际经营一致', '代理师执业情况', '委托合同与收费公示', '有无非正常申请代理']),
        seed: null,
        drawn_at: null,
        pool: null,
        is_demo: 1,
        created_at: at,
      })
      .execute();
    await recordAudit(ctx, trx, system, { action: 'demo.seed.agency_inspections', entityType: 'system', entityId: null, after: { agencies: agencies.length } });
  });
}
