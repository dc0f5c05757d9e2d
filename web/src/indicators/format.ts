import type { IndicatorValue } from '@zhichan/contract';

/** A value as published: thousands separators, no trailing zeros. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** YoY with an arrow: ↑31.7% / ↓2.1%. */
export function formatYoy(v: IndicatorValue): string {
  if (v.yoyPct === null) return '—';
  return `${v.yoyPct >= 0 ? '↑' : '↓'}${Math.abs(v.yoyPct)}%`;
}

/** The current year minus one: the latest complete statistical year. */
export function defaultPeriod(): string {
  return String(new Date().getFullYear() - 1);
}
