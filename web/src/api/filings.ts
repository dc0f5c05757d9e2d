import { ZFiling, ZFilingList, ZFilingStats, type AuthorityActBody, type ZSubmitFilingBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

export const fetchMyFilings = (query: Record<string, QueryValue>) => api.get('/api/filings/mine', ZFilingList, query);
export const fetchFilingsForReview = (query: Record<string, QueryValue>) => api.get('/api/filings', ZFilingList, query);
export const fetchFiling = (id: number) => api.get(`/api/filings/${id}`, ZFiling);
export const fetchFilingStats = (query: Record<string, QueryValue>) => api.get('/api/filings/stats', ZFilingStats, query);
export const submitFiling = (body: z.input<typeof ZSubmitFilingBody>) => api.post('/api/filings', ZFiling, body);
export const resubmitFiling = (id: number, body: z.input<typeof ZSubmitFilingBody>) => api.post(`/api/filings/${id}/resubmit`, ZFiling, body);
export const approveFiling = (id: number) => api.post(`/api/filings/${id}/approve`, ZFiling, {});
export const returnFiling = (id: number, reason: string) => api.post(`/api/filings/${id}/return`, ZFiling, { reason });
export const rejectFiling = (id: number, reason: string) => api.post(`/api/filings/${id}/reject`, ZFiling, { reason });
/** The competent authority's act on a filing (its number and date): the filing itself, its change, its cancellation. */
export const registerFiling = (id: number, body: AuthorityActBody) => api.post(`/api/filings/${id}/registration`, ZFiling, body);
export const changeFiling = (id: number, body: AuthorityActBody & { endsOn: string }) => api.post(`/api/filings/${id}/change`, ZFiling, body);
export const cancelFiling = (id: number, body: AuthorityActBody) => api.post(`/api/filings/${id}/cancellation`, ZFiling, body);
