import { fail, quote, type Span } from './errors.js';
import type { CodeField, EnumField, LegalStatus, PatentType } from './types.js';

/** Truncation marks of other search systems (电池*, 电?池): refused, never dropped silently. */
const TRUNCATION = /[*?？＊]/u;

/**
 * Proximity operators of CNIPA's and other systems (电池 5W 正极, 电池 NEAR/3 正极, 电池 W 正极): refused between
 * two terms, never searched as words. A bare W or D counts only in upper case; "W" in quotes is the letter.
 */
export function isProximityOperator(word: string): boolean {
  return /^\d+[WD]$/i.test(word) || /^(W|D)$/.test(word) || /^NEAR(\/?\d+)?$/i.test(word) || /^(W|D|PRE|ADJ)\/\d+$/i.test(word);
}

/** Refuses truncation marks in a text term: the bigram index matches any part of a word already. */
export function refuseTruncation(raw: string, span: Span): void {
  const i = raw.search(TRUNCATION);
  if (i < 0) return;
  const mark = raw[i] as string;
  fail(
    'unsupported_operator',
    { position: span.position + i, length: 1 },
    `不支持截词符“${mark}”：检索词的任意部分都能命中（电池 也命中 锂电池组），请去掉“${mark}”`,
  );
}

/** Trims a text value and collapses inner whitespace runs to one space (phrases keep their spaces). */
export function normalizeText(raw: string, span: Span): string {
  const value = raw.trim().replace(/\s+/gu, ' ');
  if (!value) fail('empty_value', span, '检索值为空');
  // A term of only punctuation would match nothing useful (or everything, depending on the index).
  if (!/[\p{L}\p{N}]/u.test(value)) fail('invalid_text', span, `检索词${quote(value)}须包含文字、字母或数字`);
  return value;
}

// An IPC level: section H, class H01, subclass H01M, main group H01M10 (or H01M10/00), subgroup H01M10/0525
// (search/filter-tokens.ts ipcQueryTokens matches each at the scheme's boundaries).
const IPC_PREFIX = /^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/;

/**
 * The IPC level an IC= value names: section (H), class (H01), subclass (H01M), main group (G06F4, also written
 * G06F4/00) or subgroup (G06F40/289). Null when the value is none of these.
 */
export function ipcLevel(
  value: string,
): { level: 'section' | 'class' | 'subclass' | 'group'; group: string } | { level: 'subgroup'; group: string; subgroup: string } | null {
  const code = value.replace(/\s+/g, '').toUpperCase();
  if (/^[A-H]$/.test(code)) return { level: 'section', group: code };
  if (/^[A-H]\d\d$/.test(code)) return { level: 'class', group: code };
  if (/^[A-H]\d\d[A-Z]$/.test(code)) return { level: 'subclass', group: code };
  const m = /^([A-H]\d\d[A-Z]\d{1,4})(?:\/(\d{1,6}))?$/.exec(code);
  if (!m) return null;
  const group = m[1] as string;
  const sub = m[2];
  return sub === undefined || /^0+$/.test(sub) ? { level: 'group', group } : { level: 'subgroup', group, subgroup: sub };
}

/** Normalises a code value (IC upper-case without spaces; AN/PN upper-case without dots and spaces; RG digits). */
export function normalizeCode(field: CodeField, raw: string, span: Span): string {
  const compact = raw.replace(/\s+/gu, '').toUpperCase();
  if (!compact) fail('empty_value', span, '检索值为空');
  if (field === 'IC') {
    if (!IPC_PREFIX.test(compact)) fail('invalid_code', span, `IPC 分类号${quote(raw.trim())}格式不正确，应如 H01M 或 H01M10/0525`);
    return compact;
  }
  if (field === 'RG') {
    if (!/^\d{6}(\d{3})?$/.test(compact)) fail('invalid_code', span, `地区代码${quote(raw.trim())}应为 6 位或 9 位数字`);
    return compact;
  }
  // Application numbers are often written CN202010123456.7: the check digit's dot is dropped, the CN prefix kept as typed.
  const value = compact.replace(/\./g, '');
  if (!/^[A-Z0-9]+$/.test(value) || !/\d/.test(value)) {
    fail('invalid_code', span, `${field === 'AN' ? '申请号' : '公开（公告）号'}${quote(raw.trim())}格式不正确，只能包含字母和数字`);
  }
  return value;
}

/** True when `IC=H01M 10/05` should be read as one symbol: a subclass followed by a group. */
export function continuesIpc(value: string, next: string): boolean {
  return /^[A-H]\d{2}[A-Z]$/i.test(value) && /^\d{1,4}(\/\d{0,6})?$/.test(next);
}

/** Accepted spellings of the enumerated values (compared lower-case, spaces removed). */
const ENUM_VALUES: { readonly PT: Readonly<Record<string, PatentType>>; readonly LS: Readonly<Record<string, LegalStatus>> } = {
  PT: {
    发明: 'invention',
    发明专利: 'invention',
    invention: 'invention',
    实用新型: 'utility',
    实用新型专利: 'utility',
    utility: 'utility',
    utilitymodel: 'utility',
    外观设计: 'design',
    外观设计专利: 'design',
    外观: 'design',
    design: 'design',
  },
  LS: {
    有效: 'effective',
    effective: 'effective',
    valid: 'effective',
    失效: 'lapsed',
    无效: 'lapsed',
    lapsed: 'lapsed',
    审中: 'pending',
    在审: 'pending',
    pending: 'pending',
    未知: 'unknown',
    unknown: 'unknown',
  },
};

/** Chinese display names of the normalised enum values; `formatQuery` writes these. */
export const ENUM_LABELS: Readonly<Record<PatentType | LegalStatus, string>> = {
  invention: '发明',
  utility: '实用新型',
  design: '外观设计',
  effective: '有效',
  lapsed: '失效',
  pending: '审中',
  unknown: '未知',
};

/** The normalised value type of an enum field. */
export type EnumValue<F extends EnumField> = F extends 'PT' ? PatentType : LegalStatus;

/** Normalises a PT (发明/实用新型/外观设计) or LS (有效/失效/审中/未知) value. */
export function normalizeEnum<F extends EnumField>(field: F, raw: string, span: Span): EnumValue<F> {
  const key = raw.replace(/\s+/gu, '').toLowerCase();
  if (!key) fail('empty_value', span, '检索值为空');
  const table: Readonly<Record<string, string>> = ENUM_VALUES[field];
  if (Object.hasOwn(table, key)) return table[key] as EnumValue<F>;
  const allowed = field === 'PT' ? '发明、实用新型 或 外观设计' : '有效、失效、审中 或 未知';
  return fail('invalid_enum', span, `${field === 'PT' ? '专利类型' : '法律状态'}${quote(raw.trim())}无法识别，应为 ${allowed}`);
}
