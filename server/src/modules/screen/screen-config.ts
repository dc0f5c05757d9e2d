import { findIndicator, type ScreenIndicator } from '@zhichan/contract';

/** Indicators the monitoring screen shows, by role on the page (catalogue keys). */
export const kpiKeys = [
  'effective_invention_patents',
  'effective_invention_patents_per_10k',
  'high_value_invention_patents',
  'high_value_invention_patents_per_10k',
  'effective_registered_trademarks',
  'patent_pledge_registrations',
  'patent_pledge_amount_yuan',
  'open_license_deals',
] as const;
export const mapKeys = [
  'effective_invention_patents_per_10k',
  'effective_invention_patents',
  'high_value_invention_patents_per_10k',
  'high_value_invention_patents',
  'effective_registered_trademarks',
  'patent_pledge_registrations',
] as const;
export const trendKeys = ['effective_invention_patents', 'high_value_invention_patents', 'patent_pledge_registrations'] as const;

/**
 * Default weights of the composite index (a region's bureau may set its own). Per-10,000-population
 * densities carry most weight so that a populous county does not win on size alone.
 */
export const defaultIndexWeights = [
  { key: 'effective_invention_patents_per_10k', weight: 30 },
  { key: 'high_value_invention_patents_per_10k', weight: 30 },
  { key: 'effective_registered_trademarks', weight: 15 },
  { key: 'patent_pledge_registrations', weight: 15 },
  { key: 'open_license_deals', weight: 10 },
];

/** Name, unit and decimals of an indicator, from the catalogue. */
export function indicatorMeta(key: string): ScreenIndicator {
  const d = findIndicator(key);
  return d ? { key, zh: d.zh, en: d.en, unit: d.unit, decimals: d.decimals } : { key, zh: key, en: key, unit: '', decimals: 0 };
}
