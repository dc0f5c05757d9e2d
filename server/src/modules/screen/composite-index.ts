/**
 * Composite IP development index (知识产权发展综合指数) of sibling regions.
 *
 * Each indicator is normalised per indicator over the sibling regions as a ratio to the best peer,
 *   nᵢ(r) = xᵢ(r) ÷ max over siblings s of xᵢ(s) × 100   (0 when no sibling has a positive value),
 * and the index is the weighted mean of the normalised values the region has:
 *   I(r) = Σ wᵢ·nᵢ(r) ÷ Σ wᵢ   (sum over indicators with a value for r).
 * Ratio to the best peer rather than min–max: with a handful of counties min–max sends the last one to
 * 0 whatever its value, while the ratio keeps proportions (a county with half the leader's density
 * scores 50). Counts favour big regions, so the default weights lean on per-10,000-population values.
 */

export interface IndexWeight {
  key: string;
  weight: number;
}
export interface IndexPart {
  key: string;
  value: number | null;
  normalised: number | null;
}
export interface IndexScore {
  code: string;
  score: number | null;
  rank: number | null;
  parts: IndexPart[];
}

export const indexFormula = {
  zh: '综合指数 = Σ 权重ᵢ × 标准化值ᵢ ÷ Σ 权重ᵢ；标准化值ᵢ = 本地区指标值 ÷ 同级地区最优值 × 100',
  en: 'Index = Σ wᵢ × nᵢ ÷ Σ wᵢ, with nᵢ = value ÷ best value among sibling regions × 100',
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Scores and ranks the regions (siblings) on the weighted indicators; regions without any value get no score. */
export function compositeIndex(regions: { code: string; values: Record<string, number | null | undefined> }[], weights: IndexWeight[]): IndexScore[] {
  const active = weights.filter((w) => w.weight > 0);
  const best = new Map(active.map((w) => [w.key, Math.max(0, ...regions.map((r) => r.values[w.key] ?? 0))]));
  const scored = regions.map((r) => {
    let sum = 0;
    let weight = 0;
    const parts = active.map((w) => {
      const v = r.values[w.key];
      if (v === null || v === undefined || !Number.isFinite(v)) return { key: w.key, value: null, normalised: null };
      const top = best.get(w.key) ?? 0;
      const n = top > 0 ? (Math.max(0, v) / top) * 100 : 0;
      sum += w.weight * n;
      weight += w.weight;
      return { key: w.key, value: v, normalised: round2(n) };
    });
    return { code: r.code, score: weight > 0 ? round2(sum / weight) : null, rank: null as number | null, parts };
  });
  // Competition ranking (1, 2, 2, 4): equal scores share a rank.
  const order = scored.filter((s) => s.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  order.forEach((s, i) => {
    const prev = order[i - 1];
    s.rank = prev && prev.score === s.score ? prev.rank : i + 1;
  });
  return scored;
}
