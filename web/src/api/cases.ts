import { ZCaseStats, ZComplaintReceipt, ZComplaintTracking, ZPenaltyCaseList, type ZSubmitComplaintBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

export const submitComplaint = (body: z.input<typeof ZSubmitComplaintBody>) => api.post('/api/complaints', ZComplaintReceipt, body);
export const trackComplaint = (code: string) => api.get(`/api/complaints/track/${encodeURIComponent(code)}`, ZComplaintTracking);
export const fetchCaseDesk = (query: Record<string, QueryValue>) => api.get('/api/cases', ZPenaltyCaseList, query);
export const fetchCaseStats = (query: Record<string, QueryValue>) => api.get('/api/cases/stats', ZCaseStats, query);
