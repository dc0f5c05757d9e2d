import { sql } from 'kysely';
import dayjs from 'dayjs';
import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { countHighValueByRegion } from '../high-value/repository.js';
import { onPatentsWritten } from '../patents/write-hooks.js';
import { bumpIndicatorData, registerIndicatorProvider } from './providers.js';

/**
 * Providers of the indicators computed from the registry today: effective and high-value invention
 * patents (legal state on the period's last day, derived from the event history), patent grants,
 * effective trademarks, geographical indications and registered enterprises. Open licences,
 * pledges and cases register theirs from their own modules when they exist.
 */

const toMap = (rows: { code: string | null; n: number | string | null }[]) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};

// Effective and high-value counts come from one query; the two providers share its result.
async function inventionCounts(ctx: AppContext, rootCode: string, date: string) {
  const threshold = await getSetting(ctx.db, 'high_value.pledge_threshold');
  const tenYearsBefore = dayjs(date).subtract(10, 'year').format('YYYY-MM-DD');
  return countHighValueByRegion(ctx.db, rootCode, date, tenYearsBefore, threshold);
}

registerIndicatorProvider('effective_invention_patents', {
  method: '登记簿中权利人在本区划、基准日有效的发明专利（未届满、未终止）',
  sources: ['patents'],
  compute: async (ctx, { rootCode, period }) => toMap((await inventionCounts(ctx, rootCode, period.end)).map((r) => ({ code: r.child, n: r.effective }))),
});

registerIndicatorProvider('high_value_invention_patents', {
  method: '有效发明专利中符合国家知识产权局高价值五项标准之一者',
  sources: ['patents'],
  compute: async (ctx, { rootCode, period }) => toMap((await inventionCounts(ctx, rootCode, period.end)).map((r) => ({ code: r.child, n: r.high_value }))),
});

async function grants(db: Executor, rootCode: string, start: string, end: string, inventionOnly: boolean) {
  let q = db
    .selectFrom('patents')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('grant_date', '>=', start)
    .where('grant_date', '<=', end);
  if (inventionOnly) q = q.where('kind', '=', 'invention');
  return toMap(await q.groupBy('region_code').execute());
}

registerIndicatorProvider('patent_grants', {
  method: '登记簿中授权公告日在统计期内的专利（三种）',
  sources: ['patents'],
  compute: (ctx, { rootCode, period }) => grants(ctx.db, rootCode, period.start, period.end, false),
});
registerIndicatorProvider('invention_patent_grants', {
  method: '登记簿中授权公告日在统计期内的发明专利',
  sources: ['patents'],
  compute: (ctx, { rootCode, period }) => grants(ctx.db, rootCode, period.start, period.end, true),
});

// Same rule as the trademark register's derived state (trademarks/service.ts presentTrademark).
const TRADEMARK_ENDED = /注销|撤销|无效|失效|cancel|invalid|revoked/i;

registerIndicatorProvider('effective_registered_trademarks', {
  method: '商标登记簿中注册人在本区划、基准日在有效期内且未注销撤销的注册商标',
  sources: [],
  compute: async (ctx, { rootCode, period }) => {
    const rows = await ctx.db
      .selectFrom('trademarks')
      .select(['region_code as code', 'status', sql<number>`count(*)`.as('n')])
      .where(regionCondition('region_code', rootCode))
      .where('reg_date', '<=', period.end)
      .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', period.end)]))
      .groupBy(['region_code', 'status'])
      .execute();
    return toMap(rows.filter((r) => !TRADEMARK_ENDED.test(r.status)));
  },
});

function giProvider(kind: string | null, method: string) {
  return {
    method,
    sources: [],
    compute: async (ctx: AppContext, { rootCode, period }: { rootCode: string; period: { end: string } }) => {
      let q = ctx.db
        .selectFrom('geo_indications')
        .select(['region_code as code', sql<number>`count(*)`.as('n')])
        .where(regionCondition('region_code', rootCode))
        .where('status', '=', 'active')
        .where((eb) => eb.or([eb('approved_on', 'is', null), eb('approved_on', '<=', period.end)]));
      if (kind) q = q.where('kind', '=', kind);
      return toMap(await q.groupBy('region_code').execute());
    },
  };
}
registerIndicatorProvider('geographical_indications', giProvider(null, '地理标志登记中本区划有效的地理标志（产品、证明商标、集体商标）'));
registerIndicatorProvider('gi_products', giProvider('product', '地理标志登记中本区划有效的地理标志保护产品'));
registerIndicatorProvider('gi_certification_trademarks', giProvider('certification_mark', '地理标志登记中本区划有效的地理标志证明商标'));

registerIndicatorProvider('registered_enterprises', {
  method: '平台上本区划已通过实名审核的企业',
  sources: [],
  compute: async (ctx, { rootCode, period }) =>
    toMap(
      await ctx.db
        .selectFrom('organisations')
        .select(['region_code as code', sql<number>`count(*)`.as('n')])
        .where(regionCondition('region_code', rootCode))
        .where('kind', '=', 'enterprise')
        .where('status', '=', 'active')
        .where('created_at', '<=', `${period.end}T23:59:59.999Z`)
        .groupBy('region_code')
        .execute(),
    ),
});

// Any patent write (import, events, licences, pledges) changes the counts above.
onPatentsWritten((ctx) => {
  bumpIndicatorData(ctx.db, 'patents');
  return Promise.resolve();
});
