import type { AppContext } from '../../platform/context.js';
import { loadValues } from '../screen/indicator-source.js';
import { indicatorMeta } from '../screen/screen-config.js';
import type { FigureFacts, IndicatorInfo, RenderInput } from './render.js';

const quarterZh = ['一', '二', '三', '四'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A period code (2023, 2023-Q2, 2023-03, 2023-01..2023-10) with its end day and Chinese label. */
export function parseBulletinPeriod(code: string): RenderInput['period'] | null {
  let m = /^(\d{4})$/.exec(code);
  if (m) return { code, kind: 'year', end: `${m[1]}-12-31`, label: `${m[1]}年` };
  m = /^(\d{4})-Q([1-4])$/.exec(code);
  const monthEnd = (y: number, mo: number) => `${y}-${pad(mo)}-${pad(new Date(Date.UTC(y, mo, 0)).getUTCDate())}`;
  if (m) return { code, kind: 'quarter', end: monthEnd(Number(m[1]), Number(m[2]) * 3), label: `${m[1]}年第${quarterZh[Number(m[2]) - 1] ?? ''}季度` };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) return { code, kind: 'month', end: monthEnd(Number(m[1]), Number(m[2])), label: `${m[1]}年${Number(m[2])}月` };
  m = /^(\d{4})-01\.\.(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m && m[1] === m[2] && m[3] !== '12') return { code, kind: 'ytd', end: monthEnd(Number(m[1]), Number(m[3])), label: `${m[1]}年1—${Number(m[3])}月` };
  return null;
}

/** Every figure of a region and period the bulletin may state, with its provenance. */
export async function loadBulletinFacts(ctx: AppContext, regionCode: string, period: RenderInput['period']) {
  const keys = ['effective_invention_patents', 'high_value_invention_patents'];
  const year = Number(period.end.slice(0, 4));
  const lookup = await loadValues(ctx, regionCode, [regionCode], keys, [year - 1, year]);
  const figures = new Map<string, FigureFacts>();
  for (const key of keys) {
    const v = lookup(regionCode, key, year);
    if (!v || v.value === 0) continue;
    const prev = lookup(regionCode, key, year - 1)?.value ?? null;
    const yoy = prev && prev > 0 ? Math.round(((v.value - prev) / prev) * 10000) / 100 : null;
    figures.set(key, {
      key,
      value: v.value,
      qualifier: null,
      yoyPct: yoy,
      yoySource: yoy === null ? null : 'computed',
      provinceRank: null,
      origin: v.origin,
      source: v.source ?? '',
      period: period.code,
      periodLabel: period.label,
      basis: null,
    });
  }
  const info = (key: string): IndicatorInfo => ({ ...indicatorMeta(key), link: 'creation' });
  return { figures, info, order: keys };
}
