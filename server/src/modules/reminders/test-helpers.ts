import dayjs from 'dayjs';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { buildPatent } from '../../../test/factories.js';

/**
 * A patent of `orgId` (holder) whose annual fee is overdue today: an invention filed 11 years and `monthsAgo`
 * months ago — so it is high-value by the ten-year criterion — granted 3 years after filing, with the registry's
 * status saying the fee is unpaid (未缴年费). Its 12th-year fee fell due `monthsAgo` months and a day ago.
 */
export async function buildOverduePatent(ctx: AppContext, o: { orgId: number | null; region?: string; monthsAgo?: number; status?: string }) {
  const today = dayjs(todayIso(ctx));
  const appDate = today
    .subtract(11, 'year')
    .subtract(o.monthsAgo ?? 2, 'month')
    .format('YYYY-MM-DD');
  const grantDate = dayjs(appDate).add(3, 'year').format('YYYY-MM-DD');
  const { id } = await buildPatent(ctx, { appDate, grantDate, region: o.region ?? '370811002', title: '一种高价值测试专利' });
  await ctx.db
    .updateTable('patents')
    .set({ source_status: o.status ?? '专利权有效；未缴年费（滞纳期）' })
    .where('id', '=', id)
    .execute();
  if (o.orgId !== null)
    await ctx.db.insertInto('patent_parties').values({ patent_id: id, role: 'holder', seq: 1, name: '持有企业', org_id: o.orgId }).execute();
  return { id, appDate, grantDate };
}

/** A patent of `orgId` whose next annual fee is due in `daysAhead` days (filed `years` years before that). */
export async function buildPatentDueIn(
  ctx: AppContext,
  o: { orgId: number; daysAhead: number; years?: number; kind?: 'invention' | 'utility' | 'design'; region?: string },
) {
  // Year (years+1) starts on the anniversary `daysAhead + 1` days from today; the fee is due the day before.
  const anniversary = dayjs(todayIso(ctx)).add(o.daysAhead + 1, 'day');
  const appDate = anniversary.subtract(o.years ?? 5, 'year').format('YYYY-MM-DD');
  const grantDate = dayjs(appDate).add(2, 'year').format('YYYY-MM-DD');
  const { id } = await buildPatent(ctx, { kind: o.kind ?? 'invention', appDate, grantDate, region: o.region ?? '370811002', title: '一种年费提醒测试专利' });
  await ctx.db.insertInto('patent_parties').values({ patent_id: id, role: 'holder', seq: 1, name: '持有企业', org_id: o.orgId }).execute();
  return { id, appDate, grantDate };
}
