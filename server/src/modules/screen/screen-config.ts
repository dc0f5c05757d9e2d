import type { ScreenIndicator } from '@zhichan/contract';

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

const local: Record<string, Omit<ScreenIndicator, 'key'>> = {
  effective_invention_patents: { zh: '有效发明专利', en: 'Effective invention patents', unit: '件', decimals: 0 },
  effective_invention_patents_per_10k: { zh: '每万人口发明专利拥有量', en: 'Invention patents per 10,000 population', unit: '件/万人', decimals: 1 },
  high_value_invention_patents: { zh: '高价值发明专利', en: 'High-value invention patents', unit: '件', decimals: 0 },
  high_value_invention_patents_per_10k: {
    zh: '每万人口高价值发明专利拥有量',
    en: 'High-value invention patents per 10,000 population',
    unit: '件/万人',
    decimals: 2,
  },
  effective_registered_trademarks: { zh: '有效注册商标', en: 'Effective registered trademarks', unit: '件', decimals: 0 },
  patent_pledge_registrations: { zh: '专利质押登记', en: 'Patent pledge registrations', unit: '笔', decimals: 0 },
  patent_pledge_amount_yuan: { zh: '专利质押登记金额', en: 'Patent pledge amount', unit: '元', decimals: 0 },
  open_license_deals: { zh: '开放许可达成许可', en: 'Open licence deals', unit: '件', decimals: 0 },
};

/** Name, unit and decimals of an indicator. */
export function indicatorMeta(key: string): ScreenIndicator {
  const m = local[key];
  return m ? { key, ...m } : { key, zh: key, en: key, unit: '', decimals: 0 };
}
