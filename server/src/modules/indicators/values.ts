import {
  findIndicator,
  indicatorCatalogue,
  parsePeriod,
  periodLabel,
  samePeriodLastYear,
  type IndicatorValue,
  type IndicatorValues,
  type Period,
  type PopulationBasis,
  type Provenance,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { chooseYoy, perTenThousand, rankAmong } from './calc.js';
import { chooseBasis, pickPopulation, rollUpToPanel } from './population.js';
import { regionAncestry } from '../regions/api.js';
import { computeIndicator, findIndicatorProvider } from './providers.js';
import { findApprovedFigures, findPanelRegions, findPopulation, findPopulationBases } from './repository.js';

export interface IndicatorValuesInput {
  /** Indicator keys; empty or absent = the whole catalogue. */
  keys?: readonly string[];
  regionCode: string;
  /** `2023`, `2023-Q2`, `2023-03` or `2023-01..2023-10`. */
  period: string;
  /** Add the child regions (city → counties → towns). */
  includeChildren?: boolean;
  /** With children: 1 = children (default), 2 = children and grandchildren. */
  depth?: 1 | 2;
  /** Population basis for per-10,000 values, instead of each region's chosen basis. */
  basis?: PopulationBasis;
}

type Cell = {
  value: number | null;
  provenance: Provenance | null;
  computedValue: number | null;
  figure?: { published_yoy_pct: number | null; published_rank: number | null };
};

/**
 * Indicator values (指标值) for a region — and with `includeChildren` its counties/towns — in one period:
 * for each region × indicator the value, its unit, the same period last year, the year-on-year change
 * in percent, the rank among sibling regions of the answer, and the provenance
 * `{kind: computed|reported, source, period, basis, qualifier, reportedId}`.
 *
 * Which value is shown: an approved reported figure for exactly that region and period (the
 * published statistic) takes precedence; otherwise the value computed by the indicator's provider
 * (rolled up from every region code below); per-10,000 indicators divide their numerator's value by
 * the population of the region's basis (census by default, see population.ts). YoY is computed when
 * last year's value exists and is of the same kind (both reported or both computed), else the
 * published rate of the reported figure, else none. A per-10,000 value carries its count's
 * provenance with `derivedFrom` (the count and the formula). The root region's rank
 * is the published provincial rank when one was reported.
 *
 * `actor` null means the system itself (bulletin generation, assessment, demo); otherwise the
 * region must be within the actor's jurisdiction (403). The signature is stable; extend additively.
 */
export async function indicatorValues(ctx: AppContext, actor: Actor | null, input: IndicatorValuesInput): Promise<IndicatorValues> {
  const period = parsePeriod(input.period);
  if (!period) throw badRequest('统计期格式不正确', { period: '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10' });
  const keys = input.keys && input.keys.length > 0 ? [...new Set(input.keys)] : indicatorCatalogue.map((d) => d.key);
  const unknown = keys.filter((k) => !findIndicator(k));
  if (unknown.length > 0) throw badRequest(`未知的指标代码：${unknown.join('、')}`, { keys: `未知的指标代码：${unknown.join('、')}` });
  if (actor) assertRegionInJurisdiction(actor, input.regionCode);
  const depth = input.includeChildren ? (input.depth ?? 1) : 0;
  const regions = await findPanelRegions(ctx.db, input.regionCode, depth);
  if (regions.length === 0) throw notFound('行政区划');
  const lastYearCode = samePeriodLastYear(period.code);
  const lastYear = parsePeriod(lastYearCode) as Period;
  const codes = regions.map((r) => r.code);

  const needed = new Set(keys);
  for (const k of keys) {
    const n = findIndicator(k)?.perCapitaOf;
    if (n) needed.add(n);
  }
  const figures = new Map<string, Awaited<ReturnType<typeof findApprovedFigures>>[number]>();
  for (const f of await findApprovedFigures(ctx.db, codes, [period.code, lastYearCode], [...needed])) {
    const k = `${f.indicator_key}|${f.region_code}|${f.period}`;
    if (!figures.has(k)) figures.set(k, f);
  }

  const computed = new Map<string, Map<string, number>>();
  await Promise.all(
    [...needed].flatMap((key) => {
      const p = findIndicatorProvider(key);
      if (!p) return [];
      return [period, lastYear].map(async (per) => {
        const raw = await computeIndicator(ctx, key, p, input.regionCode, per);
        computed.set(`${key}|${per.code}`, rollUpToPanel(raw, codes, input.regionCode));
      });
    }),
  );

  const needsPopulation = keys.some((k) => findIndicator(k)?.perCapitaOf);
  const population = needsPopulation ? await findPopulation(ctx.db, codes, period.year) : [];
  const bases = needsPopulation ? await findPopulationBases(ctx.db, [...new Set(codes.flatMap(regionAncestry))]) : new Map<string, string>();

  const direct = (key: string, code: string, per: Period): Cell => {
    const f = figures.get(`${key}|${code}|${per.code}`);
    const p = findIndicatorProvider(key);
    const c = computed.get(`${key}|${per.code}`)?.get(code) ?? null;
    if (f) {
      return {
        value: f.value,
        computedValue: c,
        figure: f,
        provenance: { kind: 'reported', source: f.source, period: f.period, basis: null, qualifier: f.qualifier, reportedId: f.id, derivedFrom: null },
      };
    }
    if (p && c !== null)
      return {
        value: c,
        computedValue: c,
        provenance: { kind: 'computed', source: p.method, period: per.code, basis: null, qualifier: null, reportedId: null, derivedFrom: null },
      };
    return { value: null, computedValue: null, provenance: null };
  };

  const cell = (key: string, code: string, per: Period): Cell => {
    const def = findIndicator(key);
    const own = direct(key, code, per);
    if (!def?.perCapitaOf || own.provenance?.kind === 'reported') return own;
    const num = direct(def.perCapitaOf, code, per);
    const { basis } = chooseBasis(code, bases, input.basis);
    const pop = pickPopulation(population, code, per.year, basis);
    if (num.value === null || !pop || !num.provenance) return { value: null, computedValue: null, provenance: null };
    const popN = Number(pop.population);
    const v = perTenThousand(num.value, popN, def.decimals);
    return {
      value: v,
      computedValue: num.provenance.kind === 'computed' ? v : null,
      // The count's provenance (kind, source, qualifier, reported id), marked as derived from it.
      provenance: {
        ...num.provenance,
        basis: { basis, year: pop.year, population: popN, source: pop.source, regionCode: pop.region_code },
        derivedFrom: { indicatorKey: def.perCapitaOf, value: num.value, formula: `${num.value} ÷ ${popN} × 10000` },
      },
    };
  };

  const rows: IndicatorValue[] = [];
  for (const key of keys) {
    const def = findIndicator(key);
    if (!def) continue;
    const byRegion = new Map<string, IndicatorValue>();
    for (const r of regions) {
      const now = cell(key, r.code, period);
      const before = cell(key, r.code, lastYear);
      // A rate only between two values of the same kind, else the published rate (calc.ts chooseYoy).
      const yoy = chooseYoy(
        { value: now.value, kind: now.provenance?.kind ?? null },
        { value: before.value, kind: before.provenance?.kind ?? null },
        now.figure?.published_yoy_pct ?? null,
      );
      const publishedRank = r.depth === 0 ? (now.figure?.published_rank ?? null) : null;
      byRegion.set(r.code, {
        indicatorKey: key,
        regionCode: r.code,
        value: now.value,
        unit: def.unit,
        lastYearValue: before.value,
        yoyPct: yoy.yoyPct,
        yoySource: yoy.yoySource,
        rank: publishedRank,
        rankOf: null,
        rankScope: publishedRank !== null ? 'province_published' : null,
        provenance: now.provenance,
        computedValue: now.computedValue,
      });
    }
    // Rank among siblings: regions of the answer that share a parent.
    const groups = new Map<string, string[]>();
    for (const r of regions) if (r.depth > 0 && r.parent_code) groups.set(r.parent_code, [...(groups.get(r.parent_code) ?? []), r.code]);
    for (const members of groups.values()) {
      const ranks = rankAmong(new Map(members.map((c) => [c, byRegion.get(c)?.value ?? null])));
      for (const c of members) {
        const row = byRegion.get(c);
        const rank = ranks.get(c);
        if (row && rank !== undefined) Object.assign(row, { rank, rankOf: ranks.size, rankScope: 'siblings' });
      }
    }
    rows.push(...byRegion.values());
  }
  return {
    period: period.code,
    periodLabel: periodLabel(period.code),
    lastYearPeriod: lastYearCode,
    keys,
    regions: regions.map((r) => ({ regionCode: r.code, regionName: r.name, level: r.level, parentCode: r.parent_code, depth: r.depth })),
    rows,
  };
}
