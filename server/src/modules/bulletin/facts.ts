import { findIndicator, indicatorCatalogue, parsePeriod, periodLabel } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { indicatorValues } from '../indicators/api.js';
import type { FigureFacts, IndicatorInfo, RenderInput } from './render.js';

/** A period code (2023, 2023-Q2, 2023-03, 2023-01..2023-10) as the bulletin words it. */
export function parseBulletinPeriod(code: string): RenderInput['period'] | null {
  const p = parsePeriod(code);
  return p ? { code: p.code, kind: p.kind, end: p.end, label: periodLabel(p.code) } : null;
}

const info = (key: string): IndicatorInfo | undefined => {
  const d = findIndicator(key);
  return d ? { zh: d.zh, unit: d.unit, decimals: d.decimals, link: d.link, caliber: d.caliber } : undefined;
};
const order = indicatorCatalogue.map((d) => d.key);

/**
 * Every figure of the region in the period, through the indicators module's values service: approved
 * reported figures (with their published rate, rank and qualifier) and computed values, each with
 * its provenance. Jurisdiction is checked by the caller.
 */
export async function loadBulletinFacts(ctx: AppContext, regionCode: string, period: RenderInput['period']) {
  const res = await indicatorValues(ctx, null, { regionCode, period: period.code });
  const figures = new Map<string, FigureFacts>();
  for (const r of res.rows) {
    // A computed zero is "nothing to report", not a figure to print.
    if (r.regionCode !== regionCode || r.value === null || !r.provenance) continue;
    if (r.provenance.kind === 'computed' && r.value === 0) continue;
    const b = r.provenance.basis;
    const d = r.provenance.derivedFrom;
    figures.set(r.indicatorKey, {
      key: r.indicatorKey,
      value: r.value,
      qualifier: r.provenance.qualifier,
      // The values service computes a rate only between values of the same kind, else the published one.
      yoyPct: r.yoyPct,
      yoySource: r.yoySource,
      provinceRank: r.rankScope === 'province_published' ? r.rank : null,
      origin: r.provenance.kind,
      source: d ? `${d.formula}；${info(d.indicatorKey)?.zh ?? d.indicatorKey}：${r.provenance.source}` : r.provenance.source,
      period: r.provenance.period,
      periodLabel: periodLabel(r.provenance.period),
      basis: b ? `${b.source} ${b.year}年 ${b.population}人（${b.basis}）` : null,
    });
  }
  return { figures, info, order };
}
