import dayjs from 'dayjs';
import { z } from 'zod';
import { normaliseDate, toHalfWidth } from '../record.js';
import { cellText, parseProvinceCode, parseYesNo, splitCodes } from './cells.js';
import { pickValue, type ColumnMap } from './column-map.js';
import type { RegionResolver } from './region-resolver.js';

/** Columns of a trademark export (商标数据) the import reads. */
export type TrademarkField =
  'regNo' | 'mark' | 'classes' | 'owner' | 'address' | 'provinceCode' | 'appDate' | 'regDate' | 'term' | 'status' | 'madrid' | 'wellKnown' | 'creditCode';

/** Header spellings per field, preferred first (compared after normaliseHeader). */
export const trademarkHeaderAliases: Readonly<Record<TrademarkField, readonly string[]>> = {
  regNo: ['注册号', '注册号/申请号', '商标注册号', '申请号', 'reg_no', 'registration_number'],
  mark: ['商标名称', '商标', '商标文字', '商标名', 'mark', 'trademark'],
  classes: ['国际分类', '国际分类号', '类别', '类号', '商品类别', '尼斯分类', 'nice_class', 'classes'],
  owner: ['注册人', '注册人名称', '商标权人', '申请人', '申请人名称', '权利人', 'owner', 'applicant'],
  address: ['注册人地址', '申请人地址', '地址', 'address'],
  provinceCode: ['国省代码', '省市代码', 'province_code'],
  appDate: ['申请日期', '申请日', 'app_date', 'application_date'],
  regDate: ['注册日期', '注册公告日期', '注册日', 'reg_date', 'registration_date'],
  term: ['专用权期限', '专用期限', '有效期', '专用权期限截止日', '到期日', 'expires_on'],
  status: ['商标状态', '当前状态', '状态', '法律状态', 'status'],
  madrid: ['是否马德里', '马德里', '马德里国际注册', 'madrid'],
  wellKnown: ['是否驰名', '驰名商标', '是否驰名商标', 'well_known'],
  creditCode: ['统一社会信用代码', '信用代码', 'credit_code'],
};

const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** The canonical trademark record (商标) an import row becomes. */
export const ZTrademarkRecord = z.object({
  regNo: z.string().min(1),
  mark: z.string().min(1),
  /** Nice classes (尼斯分类) 1–45. */
  classes: z.array(z.number().int().min(1).max(45)).min(1),
  ownerName: z.string().min(1),
  creditCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  appDate: ZDate,
  regDate: ZDate,
  expiresOn: ZDate,
  status: z.string().min(1),
  madrid: z.boolean(),
  wellKnown: z.boolean(),
});
export type TrademarkRecord = z.infer<typeof ZTrademarkRecord>;

/** Nice class numbers from '9;35;42', '第9类', '09,35'; null when any part is not a class 1–45. */
export function parseNiceClasses(value: unknown): number[] | null {
  const parts = splitCodes(value);
  const out: number[] = [];
  for (const p of parts) {
    const m = /^第?0*(\d{1,2})类?$/.exec(toHalfWidth(p).replace(/\s+/g, ''));
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 1 && n <= 45)) return null;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** The end of an exclusive-right term (专用权期限 '2015-03-14至2025-03-13' → 2025-03-13). */
export function termEnd(value: unknown): string | null | undefined {
  const text = cellText(value);
  if (text === null) return null;
  const dates = toHalfWidth(text).match(/\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?|\d{8}/g);
  const last = dates?.[dates.length - 1];
  const r = last ? normaliseDate(last) : { ok: false as const };
  return r.ok ? r.value : undefined;
}

/** Validates one trademark row; reasons are in Chinese. */
export function mapTrademarkRow(
  raw: Readonly<Record<string, unknown>>,
  columns: ColumnMap<TrademarkField>,
  regions: RegionResolver | null,
): { ok: true; record: TrademarkRecord } | { ok: false; reasons: string[] } {
  const get = (f: TrademarkField) => pickValue(raw, columns, f);
  const reasons: string[] = [];
  const regNo = cellText(get('regNo'))?.replace(/\s+/g, '').toUpperCase() ?? null;
  if (!regNo) reasons.push('缺少注册号');
  const mark = cellText(get('mark'));
  if (!mark) reasons.push('缺少商标名称');
  const ownerName = cellText(get('owner'));
  if (!ownerName) reasons.push('缺少注册人');
  const classes = parseNiceClasses(get('classes'));
  if (classes === null || classes.length === 0) reasons.push(classes === null ? `国际分类不正确：${cellText(get('classes'))}` : '缺少国际分类');
  const date = (f: 'appDate' | 'regDate', label: string) => {
    const r = normaliseDate(get(f));
    if (!r.ok) reasons.push(`${label}格式不正确：${cellText(get(f))}`);
    return r.ok ? r.value : null;
  };
  const appDate = date('appDate', '申请日期');
  const regDate = date('regDate', '注册日期');
  let expiresOn = termEnd(get('term'));
  if (expiresOn === undefined) reasons.push(`专用权期限格式不正确：${cellText(get('term'))}`);
  if (reasons.length > 0 || !regNo || !mark || !ownerName || !classes) return { ok: false, reasons };
  // Trademark Law art. 39: ten years from the approval of registration.
  if (!expiresOn && regDate) expiresOn = dayjs(regDate).add(10, 'year').subtract(1, 'day').format('YYYY-MM-DD');
  const address = cellText(get('address'));
  const record = {
    regNo,
    mark,
    classes,
    ownerName,
    creditCode: cellText(get('creditCode'))?.toUpperCase() ?? null,
    regionCode: regions?.resolve(address, parseProvinceCode(get('provinceCode'))) ?? null,
    appDate,
    regDate,
    expiresOn: expiresOn ?? null,
    status: cellText(get('status')) ?? (regDate ? '已注册' : '申请中'),
    madrid: parseYesNo(get('madrid')),
    wellKnown: parseYesNo(get('wellKnown')),
  };
  const parsed = ZTrademarkRecord.safeParse(record);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, reasons: parsed.error.issues.map((i) => `字段 ${i.path.join('.')} 不合法`) };
}
