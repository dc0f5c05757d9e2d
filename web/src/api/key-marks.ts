import { ZKeyMark, ZKeyMarkFlags, ZKeyMarkList, type ZKeyMarkBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

/** 重点商标保护名录 and its flags. */
export const fetchKeyMarks = (query: Record<string, QueryValue>) => api.get('/api/key-marks', ZKeyMarkList, query);
export const listKeyMark = (body: z.input<typeof ZKeyMarkBody>) => api.post('/api/key-marks', ZKeyMark, body);
export const removeKeyMark = (id: number, body: { reason: string; removedOn: string }) => api.post(`/api/key-marks/${id}/remove`, ZKeyMark, body);
export const fetchKeyMarkFlags = (trademarkIds: number[]) => api.get('/api/key-marks/flags', ZKeyMarkFlags, { trademarkIds: trademarkIds.join(',') });
