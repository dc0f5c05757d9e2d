import { z } from 'zod';

/**
 * Statistical periods (统计期): a year `2023`, a quarter `2023-Q2`, a month `2023-03`, or a year to
 * date `2023-01..2023-10` (1—10月). Stock indicators are read on the period's last day, flow
 * indicators summed over it. The same period last year is the same window one year earlier.
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd';

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** First and last day, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

/** Parses a period code; null when it is not one. */
export function parsePeriod(code: string): Period | null {
  let m = /^(\d{4})$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    return { code, kind: 'year', year: y, start: `${y}-01-01`, end: `${y}-12-31` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { code, kind: 'quarter', year: y, start: `${y}-${pad(q * 3 - 2)}-01`, end: monthEnd(y, q * 3) };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { code, kind: 'month', year: y, start: `${y}-${pad(mo)}-01`, end: monthEnd(y, mo) };
  }
  m = /^(\d{4})-01\.\.(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m && m[1] === m[2]) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    if (mo === 12) return null; // 1—12月 is the year: write `2023`
    return { code, kind: 'ytd', year: y, start: `${y}-01-01`, end: monthEnd(y, mo) };
  }
  return null;
}

/** The same window one year earlier (同期). */
export function samePeriodLastYear(code: string): string {
  const p = parsePeriod(code);
  if (!p) throw new Error(`not a period: ${code}`);
  const y = String(p.year - 1);
  return code.replaceAll(String(p.year), y);
}

/** The period just before (previous year, quarter or month; a year to date: the same window last year). */
export function previousPeriod(code: string): string {
  const p = parsePeriod(code);
  if (!p) throw new Error(`not a period: ${code}`);
  if (p.kind === 'quarter') {
    const q = Number(code.slice(6));
    return q === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${q - 1}`;
  }
  if (p.kind === 'month') {
    const mo = Number(code.slice(5));
    return mo === 1 ? `${p.year - 1}-12` : `${p.year}-${pad(mo - 1)}`;
  }
  return samePeriodLastYear(code);
}

const quarterZh = ['一', '二', '三', '四'];

/** Chinese label: 2023年, 2023年第二季度, 2023年3月, 2023年1—10月. */
export function periodLabel(code: string): string {
  const p = parsePeriod(code);
  if (!p) return code;
  if (p.kind === 'year') return `${p.year}年`;
  if (p.kind === 'quarter') return `${p.year}年第${quarterZh[Number(code.slice(6)) - 1] ?? ''}季度`;
  if (p.kind === 'month') return `${p.year}年${Number(code.slice(5))}月`;
  return `${p.year}年1—${Number(p.end.slice(5, 7))}月`;
}

export const ZPeriodCode = z
  .string()
  .trim()
  .refine((s) => parsePeriod(s) !== null, '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10');
