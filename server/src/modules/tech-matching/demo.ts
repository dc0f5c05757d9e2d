import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';

/**
 * Demo data of technology supply and demand for Jining (济宁): listings offered by the demo enterprises
 * and a demo university, demands of the demo smart-equipment enterprise (login `enterprise`), all written
 * from real patent titles of cn-patent-titles.csv. The demands are published, so when the real sample
 * patents are imported at first start the re-match runs and the demo user finds matches and a notice.
 */

const LISTINGS = [
  {
    org: '邹城演示新材料股份有限公司【演示】',
    title: '石墨烯集流体制备技术【演示】',
    description: '源自公开专利“一种石墨烯集流体的制备方法及其制备设备”（CN114243026A）：石墨烯集流体的制备方法与成套设备，适用于锂电池。',
    field: '新材料',
    trl: 6,
    priceMode: 'licence',
    price: 500_000,
  },
  {
    org: '邹城演示新材料股份有限公司【演示】',
    title: '纳米石墨烯净化空气型无机涂料【演示】',
    description: '源自公开专利“一种三维结构的纳米石墨烯及其制备方法、净化空气型无机涂料及其制备方法”（CN113955746A）。',
    field: '新材料',
    trl: 5,
    priceMode: 'negotiable',
    price: null,
  },
  {
    org: '济宁演示理工大学【演示】',
    title: '高自由度工业机器人与机器人换电装置【演示】',
    description: '源自公开专利“一种高自由度工业机器人”（CN215548649U）与“一种机器人换电装置”（CN216030837U），可转让或合作开发。',
    field: '智能装备',
    trl: 7,
    priceMode: 'transfer',
    price: 800_000,
  },
  {
    org: '曲阜演示文旅科技有限公司【演示】',
    title: '具有动态投影功能的展示平台【演示】',
    description: '源自公开专利“一种智慧城市规划用具有动态投影功能的展示平台”（CN215679027U），适用于展馆与文旅场景。',
    field: '文化旅游',
    trl: 8,
    priceMode: 'joint',
    price: null,
  },
] as const;

const DEMANDS = [
  {
    title: '寻求钢轨垫板自动焊接定位技术【演示】',
    description: '我公司需要钢轨垫板自动焊接用的底板定位装置与焊接设备方案，提高焊接一致性（参考公开专利“一种钢轨垫板自动焊接用底板定位装置”）。',
    field: '智能装备',
    ipcHints: ['B23K'],
    budget: 600_000,
  },
  {
    title: '征集工业机器人换电与高自由度机械臂技术【演示】',
    description: '企业产线需要工业机器人换电装置和高自由度工业机器人技术，可转让或合作开发。',
    field: '智能装备',
    ipcHints: ['B25J'],
    budget: 1_000_000,
  },
  {
    title: '需要超长薄壁钛合金管件车床夹具技术【演示】',
    description: '加工超长薄壁异型钛合金管件时变形大，寻求车床夹具与装夹技术。',
    field: '精密加工',
    ipcHints: ['B23B', 'B23Q'],
    budget: 300_000,
  },
] as const;

async function orgByName(db: Executor, name: string) {
  return db.selectFrom('organisations').select(['id', 'region_code']).where('name', '=', name).executeTakeFirst();
}

/** Seeds the demo listings and demands (called once from demo/seed.ts, on an empty database). */
export async function seedTechMatchingDemo(ctx: AppContext): Promise<void> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    let uni = await orgByName(trx, '济宁演示理工大学【演示】');
    if (!uni) {
      const r = await trx
        .insertInto('organisations')
        .values({
          kind: 'university',
          name: '济宁演示理工大学【演示】',
          credit_code: null,
          region_code: '370811',
          status: 'active',
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning(['id', 'region_code'])
        .executeTakeFirstOrThrow();
      uni = r;
    }
    for (const l of LISTINGS) {
      const org = await orgByName(trx, l.org);
      if (!org) continue;
      await trx
        .insertInto('tech_listings')
        .values({
          org_id: Number(org.id),
          owner_user_id: null,
          region_code: org.region_code,
          title: l.title,
          description: l.description,
          field: l.field,
          trl: l.trl,
          price_mode: l.priceMode,
          price: l.price,
          status: 'published',
          published_at: at,
          closed_at: null,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const ent = await orgByName(trx, '济宁演示智能装备有限公司【演示】');
    const user = await trx.selectFrom('users').select('id').where('username', '=', 'enterprise').executeTakeFirst();
    const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
    await recordAudit(ctx, trx, system, {
      action: 'demo.seed_tech',
      entityType: 'system',
      entityId: null,
      after: { listings: LISTINGS.length, demands: DEMANDS.length },
    });
    if (!ent) return;
    for (const [i, d] of DEMANDS.entries()) {
      await trx
        .insertInto('tech_demands')
        .values({
          org_id: Number(ent.id),
          owner_user_id: user ? Number(user.id) : null,
          region_code: ent.region_code,
          title: d.title,
          description: d.description,
          field: d.field,
          ipc_hints: JSON.stringify(d.ipcHints),
          budget: d.budget,
          deadline: null,
          // The last one stays a draft, so the demo shows the publish step.
          status: i === DEMANDS.length - 1 ? 'draft' : 'published',
          published_at: i === DEMANDS.length - 1 ? null : at,
          closed_at: null,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  });
}
