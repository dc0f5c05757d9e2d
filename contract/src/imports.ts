import { z } from 'zod';
import { ZPageQuery, ZPaged } from './common.js';

export const ZImportKind = z.enum(['patents', 'trademarks']);
export const ZImportJob = z.object({
  id: z.number().int(),
  kind: ZImportKind,
  fileName: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  totalRows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  message: z.string().nullable(),
  /** Share of the file read so far (0–1) while running; null once the job has ended. */
  progress: z.number().nullable(),
  startedBy: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ZImportJob>;
export const ZImportJobList = ZPaged(ZImportJob);
export const ZImportJobQuery = ZPageQuery;
