import { fail, quote, type Span } from './errors.js';
import type { Comparison } from './lexer.js';

/** Inclusive ISO bounds of a date term; null means open on that side. */
export interface DateBounds {
  from: string | null;
  to: string | null;
}

// Patent records start in the 19th century; the cap also keeps AD>9999 from producing a 5-digit year.
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Number of days in a month (1-12) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Reads one date as typed: YYYY (the whole year), YYYYMM or YYYY-MM (the whole month), YYYYMMDD or
 * YYYY-MM-DD (one day); `/` and `.` work as separators too. Returns the first and last day it covers.
 */
export function readDate(raw: string, span: Span): { start: string; end: string } {
  const m = /^(\d{4})(?:(\d{2})(\d{2})?)?$/.exec(raw) ?? /^(\d{4})([-./])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(raw);
  if (!m) fail('invalid_date', span, `日期${quote(raw)}格式不正确，应为 YYYYMMDD、YYYY-MM-DD、YYYYMM 或 YYYY`);
  const separated = m[2] !== undefined && !/^\d+$/.test(m[2]);
  const year = Number(m[1]);
  const monthText = separated ? m[3] : m[2];
  const dayText = separated ? m[4] : m[3];
  if (year < MIN_YEAR || year > MAX_YEAR) fail('invalid_date', span, `日期${quote(raw)}的年份应在 ${MIN_YEAR} 至 ${MAX_YEAR} 之间`);
  if (monthText === undefined) return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) };
  const month = Number(monthText);
  if (month < 1 || month > 12) fail('invalid_date', span, `日期${quote(raw)}的月份不存在`);
  const last = daysInMonth(year, month);
  if (dayText === undefined) return { start: isoOf(year, month, 1), end: isoOf(year, month, last) };
  const day = Number(dayText);
  if (day < 1 || day > last) fail('invalid_date', span, `日期${quote(raw)}不存在（${year}年${month}月只有${last}天）`);
  return { start: isoOf(year, month, day), end: isoOf(year, month, day) };
}

/** Reads `a`, `a:b`, `a:` or `:b` after `=`; `span` covers `raw`, whose first character is at span.position. */
export function readDateRange(raw: string, span: Span): DateBounds {
  const colon = raw.indexOf(':');
  if (colon < 0) {
    const { start, end } = readDate(raw, span);
    return { from: start, to: end };
  }
  const left = raw.slice(0, colon).trim();
  const right = raw.slice(colon + 1).trim();
  const colonSpan = { position: span.position + colon, length: 1 };
  if (right.includes(':')) {
    const second = span.position + colon + 1 + raw.slice(colon + 1).indexOf(':');
    fail('invalid_range', { position: second, length: 1 }, '日期范围只能有一个冒号');
  }
  if (!left && !right) fail('invalid_range', colonSpan, '日期范围的起止日期不能都为空');
  const leftSpan = { position: span.position, length: colon };
  const rightSpan = { position: span.position + colon + 1, length: raw.length - colon - 1 };
  const from = left ? readDate(left, leftSpan).start : null;
  const to = right ? readDate(right, rightSpan).end : null;
  if (from && to && from > to) fail('invalid_range', span, `起始日期 ${from} 晚于结束日期 ${to}`);
  return { from, to };
}

/** Bounds of `FIELD>=d`, `FIELD>d`, `FIELD<=d`, `FIELD<d` (inclusive: AD>2020 starts on 2021-01-01). */
export function readDateComparison(cmp: Exclude<Comparison, '='>, raw: string, span: Span): DateBounds {
  const { start, end } = readDate(raw, span);
  const bounds = comparisonBounds(cmp, start, end);
  const edge = bounds.from ?? bounds.to ?? '';
  const year = Number(edge.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) fail('invalid_date', span, `日期条件超出 ${MIN_YEAR} 至 ${MAX_YEAR} 年的范围`);
  return bounds;
}

function comparisonBounds(cmp: Exclude<Comparison, '='>, start: string, end: string): DateBounds {
  switch (cmp) {
    case '>=':
      return { from: start, to: null };
    case '>':
      return { from: addDays(end, 1), to: null };
    case '<=':
      return { from: null, to: end };
    case '<':
      return { from: null, to: addDays(start, -1) };
  }
}
