import { findIndicator, indicatorCatalogue, parsePeriod, periodLabel, samePeriodLastYear, type IndicatorValue } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { findFigure } from '../indicators/reported-repository.js';
import { indicatorValues } from '../indicators/values.js';
import type { FigureFacts, IndicatorInfo, RenderInput } from './render.js';

/** A period code (2023, 2023-Q2, 2023-03, 2023-01..2023-10) as the bulletin words it. */
export function parseBulletinPeriod(code: string): RenderInput['period'] | null {
  const p = parsePeriod(code);
  return p ? { code: p.code, kind: p.kind, end: p.end, label: periodLabel(p.code) } : null;
}

const info = (key: string): IndicatorInfo | undefined => {
  const d = findIndicator(key);
  return d ? { zh: d.zh, unit: d.unit, decimals: d.decimals, link: d.link } : undefined;
};
const order = indicatorCatalogue.map((d) => d.key);

/**
 * Every figure of the region in the period, through the indicators module's values service: approved
 * reported figures (with their published rate, rank and qualifier) and computed values, each with
 * its provenance. Jurisdiction is checked by the caller.
 */
export async function loadBulletinFacts(ctx: AppContext, regionCode: string, period: RenderInput['period']) {
  const [res, before] = await Promise.all([
    indicatorValues(ctx, null, { regionCode, period: period.code }),
    indicatorValues(ctx, null, { regionCode, period: samePeriodLastYear(period.code) }),
  ]);
  const lastYear = new Map(before.rows.filter((r) => r.regionCode === regionCode).map((r) => [r.indicatorKey, r]));
  const figures = new Map<string, FigureFacts>();
  for (const r of res.rows) {
    // A computed zero is "nothing to report", not a figure to print.
    if (r.regionCode !== regionCode || r.value === null || !r.provenance) continue;
    if (r.provenance.kind === 'computed' && r.value === 0) continue;
    const b = r.provenance.basis;
    figures.set(r.indicatorKey, {
      key: r.indicatorKey,
      value: r.value,
      qualifier: r.provenance.qualifier,
      ...(await yearOnYear(ctx, r, lastYear.get(r.indicatorKey))),
      provinceRank: r.rankScope === 'province_published' ? r.rank : null,
      origin: r.provenance.kind,
      source: r.provenance.source,
      period: r.provenance.period,
      periodLabel: periodLabel(r.provenance.period),
      basis: b ? `${b.source} ${b.year}年 ${b.population}人（${b.basis}）` : null,
    });
  }
  return { figures, info, order };
}

/**
 * The rate the bulletin prints. A published figure keeps the rate published with it; a rate is
 * computed only between two values of the same kind — a reported 7420 over last year's count of
 * the platform's own (partial) registry would print a meaningless rate.
 */
async function yearOnYear(ctx: AppContext, now: IndicatorValue, before: IndicatorValue | undefined): Promise<Pick<FigureFacts, 'yoyPct' | 'yoySource'>> {
  const id = now.provenance?.reportedId;
  // A per-10,000 value computed from a reported numerator carries the numerator's id: not its rate.
  const figure = id ? await findFigure(ctx.db, id) : undefined;
  const published = figure?.indicator_key === now.indicatorKey ? figure.published_yoy_pct : null;
  if (published !== null) return { yoyPct: published, yoySource: 'published' };
  const sameKind = before?.provenance && now.provenance && before.provenance.kind === now.provenance.kind;
  if (sameKind && now.yoySource === 'computed' && now.yoyPct !== null) return { yoyPct: now.yoyPct, yoySource: 'computed' };
  return { yoyPct: null, yoySource: null };
}
