/**
 * Numbers as Chinese press releases print them (统计公报的数字写法): plain digits up to 99,999
 * (7420件), 万 above (11万件, 11.6万次), amounts in 万元/亿元 (280万元, 45.2亿元), at most the
 * indicator's decimals with trailing zeros dropped (8.9件, 3.34件, 100%), 以上/约 as published.
 */

/** Up to `decimals` decimals, trailing zeros dropped, no thousands separators. */
export function trimmed(value: number, decimals: number): string {
  const s = value.toFixed(Math.max(0, decimals));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** The unit word printed after a number: per-10,000 values read "万人有效发明专利8.9件". */
export function printedUnit(unit: string): string {
  return unit.endsWith('/万人') ? unit.slice(0, -3) : unit;
}

/** A figure with its unit: 7420件, 45.2亿元, 11万件以上, 约5亿元. */
export function formatFigure(value: number, unit: string, decimals: number, qualifier: string | null = null): string {
  let text: string;
  if (unit === '元' && Math.abs(value) >= 1e8) text = `${trimmed(value / 1e8, 2)}亿元`;
  else if (unit === '元' && Math.abs(value) >= 1e4) text = `${trimmed(value / 1e4, 2)}万元`;
  else if (unit !== '%' && Number.isInteger(value) && Math.abs(value) >= 100_000) text = `${trimmed(value / 1e4, 2)}万${printedUnit(unit)}`;
  else text = `${trimmed(value, decimals)}${printedUnit(unit)}`;
  if (qualifier === 'min') return `${text}以上`;
  if (qualifier === 'approx') return `约${text}`;
  return text;
}

/** 增长31.7% / 下降2.5% / 持平. */
export function formatYoy(pct: number): string {
  if (pct === 0) return '持平';
  return `${pct > 0 ? '增长' : '下降'}${trimmed(Math.abs(pct), 2)}%`;
}
