import { describe, expect, it } from 'vitest';
import { parsePeriod } from '@zhichan/contract';
import { hasSharedData, sharedDataDir } from '../../../test/shared-data.js';
import { mapSeedKey } from './seed-keys.js';
import { readSeedFigures, SEED_FIGURES_FILE } from './seed-figures.js';

const present = hasSharedData('every figure of seed-figures.json maps to the catalogue', [SEED_FIGURES_FILE]);
const seed = present ? readSeedFigures(sharedDataDir) : null;

describe.skipIf(!present)('every figure of seed-figures.json maps to the catalogue', () => {
  it('walks every actual and target figure', () => {
    const blocks = [...(seed?.actuals ?? []), ...(seed?.targets ?? [])];
    const unmapped: string[] = [];
    let n = 0;
    for (const b of blocks) {
      for (const key of Object.keys(b.figures)) {
        n++;
        if (!mapSeedKey(key)) unmapped.push(`${b.region}: ${key}`);
      }
    }
    expect(unmapped).toEqual([]);
    expect(n).toBeGreaterThan(200);
  });
  it('reads the suffixes the source uses', () => {
    expect(mapSeedKey('effective_invention_patents_per_10k_yoy_pct')).toMatchObject({ indicatorKey: 'effective_invention_patents_per_10k', measure: 'yoy' });
    expect(mapSeedKey('patent_pledge_amount_rank_in_province')).toMatchObject({ indicatorKey: 'patent_pledge_amount_yuan', measure: 'rank' });
    expect(mapSeedKey('effective_registered_trademarks_min')).toMatchObject({ indicatorKey: 'effective_registered_trademarks', qualifier: 'min' });
    expect(mapSeedKey('patent_pledge_financing_garbled')).toMatchObject({ indicatorKey: 'patent_pledge_amount_yuan', garbled: true });
    expect(mapSeedKey('patent_transactions_growth_pct_min')).toMatchObject({ indicatorKey: 'patent_transactions', measure: 'yoy', qualifier: 'min' });
    expect(mapSeedKey('no_such_figure')).toBeNull();
    for (const b of seed?.actuals ?? []) expect(parsePeriod(b.period), b.period).not.toBeNull();
  });
});
