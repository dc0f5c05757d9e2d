import {
  ZCreditListing,
  ZCreditListingList,
  ZCreditPublicList,
  ZCreditRepair,
  ZCreditRepairList,
  ZMyCredit,
  type ZApplyCreditRepairBody,
  type ZCreateCreditListingBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

export const fetchPublicCredit = (query: Record<string, QueryValue>) => api.get('/api/credit/public', ZCreditPublicList, query);
export const fetchCreditListings = (query: Record<string, QueryValue>) => api.get('/api/credit/listings', ZCreditListingList, query);
export const fetchCreditRepairs = (query: Record<string, QueryValue>) => api.get('/api/credit/repairs', ZCreditRepairList, query);
export const fetchMyCredit = () => api.get('/api/credit/mine', ZMyCredit);
export const createCreditListing = (body: z.input<typeof ZCreateCreditListingBody>) => api.post('/api/credit/listings', ZCreditListing, body);
export const revokeCreditListing = (id: number, reason: string) => api.post(`/api/credit/listings/${id}/revoke`, ZCreditListing, { reason });
export const applyCreditRepair = (id: number, body: z.input<typeof ZApplyCreditRepairBody>) =>
  api.post(`/api/credit/listings/${id}/repairs`, ZCreditRepair, body);
export const approveCreditRepair = (id: number) => api.post(`/api/credit/repairs/${id}/approve`, ZCreditRepair, {});
export const rejectCreditRepair = (id: number, reason: string) => api.post(`/api/credit/repairs/${id}/reject`, ZCreditRepair, { reason });
