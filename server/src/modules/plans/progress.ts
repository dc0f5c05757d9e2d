import type { Rag } from '@zhichan/contract';
import { roundTo } from '../indicators/api.js';

/** Progress, projection and red/amber/green status of a plan target (目标进度). */

export const PROJECTION_METHOD = '按历年数值的线性趋势（最小二乘法）外推至截止年份；少于两个年度数值时不外推';

/**
 * Progress in percent: from the baseline to the target when a baseline is known
 * ((current − baseline) ÷ (target − baseline)), else current ÷ target. 1 decimal, never negative.
 */
export function progressPct(current: number | null, target: number, baseline: number | null): number | null {
  if (current === null) return null;
  if (baseline !== null && target !== baseline) return Math.max(0, roundTo(((current - baseline) / (target - baseline)) * 100, 1));
  if (target === 0) return null;
  return Math.max(0, roundTo((current / target) * 100, 1));
}

/** Ordinary least-squares line through (year, value) points, evaluated at `year`; null with fewer than two years. */
export function projectLinear(points: readonly { year: number; value: number }[], year: number): number | null {
  const years = new Set(points.map((p) => p.year));
  if (years.size < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const slope = sxy / sxx;
  return roundTo(my + slope * (year - mx), 2);
}

/**
 * Status: green when the target is reached or the projection reaches it; amber when the projection
 * reaches at least 90% of it; red below. Without a projection, progress is compared with the share
 * of the plan's time already elapsed (green at or ahead, amber within 15 points behind, red further).
 */
export function ragStatus(i: { current: number | null; target: number; projected: number | null; progress: number | null; elapsedShare: number }): Rag {
  if (i.current !== null && i.current >= i.target) return 'green';
  if (i.projected !== null) {
    if (i.projected >= i.target) return 'green';
    return i.projected >= 0.9 * i.target ? 'amber' : 'red';
  }
  if (i.progress === null) return 'unknown';
  const expected = Math.min(1, Math.max(0, i.elapsedShare)) * 100;
  if (i.progress >= expected) return 'green';
  return i.progress >= expected - 15 ? 'amber' : 'red';
}

/** Share of the time from the plan's start to the deadline elapsed on `today` (0…1). */
export function elapsedShare(startYear: number, deadline: string, today: string): number {
  const start = Date.parse(`${startYear}-01-01`);
  const end = Date.parse(deadline);
  const now = Date.parse(today);
  if (!(end > start)) return 1;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}
