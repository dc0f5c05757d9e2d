import {
  parsePeriod,
  periodLabel,
  type IndexWeights,
  type Period,
  type PutIndexWeightsBody,
  type ScreenData,
  type ScreenMap,
  type ScreenValue,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { computeIndicator, type IndicatorProvider } from '../indicators/api.js';
import { findRegion, regionAncestry } from '../regions/api.js';
import { compositeIndex, indexFormula } from './composite-index.js';
import { topHoldersFromSnapshot } from './holder-index.js';
import { loadValues, type SourcedValue } from './indicator-source.js';
import { findIndexWeights, findLatestFigureYear, findRegionsUnder, replaceIndexWeights } from './repository.js';
import { buildSchematicMap } from './schematic-map.js';
import { defaultIndexWeights, indicatorMeta, kpiKeys, mapKeys, trendKeys } from './screen-config.js';

/** The region a screen or bulletin is about: the asked one (must be within reach) or the user's own. */
export async function resolveRegion(ctx: AppContext, actor: Actor, code: string | undefined) {
  const regionCode = code ?? actor.regionCode;
  assertRegionInJurisdiction(actor, regionCode);
  const region = await findRegion(ctx.db, regionCode);
  if (!region) throw notFound('行政区划');
  return region;
}

/** Last year, or the latest year with published yearly figures when last year has none yet. */
export async function defaultYear(ctx: AppContext, regionCode: string): Promise<number> {
  const last = Number(todayIso(ctx).slice(0, 4)) - 1;
  const latest = await findLatestFigureYear(ctx.db, regionCode);
  return latest !== null && latest < last ? latest : last;
}

/** The weights that apply to a region: its own, else its nearest ancestor's, else the defaults. */
export async function resolveWeights(ctx: AppContext, regionCode: string) {
  const lineage = regionAncestry(regionCode);
  const rows = await findIndexWeights(ctx.db, lineage);
  for (const code of lineage) {
    const own = rows.filter((r) => r.region_code === code);
    if (own.length > 0) return { weightsFrom: code, weights: own.map((r) => ({ key: r.indicator_key, weight: Number(r.weight) })) };
  }
  return { weightsFrom: null, weights: defaultIndexWeights };
}

// The top list counts every effective patent of the region from memory (holder-index.ts, beside the
// indicators' patent snapshot) and rides on the indicators module's version-keyed cache.
const holdersProvider: IndicatorProvider = {
  method: '有效发明专利拥有量前十的权利人',
  sources: ['patents'],
  compute: async (ctx, { rootCode, period }) => new Map((await topHoldersFromSnapshot(ctx, rootCode, period.end, 10)).map((h) => [h.name, h.count])),
};
async function topHoldersCached(ctx: AppContext, rootCode: string, period: Period) {
  const top = await computeIndicator(ctx, 'screen.top_holders', holdersProvider, rootCode, period);
  return [...top].map(([name, count]) => ({ name, count }));
}

/** Everything the monitoring screen shows, in one load. */
export async function getScreenData(
  ctx: AppContext,
  actor: Actor,
  query: { region?: string | undefined; year?: number | undefined; period?: string | undefined },
): Promise<ScreenData> {
  const root = await resolveRegion(ctx, actor, query.region);
  const period = parsePeriod(query.period ?? String(query.year ?? (await defaultYear(ctx, root.code))));
  if (!period) throw badRequest('统计期格式不正确', { period: '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10' });
  const year = period.year;
  const children = await findRegionsUnder(ctx.db, [root.code]);
  const grandchildren = await findRegionsUnder(
    ctx.db,
    children.map((c) => c.code),
  );
  const { weightsFrom, weights } = await resolveWeights(ctx, root.code);
  const keys = [...new Set<string>([...kpiKeys, ...mapKeys, ...trendKeys, ...weights.map((w) => w.key)])];
  const years = [year - 4, year - 3, year - 2, year - 1, year];
  const [values, topHolders, refreshSeconds] = await Promise.all([
    loadValues(ctx, root.code, keys, period.code, trendKeys, years),
    topHoldersCached(ctx, root.code, period),
    getSetting(ctx.db, 'screen.refresh_seconds'),
  ]);
  const num = (v: SourcedValue | undefined) => (v ? v.value : null);
  const current = (key: string): ScreenValue => {
    const v = values.value(root.code, key);
    return {
      value: num(v),
      previous: v?.lastYear ?? null,
      yoyPct: v?.yoyPct ?? null,
      origin: v?.origin ?? null,
      source: v?.source ?? null,
      qualifier: v?.qualifier ?? null,
    };
  };
  const valuesOf = (code: string) => Object.fromEntries(keys.map((k) => [k, num(values.value(code, k))]));
  const childRows = children.map((c) => ({ code: c.code, name: c.name, parentCode: c.parent_code, values: valuesOf(c.code) }));
  const scores = compositeIndex(childRows, weights);
  return {
    region: { code: root.code, name: root.name, level: root.level, parentCode: root.parent_code },
    year,
    period: period.code,
    periodLabel: periodLabel(period.code),
    generatedAt: nowIso(ctx),
    refreshSeconds,
    indicators: keys.map(indicatorMeta),
    mapIndicators: [...mapKeys],
    kpis: kpiKeys.map((key) => ({ key, current: current(key) })),
    own: { code: root.code, name: root.name, parentCode: root.parent_code, values: valuesOf(root.code) },
    children: childRows,
    grandchildren: grandchildren.map((g) => ({ code: g.code, name: g.name, parentCode: g.parent_code, values: valuesOf(g.code) })),
    // A zero next to published figures (an empty registry before the platform's time) reads as a
    // collapse; on the trend a zero is "no figure".
    trend: { years, series: trendKeys.map((key) => ({ key, values: years.map((y) => values.yearly(key, y) || null) })) },
    topHolders,
    index: {
      formulaZh: indexFormula.zh,
      formulaEn: indexFormula.en,
      weightsFrom,
      weights,
      ranking: scores
        .map((s, i) => ({ ...s, name: childRows[i]?.name ?? s.code }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code)),
    },
  };
}

/** The schematic hex map of a region's children and grandchildren. */
export async function getScreenMap(ctx: AppContext, actor: Actor, regionCode: string | undefined): Promise<ScreenMap> {
  const root = await resolveRegion(ctx, actor, regionCode);
  const children = await findRegionsUnder(ctx.db, [root.code]);
  const grandchildren = await findRegionsUnder(
    ctx.db,
    children.map((c) => c.code),
  );
  const groups = (children.length > 0 ? children : [root]).map((c) => ({
    code: c.code,
    name: c.name,
    children: grandchildren.filter((g) => g.parent_code === c.code).map((g) => ({ code: g.code, name: g.name })),
  }));
  return { region: root.code, schematic: true, ...buildSchematicMap(root.code, groups) };
}

/** The composite index weights that apply to a region. */
export async function getIndexWeights(ctx: AppContext, actor: Actor, regionCode: string | undefined): Promise<IndexWeights> {
  const region = await resolveRegion(ctx, actor, regionCode);
  return { region: region.code, ...(await resolveWeights(ctx, region.code)) };
}

/** Sets a region's own composite index weights; the screen's ranking follows at once. */
export async function setIndexWeights(ctx: AppContext, actor: Actor, body: PutIndexWeightsBody): Promise<IndexWeights> {
  const region = await resolveRegion(ctx, actor, body.region);
  const before = await resolveWeights(ctx, region.code);
  await mutate(ctx, actor, async (trx) => {
    await replaceIndexWeights(trx, region.code, body.weights, nowIso(ctx));
    return {
      value: null,
      audit: {
        action: 'screen.index_weights',
        entityType: 'setting',
        entityId: `screen_index_weights:${region.code}`,
        regionCode: region.code,
        before,
        after: body.weights,
      },
    };
  });
  return getIndexWeights(ctx, actor, region.code);
}
