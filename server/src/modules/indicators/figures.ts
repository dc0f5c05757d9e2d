import type { IndicatorDef } from '@zhichan/contract';
import { roundTo } from './calc.js';

/**
 * Reading and checking reported figures: cells with Chinese magnitude units (万, 亿), and the
 * plausibility rules that put a figure on hold for review instead of storing it silently.
 */

const MAGNITUDE: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8 };

/**
 * A figure cell as a number in the catalogue unit: 7420, "7,420", "45.2亿元" → 4,520,000,000,
 * "11万件" → 110,000. Null when the cell is not a number (text, ranges like "9-22", garbled values).
 */
export function parseFigure(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(万|亿)?\s*(元|件|家|个|人|人次|笔|项|次|场|份|条|起|单|名|月|%|％)?\s*$/.exec(cell.replace(/[,，]/g, ''));
  if (!m) return null;
  return roundTo(Number(m[1]) * (MAGNITUDE[m[2] ?? ''] ?? 1), 6);
}

/** Converts a value given in `unit` (e.g. 万元, 亿元) to the catalogue unit; null if the units do not match. */
export function toCatalogueUnit(value: number, unit: string | undefined, def: IndicatorDef): number | null {
  if (!unit || unit === def.unit) return value;
  const m = /^(万|亿)(.*)$/.exec(unit);
  if (m && m[2] === def.unit) return value * (MAGNITUDE[m[1] ?? ''] ?? 1);
  return null;
}

export interface PlausibilityInput {
  def: IndicatorDef;
  value: number;
  /** Approved value of the previous period (year, quarter or month before), if any. */
  previous: number | null;
  /** Approved values of the same indicator and region in earlier periods of the same kind. */
  history: readonly number[];
  /** The region's population (latest), for amounts. */
  population: number | null;
  jumpFactor: number;
  amountPerCapitaMax: number;
}

/** Why a figure is implausible (→ on hold for review), or null when it may go to ordinary review. */
export function implausibility(i: PlausibilityInput): string | null {
  if (i.previous !== null && i.previous > 0 && i.value > i.jumpFactor * i.previous) {
    return `较上期（${i.previous}）增长超过${i.jumpFactor}倍`;
  }
  const max = i.history.length > 0 ? Math.max(...i.history) : null;
  if (max !== null && max > 0 && i.value > i.jumpFactor * max) return `远超本区划历史最高值（${max}）`;
  if (i.def.amount && i.population && i.value / i.population > i.amountPerCapitaMax) {
    return `金额折合人均 ${Math.round(i.value / i.population)} 元，远超合理范围（可能缺字或单位有误）`;
  }
  return null;
}

/** Why a value cannot be stored at all (rejected), or null. */
export function invalidity(def: IndicatorDef, value: number | null): string | null {
  if (value === null) return '数值不是数字';
  if (value < 0) return '数值不能为负数';
  if (def.unit === '%' && value > 1000) return '百分比数值超出范围';
  return null;
}
