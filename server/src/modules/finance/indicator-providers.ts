import type { AppContext } from '../../platform/context.js';
import { countListedProductsByRegion } from './repository.js';

/**
 * Providers for the indicators module's registry (`registerIndicatorProvider(key, {method, sources: [], compute})`):
 * `financial_products` — finance products listed (reviewed by the bureau) on the period's last day, counted in the
 * region of the bureau that reviewed them (the nearest region holding every region the product serves).
 */
export const financeIndicatorProviders: [
  key: string,
  method: string,
  compute: (ctx: AppContext, q: { rootCode: string; period: { start: string; end: string } }) => Promise<Map<string, number>>,
][] = [
  [
    'financial_products',
    '统计期末在金融超市上架（经知识产权局审核）的知识产权金融产品，按审核地区计',
    async (ctx, q) => {
      const rows = await countListedProductsByRegion(ctx.db, q.rootCode, q.period.end);
      return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
    },
  ],
];
