import { findIndicator } from '@zhichan/contract';

/**
 * How a figure key of `seed-figures.json` maps onto the catalogue. Keys carry suffixes for what
 * the source printed: `_yoy_pct`/`_growth_pct` (the published year-on-year rate), `_rank_in_province`
 * (published rank), `_min` (以上, at least), `_approx` (约), `_per_year` (a yearly target),
 * `_garbled` (characters lost in the source: never trusted as written). A few names differ from the
 * catalogue key or fix their own period; they are listed in ALIASES.
 */
export interface SeedKeyMapping {
  indicatorKey: string;
  measure: 'value' | 'yoy' | 'rank';
  qualifier: 'min' | 'approx' | null;
  perYear: boolean;
  garbled: boolean;
  /** The figure belongs to another period than its block (e.g. `ip_pledge_financing_2021_yuan`). */
  period?: string;
  note?: string;
}

const ALIASES: Record<string, { key: string; measure?: 'yoy'; period?: string; note?: string }> = {
  invention_patents_granted: { key: 'invention_patent_grants' },
  yoy_pct: { key: 'effective_invention_patents_per_10k', measure: 'yoy' },
  patent_pledge_financing: { key: 'patent_pledge_amount_yuan' },
  trademark_pledge_financing: { key: 'trademark_pledge_amount_yuan' },
  pledge_subsidy_enterprises: { key: 'pledge_interest_subsidy_enterprises' },
  pledge_subsidy_yuan: { key: 'pledge_interest_subsidy_paid_yuan' },
  trademark_cases_jan_nov: { key: 'trademark_cases', period: '2023-01..2023-11', note: '1—11月' },
  ip_pledge_financing_2021_yuan: { key: 'ip_pledge_amount_yuan', period: '2021' },
  ip_pledge_financing_2022_yuan: { key: 'ip_pledge_amount_yuan', period: '2022' },
  ip_pledge_financing_2023_yuan: { key: 'ip_pledge_amount_yuan', period: '2023' },
  gi_navel_orange_violations: { key: 'gi_cases', note: '赣南脐橙地理标志违法' },
  overseas_guidance_workstations_first_batch: { key: 'overseas_protection_workstations', note: '首批海外知识产权纠纷应对指导工作站' },
  fast_track_invention_cycle_months_before: { key: 'fast_track_invention_cycle_months', note: '快速预审前' },
  fast_track_invention_cycle_months_after: { key: 'fast_track_invention_cycle_months', note: '快速预审后' },
  ip_management_certified_enterprises: { key: 'enterprises_certified_ip_management_standard' },
  china_patent_awards_22nd: { key: 'china_patent_awards_won', note: '第二十二届中国专利奖' },
  ip_pledge_registration_amount_yuan: { key: 'ip_pledge_amount_yuan' },
  patent_product_filings: { key: 'patent_intensive_products_filed' },
  ip_standard_compliant_enterprises: { key: 'enterprises_certified_ip_management_standard' },
  national_advantage_demo_enterprises: { key: 'new_national_advantage_demo_enterprises' },
  training_sessions_in_pilot: { key: 'trainings', note: '试点期间' },
  trainees_in_pilot: { key: 'trainees', note: '试点期间' },
};

function strip(key: string, suffix: string): [string, boolean] {
  return key.endsWith(suffix) ? [key.slice(0, -suffix.length), true] : [key, false];
}

/** The catalogue indicator and measure of a seed figure key, or null when it maps to nothing. */
export function mapSeedKey(seedKey: string): SeedKeyMapping | null {
  let k = seedKey;
  let garbled = false;
  let min = false;
  let approx = false;
  let perYear = false;
  let yoy = false;
  let rank = false;
  [k, garbled] = strip(k, '_garbled');
  [k, min] = strip(k, '_min');
  [k, approx] = strip(k, '_approx');
  [k, perYear] = strip(k, '_per_year');
  if (k !== 'yoy_pct') {
    let growth = false;
    [k, yoy] = strip(k, '_yoy_pct');
    [k, growth] = strip(k, '_growth_pct');
    yoy = yoy || growth;
  }
  [k, rank] = strip(k, '_rank_in_province');
  const alias = ALIASES[k];
  // The rate or rank of an amount drops the unit: `patent_pledge_amount_yoy_pct` → `patent_pledge_amount_yuan`.
  const indicatorKey = alias?.key ?? (findIndicator(k) ? k : `${k}_yuan`);
  if (!findIndicator(indicatorKey)) return null;
  return {
    indicatorKey,
    measure: rank ? 'rank' : yoy || alias?.measure === 'yoy' ? 'yoy' : 'value',
    qualifier: min ? 'min' : approx ? 'approx' : null,
    perYear,
    garbled,
    ...(alias?.period ? { period: alias.period } : {}),
    ...(alias?.note ? { note: alias.note } : {}),
  };
}
