/** A figure as the screen prints it: 亿/万 for large amounts, the indicator's decimals otherwise. */
export function formatFigure(value: number | null | undefined, unit: string, decimals: number, lang: string): { text: string; unit: string } {
  if (value === null || value === undefined) return { text: '—', unit: '' };
  const zh = lang !== 'en';
  if (unit === '元' && Math.abs(value) >= 1e8) return { text: (value / 1e8).toFixed(2), unit: zh ? '亿元' : '×100M yuan' };
  if (unit === '元' && Math.abs(value) >= 1e4) return { text: (value / 1e4).toFixed(1), unit: zh ? '万元' : '×10k yuan' };
  return { text: value.toLocaleString(zh ? 'zh-CN' : 'en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }), unit };
}
