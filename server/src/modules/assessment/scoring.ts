import type { ScoringRule } from '@zhichan/contract';
import { rankAmong, roundTo } from '../indicators/api.js';

/** Scoring of a town/street assessment (镇街考核): weighted indicators with one rule each. */

export interface ScoredItem {
  indicatorKey: string;
  weight: number;
  rule: ScoringRule;
  targetValue: number | null;
}

/** Ratio to target, capped at 100%: weight × min(value ÷ target, 1); no value scores 0. */
export function ratioScore(value: number | null, target: number, weight: number): number {
  if (value === null || !(target > 0)) return 0;
  return roundTo(weight * Math.min(Math.max(value, 0) / target, 1), 2);
}

/** Rank among n peers: first gets the full weight, last 0, linearly between; a single peer gets the weight. */
export function rankScore(rank: number | null, peers: number, weight: number): number {
  if (rank === null) return 0;
  if (peers <= 1) return weight;
  return roundTo((weight * (peers - rank)) / (peers - 1), 2);
}

/**
 * Scores every peer region on every item and ranks them by total (ties share a rank).
 * `values` maps indicator key → region code → value.
 */
export function scoreRegions(items: readonly ScoredItem[], regions: readonly string[], values: ReadonlyMap<string, ReadonlyMap<string, number | null>>) {
  const perItem = items.map((item) => {
    const byRegion = values.get(item.indicatorKey) ?? new Map<string, number | null>();
    const ranks = rankAmong(new Map(regions.map((r) => [r, byRegion.get(r) ?? null])));
    return regions.map((r) => {
      const value = byRegion.get(r) ?? null;
      if (item.rule === 'ratio_to_target') {
        const target = item.targetValue ?? 0;
        return {
          indicatorKey: item.indicatorKey,
          value,
          score: ratioScore(value, target, item.weight),
          detail: value === null ? '无数据' : `${value} ÷ 目标 ${target}`,
        };
      }
      const rank = ranks.get(r) ?? null;
      return {
        indicatorKey: item.indicatorKey,
        value,
        score: rankScore(rank, ranks.size, item.weight),
        detail: rank === null ? '无数据' : `第 ${rank} / ${ranks.size} 名`,
      };
    });
  });
  const rows = regions.map((r, i) => {
    const parts = perItem.map((p) => p[i]).filter((x): x is NonNullable<typeof x> => x !== undefined);
    return {
      regionCode: r,
      total: roundTo(
        parts.reduce((s, x) => s + x.score, 0),
        2,
      ),
      items: parts,
    };
  });
  const ranks = rankAmong(new Map(rows.map((r) => [r.regionCode, r.total])));
  return rows.map((r) => ({ ...r, rank: ranks.get(r.regionCode) ?? rows.length })).sort((a, b) => a.rank - b.rank || a.regionCode.localeCompare(b.regionCode));
}
