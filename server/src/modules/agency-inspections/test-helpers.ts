import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { drawPlan } from './draw.js';
import {
  findAgencies,
  findInspectors,
  insertAgency,
  insertAssignment,
  insertInspector,
  insertObject,
  insertPlan,
  updateObject,
  updatePlan,
} from './repository.js';

export const CHECKLIST = ['备案信息与实际经营一致', '代理师执业情况', '委托合同与收费公示'];

/** At least `agencies` agencies (filed this year) and `inspectors` inspectors in a region. */
export async function ensureDirectory(ctx: AppContext, region: string, agencies = 4, inspectors = 5) {
  const at = ctx.clock.now().toISOString();
  const today = todayIso(ctx);
  const a = await findAgencies(ctx.db, region);
  for (let i = a.length; i < agencies; i++)
    await insertAgency(ctx.db, {
      kind: i % 2 === 0 ? 'patent' : 'trademark',
      name: `济宁测试知识产权代理事务所${i + 1}`,
      region_code: region,
      filing_no: `备${region}-${i + 1}`,
      filed_on: today,
      agents: JSON.stringify(['王代理', '李代理']),
      created_at: at,
    });
  const s = await findInspectors(ctx.db, region);
  for (let i = s.length; i < inspectors; i++)
    await insertInspector(ctx.db, { name: `检查员${i + 1}`, unit: '市场监督管理局', region_code: region, created_at: at });
}

// Far from the years the route samples post (2000 + a sequence number), so a built plan never takes their (region, year).
let year = 5000;

/** A plan in a region; drawn with `seed` when given; its first object concluded when asked. */
export async function buildPlan(ctx: AppContext, region: string, o: { seed?: string; concluded?: boolean } = {}) {
  await ensureDirectory(ctx, region);
  const at = ctx.clock.now().toISOString();
  const planId = await insertPlan(ctx.db, {
    region_code: region,
    year: ++year,
    title: `${year}年度专利代理机构双随机抽查`,
    share_percent: 50,
    inspectors_per_object: 2,
    checklist: JSON.stringify(CHECKLIST),
    seed: null,
    drawn_at: null,
    pool: null,
    created_at: at,
  });
  const objectIds: number[] = [];
  if (o.seed) {
    const pool = {
      agencies: (await findAgencies(ctx.db, region)).map((a) => a.id).sort((x, y) => x - y),
      inspectors: (await findInspectors(ctx.db, region)).map((i) => i.id).sort((x, y) => x - y),
    };
    await updatePlan(ctx.db, planId, { seed: o.seed, drawn_at: at, pool: JSON.stringify(pool) });
    for (const [i, d] of drawPlan(o.seed, pool, 50, 2).entries()) {
      const id = await insertObject(ctx.db, {
        plan_id: planId,
        agency_id: d.agencyId,
        region_code: region,
        position: i + 1,
        findings: null,
        measures: null,
        concluded_on: null,
        publish_due_on: null,
        published_on: null,
      });
      objectIds.push(id);
      for (const inspectorId of d.inspectorIds)
        await insertAssignment(ctx.db, { object_id: id, inspector_id: inspectorId, seed: o.seed, recusal_reason: null, created_at: at });
    }
    if (o.concluded && objectIds[0])
      await updateObject(ctx.db, objectIds[0], {
        findings: JSON.stringify([{ item: CHECKLIST[0], compliant: true }]),
        measures: '',
        concluded_on: todayIso(ctx),
        publish_due_on: todayIso(ctx),
      });
  }
  return { planId, objectIds };
}
