import { isBlank, toHalfWidth, type FamilyMember } from '../record.js';

/** A cell as text: trimmed, null when empty or a "no value" placeholder; numbers as written. */
export function cellText(value: unknown): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value))
    return (
      value
        .map(cellText)
        .filter((v): v is string => v !== null)
        .join(';') || null
    );
  return null;
}

// Names may contain commas ("Co., Ltd.") and the enumeration comma rarely, so only these separate names.
const NAME_SEPARATORS = /[;；|\n\r]+/;
// Codes never contain separators, so every list punctuation splits them.
const CODE_SEPARATORS = /[;；|,，、\n\r]+/;

/** Splits a multi-value name cell (申请人, 发明人 …) on ; ； | and line breaks; trims, drops empties. */
export function splitNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(splitNames);
  const text = cellText(value);
  if (text === null) return [];
  return text
    .split(NAME_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s && !isBlank(s));
}

/** Splits a multi-value code cell (分类号, 同族 …) on ; ； | , ， 、 and line breaks. */
export function splitCodes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(splitCodes);
  const text = cellText(value);
  if (text === null) return [];
  return text
    .split(CODE_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s && !isBlank(s));
}

/** Result of reading a count cell: a value (null when empty) or not a count. */
export type CountResult = { ok: true; value: number | null } | { ok: false };

/** A non-negative whole number (质押次数, 许可次数); '3次' is read as 3. */
export function parseCount(value: unknown): CountResult {
  if (isBlank(value)) return { ok: true, value: null };
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? toHalfWidth(value).trim().replace(/次$/, '') : '';
  return /^\d{1,9}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false };
}

// Kind codes of a granted publication: B/C (inventions), U/Y (utility models), S/D (designs, CN and US).
const GRANTED_KIND = /^[A-Z]{2}.*\d([BCUYSE]\d?)$/;

/** Family members (同族) from a cell of publication numbers: 'US2023123456A1;EP4123456B1'. */
export function parseFamily(value: unknown): FamilyMember[] {
  const seen = new Set<string>();
  const out: FamilyMember[] = [];
  for (const code of splitCodes(value)) {
    const number = toHalfWidth(code).replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}[A-Z0-9./-]{3,}$/.test(number) || seen.has(number)) continue;
    seen.add(number);
    out.push({ country: number.slice(0, 2), number, granted: GRANTED_KIND.test(number) });
  }
  return out;
}

/** Province code from a 国省代码 cell: '河南(41)' → '41'; null for foreign ('美国(US)') or empty cells. */
export function parseProvinceCode(value: unknown): string | null {
  const text = cellText(value);
  if (text === null) return null;
  const m = /(?:^|[^\d])(\d{2})(?:\d{4})?(?:[^\d]|$)/.exec(toHalfWidth(text));
  return m?.[1] ?? null;
}

/** Yes/no cell (是否马德里, 是否驰名): 是/Y/true/1 are yes. */
export function parseYesNo(value: unknown): boolean {
  const text = cellText(value)?.toLowerCase();
  return text === '是' || text === 'y' || text === 'yes' || text === 'true' || text === '1' || text === '√';
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
