import { z } from 'zod';

/** Region levels: 1 province, 2 city, 3 county, 4 town/street. */
export const ZRegionLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ZRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: ZRegionLevel,
  parentCode: z.string().nullable(),
  fullName: z.string(),
  hasChildren: z.boolean(),
});
export type Region = z.infer<typeof ZRegion>;

export const ZRegionCodeParams = z.object({ code: z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码应为6位或9位数字') });
export const ZRegionChildrenQuery = z.object({
  parent: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional(),
});
export const ZRegionList = z.object({ items: z.array(ZRegion) });
