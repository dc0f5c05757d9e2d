import { ZImportJob, ZImportJobList, type ZImportKind } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export type ImportKind = z.infer<typeof ZImportKind>;

/** Uploads a CSV/XLSX/JSON/JSONL file and starts its import; `kind` goes before `file` (the server reads fields in order). */
export function startImport(kind: ImportKind, file: Blob, fileName: string) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, fileName);
  return api.upload('/api/imports', ZImportJob, form);
}

export const fetchImportJob = (id: number) => api.get(`/api/imports/${id}`, ZImportJob);
export const fetchImportJobs = (page: number, pageSize: number) => api.get('/api/imports', ZImportJobList, { page, pageSize });
/** Download address of a job's error report (CSV: row number, reason, raw data). */
export const importErrorsUrl = (id: number) => `/api/imports/${id}/errors`;
