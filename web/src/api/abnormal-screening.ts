import { ZScreeningFlagDetail, ZScreeningFlagList, ZScreeningRun } from '@zhichan/contract';
import { api, type QueryValue } from './client';

const base = '/api/abnormal-screening';

/** 异常申请筛查: flags, their evidence, the staff decision and runs. */
export const fetchFlags = (query: Record<string, QueryValue>) => api.get(`${base}/flags`, ZScreeningFlagList, query);
export const fetchFlag = (id: number) => api.get(`${base}/flags/${id}`, ZScreeningFlagDetail);
export const decideFlag = (id: number, action: 'confirm' | 'dismiss', reason: string) =>
  api.post(`${base}/flags/${id}/${action}`, ZScreeningFlagDetail, { reason });
export const linkCreditListing = (id: number, listingId: number) => api.post(`${base}/flags/${id}/credit-listing`, ZScreeningFlagDetail, { listingId });
export const runScreening = (mode: 'full' | 'incremental') => api.post(`${base}/runs`, ZScreeningRun, { mode });
