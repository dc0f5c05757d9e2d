import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/** Key trademark protection list (重点商标保护名录): listed marks, their holder and the reasons. */
export const ZKeyMarkBody = z
  .object({
    /** A trademark of the register; its mark and holder are taken from there. */
    trademarkId: z.number().int().positive().optional(),
    /** A mark not (yet) in the platform's register: its text and holder. */
    mark: ZLineText.trim().min(1).max(100).optional(),
    holderName: ZLineText.trim().min(2).max(200).optional(),
    regNo: ZLineText.trim().max(30).optional(),
    reasons: ZMultilineText.trim().min(2).max(2000),
    listedOn: ZIsoDate,
  })
  .refine((b) => b.trademarkId !== undefined || (b.mark !== undefined && b.holderName !== undefined), {
    message: '请选择登记簿中的商标，或填写商标文字和权利人',
    path: ['trademarkId'],
  });
export type KeyMarkBody = z.infer<typeof ZKeyMarkBody>;
export const ZKeyMark = z.object({
  id: z.number().int(),
  trademarkId: z.number().int().nullable(),
  mark: z.string(),
  regNo: z.string().nullable(),
  holderName: z.string(),
  reasons: z.string(),
  regionCode: z.string(),
  listedOn: z.string(),
  removedOn: z.string().nullable(),
  removalReason: z.string().nullable(),
  isDemo: z.boolean(),
});
export type KeyMark = z.infer<typeof ZKeyMark>;
export const ZKeyMarkQuery = ZPageQuery.extend({
  q: ZLineText.trim().max(100).optional(),
  includeRemoved: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const ZKeyMarkList = ZPaged(ZKeyMark);
export const ZRemoveKeyMarkBody = z.object({ reason: ZLineText.trim().min(2).max(500), removedOn: ZIsoDate });

const splitCsv = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : [];
/** Trademark ids and mark names, comma-separated in the query string (each list is one field, named as such). */
export const ZKeyMarkFlagsQuery = z.object({
  trademarkIds: z
    .string()
    .max(2000)
    .regex(/^[\d,\s]*$/, '应为以逗号分隔的正整数')
    .optional()
    .transform((v) =>
      splitCsv(v)
        .map(Number)
        .filter((n) => Number.isSafeInteger(n) && n > 0)
        .slice(0, 100),
    ),
  names: ZLineText.max(2000)
    .optional()
    .transform((v) =>
      splitCsv(v)
        .map((n) => n.slice(0, 100))
        .slice(0, 100),
    ),
});
/** A flag on a trademark or a mark name that is on the list. */
export const ZKeyMarkFlag = z.object({
  keyMarkId: z.number().int(),
  trademarkId: z.number().int().nullable(),
  mark: z.string(),
  holderName: z.string(),
  reasons: z.string(),
  listedOn: z.string(),
  /** What matched: the listed trademark itself, or a mark of the same text (folded as the registry folds text). */
  match: z.enum(['trademark', 'name']),
  /** The trademark id or the name asked about that this flag answers. */
  forTrademarkId: z.number().int().nullable(),
  forName: z.string().nullable(),
});
export type KeyMarkFlag = z.infer<typeof ZKeyMarkFlag>;
export const ZKeyMarkFlags = z.object({ items: z.array(ZKeyMarkFlag) });
