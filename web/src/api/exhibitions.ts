import {
  ZCommitment,
  ZExhibitFiling,
  ZExhibitFilingList,
  ZFair,
  ZFairComplaint,
  ZFairComplaintList,
  ZFairList,
  ZMyExhibitions,
  type ZExhibitFilingBody,
  type ZFairBody,
  type ZFairComplaintBody,
  type ZResolveComplaintBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

const base = '/api/exhibitions';
export const fetchFairs = (query: Record<string, QueryValue>) => api.get(`${base}/fairs`, ZFairList, query);
export const fetchFair = (id: number) => api.get(`${base}/fairs/${id}`, ZFair);
export const fetchFairFilings = (id: number) => api.get(`${base}/fairs/${id}/filings`, ZExhibitFilingList);
export const fetchFairComplaints = (id: number) => api.get(`${base}/fairs/${id}/complaints`, ZFairComplaintList);
export const fetchMyExhibitions = () => api.get(`${base}/mine`, ZMyExhibitions);
export const registerFair = (body: z.input<typeof ZFairBody>) => api.post(`${base}/fairs`, ZFair, body);
export const fileExhibit = (fairId: number, body: z.input<typeof ZExhibitFilingBody>) => api.post(`${base}/fairs/${fairId}/filings`, ZExhibitFiling, body);
export const signCommitment = (fairId: number) => api.post(`${base}/fairs/${fairId}/commitment`, ZCommitment, { accept: true });
export const receiveComplaint = (fairId: number, body: z.input<typeof ZFairComplaintBody>) =>
  api.post(`${base}/fairs/${fairId}/complaints`, ZFairComplaint, body);
export const passOnComplaint = (id: number, to: string) => api.post(`${base}/complaints/${id}/pass-on`, ZFairComplaint, { to });
export const resolveComplaint = (id: number, body: z.input<typeof ZResolveComplaintBody>) => api.post(`${base}/complaints/${id}/resolve`, ZFairComplaint, body);
