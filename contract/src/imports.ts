import { z } from 'zod';
import { ZPageQuery, ZPaged } from './common.js';
import { ZMessage } from './messages.js';

export const ZImportKind = z.enum(['patents', 'trademarks']);
export const ZImportJob = z.object({
  id: z.number().int(),
  kind: ZImportKind,
  fileName: z.string(),
  /** 'interrupted': a running job stopped beating its heartbeat (its process was killed); re-run the file to resume. */
  status: z.enum(['running', 'done', 'failed', 'interrupted']),
  totalRows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  message: z.string().nullable(),
  /** The coded note of an interrupted job (re-run to resume), rendered in the user's language. */
  note: ZMessage.nullable(),
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
