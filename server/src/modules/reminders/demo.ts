import dayjs from 'dayjs';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { expiryDate, recordPatentEvents, runPatentWriteHooks, terminationDate } from '../patents/api.js';

const APP_NO = 'CN2021DEMO0001.0';

/**
 * Demo of proactive reminders (【演示】): one granted invention of the demo enterprise 济宁演示智能装备 whose next
 * annual fee falls due in 20 days (its filing date is set from today, so the reminder shows whenever the demo is
 * loaded), with a pledge registered on it (an invented registration number, marked 【演示】) so the interest
 * subsidy policies apply to the enterprise. Idempotent by the application number.
 */
export async function seedRemindersDemo(ctx: AppContext): Promise<void> {
  const ent = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name', 'region_code'])
    .where('name', '=', '济宁演示智能装备有限公司【演示】')
    .executeTakeFirst();
  if (!ent) return;
  if (await ctx.db.selectFrom('patents').select('id').where('app_no', '=', APP_NO).executeTakeFirst()) return;
  const today = dayjs(todayIso(ctx));
  // Year 6 starts in 21 days: its fee is due in 20.
  const appDate = today.add(21, 'day').subtract(5, 'year').format('YYYY-MM-DD');
  const grantDate = dayjs(appDate).add(2, 'year').format('YYYY-MM-DD');
  const pledgedOn = today.subtract(3, 'month').format('YYYY-MM-DD');
  const at = nowIso(ctx);
  const title = '【演示】一种矿用液压支架电液控制系统';
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('patents')
      .values({
        app_no: APP_NO,
        pub_no: null,
        grant_no: null,
        kind: 'invention',
        title,
        abstract: '用于综采工作面液压支架的电液控制。（演示数据）',
        first_claim: null,
        app_date: appDate,
        pub_date: null,
        grant_date: grantDate,
        priority_date: null,
        applicants: JSON.stringify([ent.name]),
        holders: JSON.stringify([ent.name]),
        inventors: JSON.stringify(['王演示']),
        applicant_type: '企业',
        address: '山东省济宁市任城区',
        region_code: ent.region_code,
        main_ipc: 'E21D23/26',
        ipc: JSON.stringify(['E21D23/26']),
        cpc: '[]',
        agency: null,
        agents: '[]',
        pct: null,
        family: '[]',
        citations: '[]',
        source_status: '有效',
        expires_on: expiryDate('invention', appDate),
        terminated_on: terminationDate([{ kind: 'grant', event_date: grantDate }]),
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(r.id);
    await trx.insertInto('patent_ipc').values({ patent_id: id, code: 'E21D23/26', is_main: 1 }).execute();
    await trx
      .insertInto('patent_parties')
      .values({ patent_id: id, role: 'holder', seq: 1, name: ent.name, org_id: Number(ent.id) })
      .execute();
    await trx
      .insertInto('patent_events')
      .values({ patent_id: id, event_date: grantDate, kind: 'grant', summary: '', details: null, source: 'demo', created_at: at })
      .execute();
    await recordPatentEvents(ctx, trx, [
      {
        patentId: id,
        date: pledgedOn,
        kind: 'pledge',
        summary: '【演示】专利权质押登记',
        pledge: { pledgor: ent.name, pledgee: '济宁演示农村商业银行【演示】', amount: 2_000_000 },
        authority: { kind: 'cnipa', number: 'Y2026370000DEMO【演示】' },
      },
    ]);
    await runPatentWriteHooks(ctx, trx, [id]);
  });
}
