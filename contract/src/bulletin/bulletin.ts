import { z } from 'zod';
import { ZRegionCode } from '../common.js';

/** Query of the annual statistical bulletin (统计公报): a region (default: the user's own) and a period (default: last year). */
export const ZBulletinQuery = z.object({
  region: ZRegionCode.optional(),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-01\.\.\d{4}-(0[1-9]|1[0-2]))?$/, '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10')
    .optional(),
});
export type BulletinQuery = z.infer<typeof ZBulletinQuery>;

/** A figure the bulletin states, with what it is, when, and where it comes from (the footnote). */
export const ZBulletinFigure = z.object({
  /** Footnote number, 1-based, in order of first mention. */
  ref: z.number().int(),
  key: z.string(),
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  /** As printed in the text, e.g. 7420件, 45.2亿元, 11万件以上. */
  text: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  origin: z.enum(['computed', 'reported']),
  source: z.string(),
  /** Year-on-year change as printed, and whether it was computed or published with the figure. */
  yoyPct: z.number().nullable(),
  yoySource: z.enum(['computed', 'published']).nullable(),
  /** The provincial rank as published with the figure. */
  provinceRank: z.number().int().nullable(),
  /** Per-10,000 values: the population the value was divided by. */
  basis: z.string().nullable(),
  /** The footnote: all of the above in one Chinese sentence. */
  note: z.string(),
});
export type BulletinFigure = z.infer<typeof ZBulletinFigure>;

/** A run of text; a run with `ref` is a number backed by figure `ref`. */
export const ZBulletinSegment = z.object({ text: z.string(), ref: z.number().int().nullable() });
export type BulletinSegment = z.infer<typeof ZBulletinSegment>;

export const ZBulletin = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  periodLabel: z.string(),
  title: z.string(),
  generatedAt: z.string(),
  paragraphs: z.array(z.object({ link: z.string(), heading: z.string(), segments: z.array(ZBulletinSegment) })),
  figures: z.array(ZBulletinFigure),
});
export type Bulletin = z.infer<typeof ZBulletin>;
