import type { PopulationBasis } from '@zhichan/contract';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { regionAncestry } from '../regions/api.js';

/** Choosing the population a per-10,000 value divides by (人口口径). */

export interface PopulationFigure {
  region_code: string;
  year: number;
  basis: string;
  population: number | string;
  source: string;
}

/**
 * The basis a region's per-10,000 values use: an explicit override, else the basis set for the
 * region or its nearest ancestor, else the census. Bozhou publishes on the year-end resident
 * population; Jining on the 2020 census.
 */
export function chooseBasis(code: string, bases: ReadonlyMap<string, string>, override?: PopulationBasis): { basis: PopulationBasis; inherited: boolean } {
  if (override) return { basis: override, inherited: false };
  for (const c of regionAncestry(code)) {
    const b = bases.get(c);
    if (b) return { basis: b as PopulationBasis, inherited: c !== code };
  }
  return { basis: 'census', inherited: true };
}

/** The latest figure of that basis for the region in or before the year (census 2020 serves 2023). */
export function pickPopulation(rows: readonly PopulationFigure[], code: string, year: number, basis: PopulationBasis): PopulationFigure | undefined {
  let best: PopulationFigure | undefined;
  for (const r of rows) {
    if (r.region_code !== code || r.basis !== basis || r.year > year) continue;
    if (!best || r.year > best.year) best = r;
  }
  return best;
}

/**
 * Sums raw per-code counts into every panel region at or above each code (a town's count adds to its
 * county and city): O(codes × 4) instead of comparing every code with every region.
 */
export function rollUpToPanel(raw: ReadonlyMap<string, number>, panel: readonly string[], rootCode: string): Map<string, number> {
  const out = new Map<string, number>(panel.map((c) => [c, 0]));
  for (const [code, n] of raw) {
    if (!isWithinRegion(code, rootCode)) continue;
    for (const a of regionAncestry(code)) {
      const v = out.get(a);
      if (v !== undefined) out.set(a, v + n);
    }
  }
  return out;
}
