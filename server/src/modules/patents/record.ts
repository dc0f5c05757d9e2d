import { z } from 'zod';
import { patentEventKinds, type PatentKind } from './legal-status.js';

/** ISO calendar date 'YYYY-MM-DD' as every date column stores it. */
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZText = z.string().min(1).nullable();
const ZNames = z.array(z.string().min(1));

/** One legal-status event (法律状态事件) of a record, as it will be stored in patent_events. */
export const ZPatentRecordEvent = z.object({
  kind: z.enum(patentEventKinds),
  date: ZIsoDate,
  /** Part of the idempotency key (patent, kind, date, summary): keep it deterministic. */
  summary: z.string().default(''),
  details: z.string().nullable().optional(),
  /** True when the source gave no date and the import's as-of date stands in for it. */
  dateEstimated: z.boolean().default(false),
  /** Days of term compensation (专利权期限补偿) the event grants, when the source states them. */
  termDays: z.number().int().positive().nullable().optional(),
});
export type PatentRecordEvent = z.infer<typeof ZPatentRecordEvent>;

/** A family member (同族专利): another office's publication of the same invention. */
export const ZFamilyMember = z.object({ country: z.string().min(2), number: z.string().min(3), granted: z.boolean() });
export type FamilyMember = z.infer<typeof ZFamilyMember>;

/**
 * The canonical patent record every import source is mapped to before it is written. Codes and dates
 * are already normalised (see the normalisers below); names are lists in the source's order.
 */
export const ZPatentRecord = z
  .object({
    appNo: z.string().min(3),
    /** True when the source had no application number and appNo was derived from the publication number. */
    syntheticAppNo: z.boolean().default(false),
    pubNo: ZText,
    grantNo: ZText,
    kind: z.enum(['invention', 'utility', 'design']),
    title: z.string().min(1),
    abstract: ZText,
    firstClaim: ZText,
    /** Null only for a synthetic record (a title list without dates). */
    appDate: ZIsoDate.nullable(),
    pubDate: ZIsoDate.nullable(),
    grantDate: ZIsoDate.nullable(),
    /** True when the record is known to be granted but the source gave no date: the as-of date stands in. */
    grantDateEstimated: z.boolean().default(false),
    priorityDate: ZIsoDate.nullable(),
    applicants: ZNames,
    /** Current right holders (当前权利人); the applicants when the source names none. */
    holders: ZNames,
    inventors: ZNames,
    /** Unified social credit codes (统一社会信用代码) of the holders, in the holders' order, when given. */
    creditCodes: z.array(z.string()).default([]),
    applicantType: ZText,
    address: ZText,
    regionCode: z
      .string()
      .regex(/^\d{6}(\d{3})?$/)
      .nullable(),
    mainIpc: ZText,
    /** Every IPC symbol including the main one, deduplicated, e.g. 'B64U20/80'. */
    ipc: z.array(z.string()),
    cpc: z.array(z.string()),
    agency: ZText,
    agents: ZNames,
    pct: ZText,
    family: z.array(ZFamilyMember),
    citations: z.array(z.string()),
    /** Legal status text as the source printed it (法律状态). */
    sourceStatus: ZText,
    events: z.array(ZPatentRecordEvent),
    /** 质押次数 / 许可次数 when the source counts them. */
    pledgeCount: z.number().int().min(0).nullable(),
    licenceCount: z.number().int().min(0).nullable(),
  })
  .refine((r) => r.appDate !== null || r.syntheticAppNo, { message: '缺少申请日', path: ['appDate'] });
export type PatentRecord = z.infer<typeof ZPatentRecord>;

/** Marks an application number derived from a publication number: no real one starts with these letters. */
export const SYNTHETIC_APP_NO_PREFIX = 'PN';

/** A stable stand-in application number for a source without one (CN114081026A → PNCN114081026A). */
export function syntheticAppNo(pubNo: string): string {
  return SYNTHETIC_APP_NO_PREFIX + pubNo;
}

/** True for an application number made by syntheticAppNo. */
export function isSyntheticAppNo(appNo: string): boolean {
  return appNo.startsWith(SYNTHETIC_APP_NO_PREFIX);
}

/** Full-width letters, digits and punctuation (Ａ１．（) to ASCII; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Application number (申请号) in the 'CN202223220665.2' form: upper-case, no spaces, CN prefix added to a
 * bare number, the patent-number prefix ZL read as CN, the check-digit dot restored. Null when it is not one.
 */
export function normaliseAppNo(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = toHalfWidth(String(value)).replace(/\s+/g, '').toUpperCase();
  if (/^ZL/.test(s)) s = `CN${s.slice(2)}`;
  if (/^\d/.test(s)) s = `CN${s}`;
  // CN + 12 digits (since 2003) or 8 digits (before), then the check character.
  const m = /^CN(\d{12}|\d{8})\.?([\dX])$/.exec(s);
  if (m) return `CN${m[1]}.${m[2]}`;
  // Another office's number: kept as written once it looks like one (letters, then digits).
  return /^[A-Z]{2}[A-Z0-9./-]*\d{4}[A-Z0-9./-]*$/.test(s) && s.length <= 40 ? s : null;
}

/** Publication or grant number (公开号/授权公告号), e.g. 'CN218751475U'; null when empty or malformed. */
export function normalisePubNo(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = toHalfWidth(String(value)).replace(/\s+/g, '').toUpperCase();
  if (/^\d/.test(s)) s = `CN${s}`;
  return /^[A-Z]{2}\d{4,}[A-Z]?\d?$/.test(s) ? s : null;
}

/** Result of reading a date cell: a value (null when the cell is empty) or not a date. */
export type DateResult = { ok: true; value: string | null } | { ok: false };

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date (2022-02-30 is not). */
function isoIfValid(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Spreadsheet day numbers (Excel's 1900 system): 44897 is 2022-12-02. */
function fromSerial(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 120000) return null;
  const t = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  return isoIfValid(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Words databases print for "no value". */
const EMPTY = new Set(['', '-', '--', '—', '/', 'none', 'null', 'n/a', 'na', '无', '暂无']);

/** True for an empty cell or a "no value" placeholder. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Placeholders are short; a long text (an abstract) is blank only if it is all whitespace.
  return value.length > 8 ? /^\s*$/.test(value) : EMPTY.has(value.trim().toLowerCase());
}

/**
 * Date cell → 'YYYY-MM-DD'. Accepts 20221202 (number or text), '2022-12-02', '2022.12.02', '2022/12/2',
 * '2022年12月2日', a time after the date, a JS Date (spreadsheet cell) and spreadsheet day numbers.
 */
export function normaliseDate(value: unknown): DateResult {
  if (isBlank(value)) return { ok: true, value: null };
  if (value instanceof Date) {
    const v = Number.isNaN(value.getTime()) ? null : isoIfValid(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return v ? { ok: true, value: v } : { ok: false };
  }
  if (typeof value === 'number') {
    const v = value >= 18000101 && value <= 22001231 ? normaliseDateText(String(value)) : fromSerial(value);
    return v ? { ok: true, value: v } : { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  const v = normaliseDateText(toHalfWidth(value).trim());
  return v ? { ok: true, value: v } : { ok: false };
}

function normaliseDateText(s: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return isoIfValid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  return m ? isoIfValid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const IPC_SYMBOL = /^([A-HY])(\d{2})([A-Z])(\d{1,4})\/(\d{1,6})$/;
const IPC_PREFIX = /^[A-HY](\d{2}([A-Z])?)?$/;

/**
 * One IPC symbol in the 'B64U20/80' form (section, class, subclass, group/subgroup, no spaces, no
 * leading zeros in the main group): accepts 'B64U 20/80', 'b64u20/80', 'H01M 10/0525(2010.01)' and
 * bare subclasses ('G06F'). Null when it is not one. Section Y exists only in CPC (`opts.cpc`).
 */
export function normaliseIpc(value: unknown, opts: { cpc?: boolean } = {}): string | null {
  if (typeof value !== 'string') return null;
  const s = toHalfWidth(value)
    .toUpperCase()
    .replace(/\(.*?\)/g, '')
    .replace(/\s+/g, '');
  if (s.startsWith('Y') && !opts.cpc) return null;
  const m = IPC_SYMBOL.exec(s);
  if (m) return `${m[1]}${m[2]}${m[3]}${Number(m[4])}/${m[5]}`;
  return IPC_PREFIX.test(s) ? s : null;
}

/** Patent type text (专利类型) → kind: '发明公开', '发明授权', '实用新型', '外观设计', English names. */
export function normaliseKind(value: unknown): PatentKind | null {
  if (typeof value !== 'string') return null;
  const s = toHalfWidth(value).replace(/\s+/g, '').toLowerCase();
  if (!s) return null;
  if (s.includes('实用新型') || s.startsWith('utility')) return 'utility';
  if (s.includes('外观') || s.startsWith('design')) return 'design';
  if (s.includes('发明') || s.startsWith('invention')) return 'invention';
  return null;
}
