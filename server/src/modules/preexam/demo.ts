import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';

/** The demo centre's approved fields (【演示】: Jining's leading industries, not a published CNIPA approval). */
const FIELDS: [string, string][] = [
  ['B23K', '高端装备制造（焊接）【演示】'],
  ['B65G', '高端装备制造（输送）【演示】'],
  ['H01M', '新能源（电池）【演示】'],
  ['G06F', '新一代信息技术【演示】'],
  ['A61K', '生物医药【演示】'],
];

/**
 * Demo data of fast pre-examination: the centre's fields (city 370800), a registered entity (the Zoucheng demo
 * enterprise, CNIPA number marked 【演示】) with one passed request, and the centre staff's examiner fields.
 * The smart-equipment demo enterprise (ent1) is left unregistered so the journey can register it.
 */
export async function seedPreexamDemo(ctx: AppContext): Promise<void> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const ent = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'region_code'])
    .where('name', '=', '邹城演示新材料股份有限公司【演示】')
    .executeTakeFirst();
  const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  await ctx.db.transaction().execute(async (trx) => {
    for (const [prefix, label] of FIELDS)
      await trx.insertInto('preexam_fields').values({ centre_region: '370800', ipc_prefix: prefix, label, is_demo: 1, created_at: at }).execute();
    if (ent) {
      const entityId = Number(
        (
          await trx
            .insertInto('preexam_entities')
            .values({
              org_id: Number(ent.id),
              region_code: ent.region_code,
              centre_region: '370800',
              ipc_prefixes: JSON.stringify(['H01M']),
              contact: '周联系',
              phone: '13900005372',
              status: 'registered',
              renewal: 0,
              cnipa_no: '【演示】国知保备〔2026〕001号',
              cnipa_on: '2026-01-15',
              valid_until: '2028-01-15',
              note: null,
              is_demo: 1,
              created_at: at,
              updated_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
      await trx
        .insertInto('preexam_requests')
        .values({
          entity_id: entityId,
          org_id: Number(ent.id),
          region_code: ent.region_code,
          title: '一种高镍正极材料的包覆方法【演示】',
          patent_type: 'invention',
          ipc: 'H01M4/36',
          summary: '演示数据。',
          status: 'passed',
          examiner_user_id: null,
          received_on: '2026-02-02',
          due_on: null,
          finished_on: '2026-02-10',
          cnipa_app_no: null,
          cnipa_result: null,
          cnipa_result_on: null,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    await recordAudit(ctx, trx, system, { action: 'demo.seed.preexam', entityType: 'system', entityId: null, after: { fields: FIELDS.length, today } });
  });
}
