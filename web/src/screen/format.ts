import { indicatorUnitName } from '@zhichan/contract';

/** A figure as the screen prints it: 亿/万 for large amounts, the indicator's decimals otherwise; the unit in the language. */
export function formatFigure(value: number | null | undefined, unit: string, decimals: number, lang: string): { text: string; unit: string } {
  if (value === null || value === undefined) return { text: '—', unit: '' };
  const zh = lang !== 'en';
  if (unit === '元' && Math.abs(value) >= 1e8) return { text: (value / 1e8).toFixed(2), unit: zh ? '亿元' : '×100M yuan' };
  if (unit === '元' && Math.abs(value) >= 1e4) return { text: (value / 1e4).toFixed(1), unit: zh ? '万元' : '×10k yuan' };
  return {
    text: value.toLocaleString(zh ? 'zh-CN' : 'en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    unit: indicatorUnitName(unit, zh ? 'zh' : 'en'),
  };
}

/** Wall-screen type: `px` at 1920 px wide, in proportion on narrower screens (a 16 px minimum is 11.4 px at 1366). */
export function screenPx(px: number): number {
  const width = typeof window === 'undefined' ? 1920 : window.innerWidth;
  return Math.round(((px * width) / 1920) * 10) / 10;
}
