import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { addDays } from '../../platform/deadlines.js';
import { recordAudit } from '../../platform/audit.js';
import { expiryDate, recordPatentEvents, runPatentWriteHooks, terminationDate, type PatentKind } from '../patents/api.js';

interface DemoPatent {
  appNo: string;
  kind: PatentKind;
  title: string;
  ipc: string[];
  appDate: string;
  grantDate: string;
  declaration?: {
    status: 'published' | 'pending';
    feeType: 'lump_sum' | 'royalty' | 'per_unit';
    feeAmount: number | null;
    royaltyRate: number | null;
    payment: string;
    years: number;
  };
}

const PATENTS: DemoPatent[] = [
  {
    appNo: 'CN202110990001.3',
    kind: 'invention',
    title: '一种煤矿井下巡检机器人的路径规划方法【演示】',
    ipc: ['G05D1/02', 'B25J5/00'],
    appDate: '2021-04-12',
    grantDate: '2023-02-17',
    declaration: { status: 'published', feeType: 'lump_sum', feeAmount: 80_000, royaltyRate: null, payment: 'one_off', years: 3 },
  },
  {
    appNo: 'CN202110990002.8',
    kind: 'invention',
    title: '一种液压支架电液控制系统及其控制方法【演示】',
    ipc: ['E21D23/16', 'G05B19/042'],
    appDate: '2021-06-03',
    grantDate: '2023-05-26',
    declaration: { status: 'published', feeType: 'royalty', feeAmount: null, royaltyRate: 3, payment: 'annual', years: 5 },
  },
  {
    appNo: 'CN202210990003.1',
    kind: 'invention',
    title: '一种数控机床主轴热误差补偿方法【演示】',
    ipc: ['B23Q15/18'],
    appDate: '2022-03-08',
    grantDate: '2024-01-09',
    declaration: { status: 'pending', feeType: 'per_unit', feeAmount: 50, royaltyRate: null, payment: 'quarterly', years: 2 },
  },
  {
    appNo: 'CN202210990004.6',
    kind: 'invention',
    title: '一种矿用带式输送机托辊故障声学检测方法【演示】',
    ipc: ['B65G43/02', 'G01H17/00'],
    appDate: '2022-07-15',
    grantDate: '2024-06-21',
  },
];

/**
 * Demo data of open licensing (开放许可): four granted patents of the demo enterprise 济宁演示智能装备,
 * two declarations published in the catalogue and one waiting for the bureau's review. Demo rows
 * are flagged is_demo and their titles carry 【演示】.
 */
export async function seedOpenLicensingDemo(ctx: AppContext): Promise<void> {
  const ent = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name', 'region_code'])
    .where('name', '=', '济宁演示智能装备有限公司【演示】')
    .executeTakeFirst();
  if (!ent) return;
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const system = { userId: null, username: 'system', orgId: null, regionCode: ent.region_code, ip: null, trace: { auditRows: 0 } };
  await ctx.db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const p of PATENTS) {
      const events = [{ kind: 'grant', event_date: p.grantDate }];
      const r = await trx
        .insertInto('patents')
        .values({
          app_no: p.appNo,
          pub_no: null,
          grant_no: null,
          kind: p.kind,
          title: p.title,
          abstract: `${p.title.replace('【演示】', '')}，用于提升煤机装备与智能制造的可靠性和效率。（演示数据）`,
          first_claim: null,
          app_date: p.appDate,
          pub_date: null,
          grant_date: p.grantDate,
          priority_date: null,
          applicants: JSON.stringify([ent.name]),
          holders: JSON.stringify([ent.name]),
          inventors: JSON.stringify(['张演示', '李演示']),
          applicant_type: '企业',
          address: '山东省济宁市任城区',
          region_code: ent.region_code,
          main_ipc: p.ipc[0] ?? null,
          ipc: JSON.stringify(p.ipc),
          cpc: '[]',
          agency: null,
          agents: '[]',
          pct: null,
          family: '[]',
          citations: '[]',
          source_status: '有效',
          expires_on: expiryDate(p.kind, p.appDate),
          terminated_on: terminationDate(events),
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(r.id);
      ids.push(id);
      await trx
        .insertInto('patent_ipc')
        .values(p.ipc.map((code, i) => ({ patent_id: id, code, is_main: i === 0 ? 1 : 0 })))
        .execute();
      await trx.insertInto('patent_parties').values({ patent_id: id, role: 'holder', seq: 1, name: ent.name, org_id: ent.id }).execute();
      await trx
        .insertInto('patent_events')
        .values({ patent_id: id, event_date: p.grantDate, kind: 'grant', summary: '', details: null, source: 'demo', created_at: at })
        .execute();
      const d = p.declaration;
      if (!d) continue;
      const decl = await trx
        .insertInto('open_licence_declarations')
        .values({
          patent_id: id,
          patentee_org_id: ent.id,
          region_code: ent.region_code,
          status: d.status,
          fee_type: d.feeType,
          fee_amount: d.feeAmount,
          royalty_rate: d.royaltyRate,
          payment_method: d.payment,
          term_years: d.years,
          other_terms: '许可方提供技术资料和一次现场技术指导。',
          review_note: null,
          submitted_by: null,
          submitted_at: at,
          reviewed_by: null,
          reviewed_at: d.status === 'published' ? at : null,
          published_at: d.status === 'published' ? today : null,
          withdrawn_at: null,
          // A demo CNIPA announcement, marked as such: never presented as a real announcement number.
          cnipa_announcement_no: d.status === 'published' ? `【演示】开放许可公告${today.slice(0, 4)}-${p.appNo.slice(-7, -2)}` : null,
          cnipa_announced_on: d.status === 'published' ? today : null,
          withdrawal_announcement_no: null,
          withdrawal_announced_on: null,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (d.status === 'published') {
        const no = `【演示】开放许可公告${today.slice(0, 4)}-${p.appNo.slice(-7, -2)}`;
        await recordPatentEvents(ctx, trx, [
          {
            patentId: id,
            date: today,
            kind: 'open_licence',
            summary: `开放许可声明（国家知识产权局公告 ${no}）`,
            details: { declarationId: Number(decl.id) },
            authority: { kind: 'cnipa', number: no, date: today, name: '国家知识产权局（演示数据）' },
            source: 'demo',
          },
        ]);
      } else {
        await trx
          .insertInto('work_items')
          .values({
            record_type: 'open_licence_declaration',
            record_id: Number(decl.id),
            step: '开放许可声明待审核',
            title: `开放许可声明：${p.title}`,
            link: `/open-licences/declarations/${Number(decl.id)}`,
            region_code: ent.region_code,
            assignee_org_id: null,
            assignee_permission: 'utilization.review',
            opened_at: at,
            due_on: addDays(todayIso(ctx), 10, 'working'),
            closed_at: null,
            notified: '',
            clock_start: todayIso(ctx),
            clock_days: 10,
            clock_unit: 'working',
          })
          .execute();
      }
    }
    await runPatentWriteHooks(ctx, trx, ids);
    await recordAudit(ctx, trx, system, { action: 'demo.seed_open_licensing', entityType: 'system', entityId: null, after: { patents: ids.length } });
  });
}
