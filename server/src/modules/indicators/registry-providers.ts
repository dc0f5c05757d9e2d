import type { AppContext } from '../../platform/context.js';
import { regionPrefix } from '../../platform/jurisdiction.js';
import { onPatentsWritten } from '../patents/api.js';
import { countEffectiveInventions, countGrants, notePatentsWritten, snapshotScope } from './patent-snapshot.js';
import { bumpIndicatorData, cachedByVersion, registerIndicatorProvider } from './providers.js';
import { countEnterprisesByDay, countGeoIndications, countTrademarksInTerm, organisationsFingerprint } from './repository.js';

/**
 * Providers of the indicators computed from the registry today: effective and high-value invention
 * patents (legal state on the period's last day, derived from the event history), patent grants,
 * effective trademarks, geographical indications and registered enterprises. Patent counts are made
 * from the cached columnar snapshot (patent-snapshot.ts); the others query on read. Open licences,
 * pledges and cases register theirs from their own modules when they exist.
 */

const toMap = (rows: { code: string | null; n: number | string | null }[]) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};

/** Registers the registry's indicator providers and the patent write hook that invalidates their caches. */
export function registerRegistryProviders(): void {
  registerIndicatorProvider('effective_invention_patents', {
    method: '登记簿中权利人在本区划、基准日有效的发明专利（已授权、未届满、未终止）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countEffectiveInventions(ctx, regionPrefix(rootCode), rootCode, period.end, false),
  });

  registerIndicatorProvider('high_value_invention_patents', {
    method: '有效发明专利中符合国家知识产权局高价值五项标准之一者',
    sources: [],
    compute: (ctx, { rootCode, period }) => countEffectiveInventions(ctx, regionPrefix(rootCode), rootCode, period.end, true),
  });

  registerIndicatorProvider('patent_grants', {
    method: '登记簿中授权公告日在统计期内的专利（三种）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countGrants(ctx, regionPrefix(rootCode), rootCode, period.start, period.end, false),
  });
  registerIndicatorProvider('invention_patent_grants', {
    method: '登记簿中授权公告日在统计期内的发明专利',
    sources: [],
    compute: (ctx, { rootCode, period }) => countGrants(ctx, regionPrefix(rootCode), rootCode, period.start, period.end, true),
  });

  // Same rule as the trademark register's derived state (trademarks/service.ts presentTrademark).
  const TRADEMARK_ENDED = /注销|撤销|无效|失效|cancel|invalid|revoked/i;

  registerIndicatorProvider('effective_registered_trademarks', {
    method: '商标登记簿中注册人在本区划、基准日在有效期内且未注销撤销的注册商标',
    sources: [],
    compute: async (ctx, { rootCode, period }) => {
      const rows = await countTrademarksInTerm(ctx.db, rootCode, period.end);
      return toMap(rows.filter((r) => !TRADEMARK_ENDED.test(r.status)));
    },
  });

  function giProvider(kind: string | null, method: string) {
    return {
      method,
      sources: [],
      compute: async (ctx: AppContext, { rootCode, period }: { rootCode: string; period: { end: string } }) => {
        return toMap(await countGeoIndications(ctx.db, rootCode, period.end, kind));
      },
    };
  }
  registerIndicatorProvider('geographical_indications', giProvider(null, '地理标志登记中本区划有效的地理标志（产品、证明商标、集体商标）'));
  registerIndicatorProvider('gi_products', giProvider('product', '地理标志登记中本区划有效的地理标志保护产品'));
  registerIndicatorProvider('gi_certification_trademarks', giProvider('certification_mark', '地理标志登记中本区划有效的地理标志证明商标'));

  /**
   * Active enterprises per region and registration day, loaded once while the organisations table is
   * unchanged (no write hook exists for registrations); a count on any date is then a scan of memory.
   */
  async function enterpriseDays(ctx: AppContext, rootCode: string) {
    const scope = snapshotScope(rootCode);
    return cachedByVersion(ctx.db, `enterprise-days|${scope}|${await organisationsFingerprint(ctx.db)}`, [], async () => {
      const rows = await countEnterprisesByDay(ctx.db, scope);
      return rows.map((r) => ({ code: r.region_code, day: r.day, n: Number(r.n) }));
    });
  }

  registerIndicatorProvider('registered_enterprises', {
    method: '平台上本区划已通过实名审核的企业',
    sources: [],
    compute: async (ctx, { rootCode, period }) => {
      const prefix = regionPrefix(rootCode);
      return toMap((await enterpriseDays(ctx, rootCode)).filter((r) => r.day <= period.end && r.code.startsWith(prefix)));
    },
  });

  // Any patent write (import, events, licences, pledges) changes the counts above.
  onPatentsWritten((ctx, _trx, ids) => {
    bumpIndicatorData(ctx.db, 'patents');
    notePatentsWritten(ctx.db, ids);
    return Promise.resolve();
  });
}
