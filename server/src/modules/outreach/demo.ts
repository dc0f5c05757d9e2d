import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { addDays } from '../../platform/deadlines.js';

/** Demo (【演示】): outlets with the trademark window's log, trainings (one held, one open), a visit with two needs. */
export async function seedOutreachDemo(ctx: AppContext, enterpriseId: number | null): Promise<void> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const year = today.slice(0, 4);
  await ctx.db.transaction().execute(async (trx) => {
    const outlet = await trx
      .insertInto('outreach_outlets')
      .values({
        name: '济宁市知识产权信息公共服务网点（任城）【演示】',
        level: 'city',
        services: JSON.stringify(['patent_info', 'search', 'trademark_window', 'consultation']),
        region_code: '370811',
        address: '济宁市任城区演示路18号政务服务中心二楼',
        contact_name: '孙演示',
        contact_phone: '0537-0000018',
        hours: '工作日 9:00-17:00',
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('outreach_outlets')
      .values({
        name: '邹城市知识产权服务工作站【演示】',
        level: 'county',
        services: JSON.stringify(['patent_info', 'pledge', 'training']),
        region_code: '370883',
        address: '邹城市演示大道66号',
        contact_name: '周演示',
        contact_phone: '0537-0000066',
        hours: '工作日 8:30-17:30',
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('outreach_window_log')
      .values(
        (['application', 'renewal', 'consultation'] as const).map((kind, i) => ({
          outlet_id: Number(outlet.id),
          region_code: '370811',
          on_date: `${year}-01-1${i}`,
          kind,
          applicant: '济宁演示食品有限公司【演示】',
          count: i + 2,
          note: '【演示】',
          recorded_by: null,
          is_demo: 1,
          created_at: at,
        })),
      )
      .execute();
    const held = await trx
      .insertInto('outreach_trainings')
      .values({
        title: '专利质押融资银企对接会【演示】',
        kind: 'bank_matchmaking',
        region_code: '370811',
        held_on: `${year}-01-15`,
        place: '任城区演示产业园会议中心',
        organiser: '济宁市任城区市场监督管理局【演示】',
        capacity: 80,
        description: '演示数据：银行介绍知识产权质押融资产品，企业现场对接。',
        status: 'held',
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('outreach_trainings')
      .values({
        title: '入园惠企·知识产权政策宣讲【演示】',
        kind: 'park_visit',
        region_code: '370811',
        held_on: addDays(today, 14, 'calendar'),
        place: '许庄街道演示科技园',
        organiser: '济宁市任城区市场监督管理局【演示】',
        capacity: 60,
        description: '演示数据：专利申请、商标注册与奖补政策宣讲，现场答疑。',
        status: 'scheduled',
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (enterpriseId === null) return;
    await trx
      .insertInto('outreach_registrations')
      .values({
        training_id: Number(held.id),
        org_id: enterpriseId,
        contact_name: '李联系',
        contact_phone: '13800005371',
        attendees: 2,
        attended: 1,
        registered_at: at,
      })
      .execute();
    const visit = await trx
      .insertInto('outreach_visits')
      .values({
        org_id: enterpriseId,
        region_code: '370811002',
        visited_on: today,
        visitors: '任城区局运用科（演示）',
        summary: '三问两送走访：了解企业知识产权需求【演示】',
        recorded_by: null,
        is_demo: 1,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const due = addDays(today, 5, 'working');
    const need = (topic: string, description: string, department: string, answered: boolean) => ({
      visit_id: Number(visit.id),
      org_id: enterpriseId,
      region_code: '370811002',
      topic,
      description,
      department,
      status: answered ? 'answered' : 'open',
      opened_on: today,
      due_on: due,
      answer: answered ? '已联系合作银行，下周上门对接质押融资需求【演示】' : null,
      answered_on: answered ? today : null,
      answered_by: null,
      satisfaction: null,
      satisfaction_comment: null,
      is_demo: 1,
      created_at: at,
      updated_at: at,
    });
    await trx
      .insertInto('outreach_needs')
      .values([
        need('financing', '希望以发明专利质押获得流动资金贷款【演示】', '知识产权运用科', true),
        need('ip_protection', '电商平台出现仿冒本企业商标的商品，希望得到维权指导【演示】', '知识产权保护科', false),
      ])
      .execute();
  });
}
