/** Pure calculations of indicator values (统计口径, domain-rules.md "Statistics"). */

/** Rounds half away from zero to `decimals` places, as published figures are rounded. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON)) / f;
}

/**
 * Per-10,000-population value (每万人口…拥有量) = count ÷ population × 10,000, rounded to the
 * indicator's published decimals. Jining 2023: 7,420 ÷ 8,357,897 × 10,000 = 8.9 (1 decimal).
 */
export function perTenThousand(count: number, population: number, decimals: number): number | null {
  if (!(population > 0)) return null;
  return roundTo((count / population) * 10_000, decimals);
}

/**
 * Year-on-year growth (同比) = (this period − same period last year) ÷ same period last year, in
 * percent with 2 decimals; null when last year is missing or zero.
 */
export function yoyPct(current: number | null, lastYear: number | null): number | null {
  if (current === null || lastYear === null || lastYear === 0) return null;
  return roundTo(((current - lastYear) / Math.abs(lastYear)) * 100, 2);
}

type Kind = 'computed' | 'reported';
/**
 * The year-on-year rate shown with a value: computed only between two values of the same kind (both
 * reported or both computed) — a reported figure over last year's count of the platform's own,
 * partial registry means nothing — else the rate published with this year's figure, else none.
 */
export function chooseYoy(
  now: { value: number | null; kind: Kind | null },
  before: { value: number | null; kind: Kind | null },
  published: number | null,
): { yoyPct: number | null; yoySource: 'computed' | 'published' | null } {
  const computed = now.kind !== null && now.kind === before.kind ? yoyPct(now.value, before.value) : null;
  if (computed !== null) return { yoyPct: computed, yoySource: 'computed' };
  return published !== null ? { yoyPct: published, yoySource: 'published' } : { yoyPct: null, yoySource: null };
}

/**
 * Ranks among peers, highest value first; equal values share a rank and the next rank skips
 * (1, 1, 3). Regions without a value get no rank.
 */
export function rankAmong(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const sorted = [...values].filter((e): e is [string, number] => e[1] !== null).sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number>();
  sorted.forEach(([code, v], i) => {
    const prev = sorted[i - 1];
    out.set(code, prev && prev[1] === v ? (out.get(prev[0]) ?? i + 1) : i + 1);
  });
  return out;
}

/** Sums raw per-code counts into a region (every code at or below it, by the code prefix rule). */
export function rollUp(raw: ReadonlyMap<string, number>, within: (code: string) => boolean): number {
  let sum = 0;
  for (const [code, n] of raw) if (within(code)) sum += n;
  return sum;
}
