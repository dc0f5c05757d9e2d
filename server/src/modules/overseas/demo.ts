import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { caseSearchText } from './fold.js';

/**
 * Demo data of overseas guidance, all marked 【演示】: Jining's two overseas protection workstations, an expert
 * pool (one expert with a platform account under the demo expert organisation), a few library cases and legal
 * institutions, and one entry of the key trademark list. The people, firms and outcomes are invented.
 */
export async function seedOverseasDemo(ctx: AppContext, expertOrgId: number | null): Promise<void> {
  const at = nowIso(ctx);
  const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('overseas_workstations')
      .values([
        {
          name: '济宁市海外知识产权保护工作站（高新区）【演示】',
          region_code: '370800',
          address: '济宁高新区演示路8号',
          countries: '["US","DE","JP"]',
          industries: '["工程机械","新能源"]',
          contact_name: '赵演示',
          contact_phone: '0537-0000001',
          org_id: null,
          established_on: '2023-06-01',
          is_demo: 1,
          created_at: at,
          updated_at: at,
        },
        {
          name: '济宁市海外知识产权保护工作站（邹城）【演示】',
          region_code: '370883',
          address: '邹城市演示大道18号',
          countries: '["US","KR","VN"]',
          industries: '["纺织服装","化工新材料"]',
          contact_name: '钱演示',
          contact_phone: '0537-0000002',
          org_id: null,
          established_on: '2024-03-15',
          is_demo: 1,
          created_at: at,
          updated_at: at,
        },
      ])
      .execute();
    const expert = (name: string, o: { fields: string[]; countries: string[]; languages: string[]; orgId?: number | null; available?: boolean }) => ({
      name,
      title: '涉外知识产权律师【演示】',
      employer: '演示律师事务所【演示】',
      fields: JSON.stringify(o.fields),
      countries: JSON.stringify(o.countries),
      languages: JSON.stringify(o.languages),
      available: o.available === false ? 0 : 1,
      phone: '13000005399',
      email: 'expert@demo.invalid',
      org_id: o.orgId ?? null,
      conflicts: '[]',
      region_code: '370800',
      is_demo: 1,
      created_at: at,
      updated_at: at,
    });
    await trx
      .insertInto('overseas_experts')
      .values([
        expert('周演示', { fields: ['工程机械', 'B66C', 'E02F'], countries: ['US', 'DE'], languages: ['英语', '德语'], orgId: expertOrgId }),
        expert('吴演示', { fields: ['新能源', 'H01M'], countries: ['US', 'JP'], languages: ['英语', '日语'] }),
        expert('郑演示', { fields: ['纺织服装'], countries: ['VN', 'KR'], languages: ['英语'], available: false }),
      ])
      .execute();
    const cases = [
      {
        title: '某工程机械企业应对美国337调查【演示】',
        country: 'US',
        kind: 'patent',
        industry: '工程机械',
        year: 2023,
        summary: '美国竞争对手以液压控制阀专利为由向ITC提起337调查。',
        outcome: '企业应诉并提出无效抗辩，双方和解，企业继续出口。',
        lessons: '出口前做FTO（自由实施）分析；及早委托当地律师；保留研发记录。',
      },
      {
        title: '某纺织企业商标在越南被抢注【演示】',
        country: 'VN',
        kind: 'trademark',
        industry: '纺织服装',
        year: 2024,
        summary: '企业主打商标在越南被当地经销商抢先注册。',
        outcome: '通过异议程序撤销抢注商标。',
        lessons: '进入新市场前先注册商标，可通过马德里体系一并指定。',
      },
      {
        title: '某新能源企业参展德国被申请临时禁令【演示】',
        country: 'DE',
        kind: 'patent',
        industry: '新能源',
        year: 2022,
        summary: '在汉诺威展会期间被竞争对手申请临时禁令，展品被要求撤下。',
        outcome: '提交不侵权意见后禁令解除，但错过展会主要时段。',
        lessons: '参展前检索当地有效专利，准备不侵权意见书与保护函（Schutzschrift）。',
      },
    ];
    await trx
      .insertInto('overseas_cases')
      .values(
        cases.map((c) => ({
          ...c,
          search_text: caseSearchText([c.title, c.industry, c.summary, c.outcome, c.lessons]),
          region_code: '370800',
          is_demo: 1,
          created_at: at,
        })),
      )
      .execute();
    await trx
      .insertInto('overseas_institutions')
      .values([
        {
          country: 'US',
          kind: 'law_firm',
          name: 'Demo & Partners LLP【演示】',
          city: 'Washington, D.C.',
          services: '337调查、专利诉讼',
          contact: 'info@demo.invalid',
          website: '',
          region_code: '370800',
          is_demo: 1,
          created_at: at,
        },
        {
          country: 'DE',
          kind: 'agency',
          name: 'Muster Patentanwälte【演示】',
          city: 'München',
          services: '专利申请、展会应急',
          contact: 'office@demo.invalid',
          website: '',
          region_code: '370800',
          is_demo: 1,
          created_at: at,
        },
        {
          country: 'VN',
          kind: 'government',
          name: '中国驻越南大使馆经济商务处（联系点）【演示】',
          city: '河内',
          services: '涉外纠纷协调',
          contact: '—',
          website: '',
          region_code: '370800',
          is_demo: 1,
          created_at: at,
        },
      ])
      .execute();
    await trx
      .insertInto('key_marks')
      .values({
        trademark_id: null,
        mark: '孔府演示',
        mark_folded: '孔府演示',
        reg_no: null,
        holder_name: '曲阜演示文旅科技有限公司【演示】',
        reasons: '知名度高、外地多次发现仿冒【演示】',
        region_code: '370800',
        listed_on: '2025-01-01',
        removed_on: null,
        removal_reason: null,
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAudit(ctx, trx, system, {
      action: 'demo.seed_overseas',
      entityType: 'system',
      entityId: null,
      after: { workstations: 2, experts: 3, cases: cases.length },
    });
  });
}
