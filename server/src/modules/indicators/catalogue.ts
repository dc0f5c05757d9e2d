import { indicatorCatalogue, type Indicator } from '@zhichan/contract';
import { findIndicatorProvider } from './providers.js';

/** The catalogue with each indicator's current definition: computed once a provider exists, reported until then. */
export function listIndicators(): { items: Indicator[] } {
  return {
    items: indicatorCatalogue.map((d) => {
      const p = findIndicatorProvider(d.key) ?? (d.perCapitaOf ? findIndicatorProvider(d.perCapitaOf) : undefined);
      return {
        key: d.key,
        zh: d.zh,
        en: d.en,
        unit: d.unit,
        link: d.link,
        decimals: d.decimals,
        aggregation: d.aggregation,
        perCapitaOf: d.perCapitaOf ?? null,
        definition: p ? 'computed' : 'reported',
        method: p ? (d.perCapitaOf ? `${p.method} ÷ 人口 × 10000` : p.method) : null,
        caliber: d.caliber,
      };
    }),
  };
}
