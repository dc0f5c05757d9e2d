import { z } from 'zod';
import { ZCoded } from './messages.js';
import { ZLineText } from './text.js';

/** Numeric record id in a path, e.g. `/api/orgs/:id`. */
export const ZIdParams = z.object({ id: z.coerce.number().int().positive() });
export type IdParams = z.infer<typeof ZIdParams>;

/** Paging query parameters shared by every list endpoint. */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A page of items with the total count. */
export function ZPaged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/** Every error response: a machine code, a human message and the offending fields. */
export const ZErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  /** Extra machine-readable facts, e.g. the position of a search-syntax error. */
  details: z.record(z.string(), z.unknown()).optional(),
  /** The message's code in the catalogue (`messages.ts`) and its parameters, so the web app renders it in either language. */
  messageCode: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Each coded entry of `fields`: its code and parameters (same keys as `fields`). */
  fieldCodes: z.record(z.string(), ZCoded).optional(),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

/** The `error` codes of a refused upload (every upload route answers with these). */
export const uploadErrorCodes = {
  /** 400: not a multipart/form-data request, no file in it, or an empty file. */
  missing: 'bad_request',
  /** 413: the file is larger than the route accepts. */
  tooLarge: 'too_large',
  /** 415: the file's extension is not one the route accepts. */
  unsupportedType: 'unsupported_type',
} as const;

export const ZOk = z.object({ ok: z.literal(true) });

/** ISO 8601 timestamp text as stored and returned by the API. */
export const ZTimestamp = z.string();

/** Region code: 6 digits (province, city, county) or 9 digits (town/street). */
export const ZRegionCode = z.string().regex(/^(\d{6}|\d{9})$/, '行政区划代码应为6位或9位数字');

/** Optional text filter from a query string: blank means absent. */
export const ZOptionalText = ZLineText.trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined));

/** Chinese mainland mobile or landline number. */
export const ZPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话号码格式不正确，应为 11 位手机号（如 13800000000）或固定电话（如 0537-2345678）');

/** Resident identity card number (18 characters, last may be X). */
export const ZIdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, '身份证号码格式不正确');

/** A calendar date 'YYYY-MM-DD' that exists (2023-02-30 is refused). */
export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期不存在');
