import {
  ZCaseStats,
  ZComplaint,
  ZComplaintReceipt,
  ZComplaintTracking,
  ZPatentDispute,
  ZPatentDisputeList,
  ZPenaltyCase,
  ZPenaltyCaseList,
  type ZSubmitComplaintBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

export const submitComplaint = (body: z.input<typeof ZSubmitComplaintBody>) => api.post('/api/complaints', ZComplaintReceipt, body);
export const trackComplaint = (code: string) => api.get(`/api/complaints/track/${encodeURIComponent(code)}`, ZComplaintTracking);
export const fetchCaseDesk = (query: Record<string, QueryValue>) => api.get('/api/cases', ZPenaltyCaseList, query);
export const fetchCaseStats = (query: Record<string, QueryValue>) => api.get('/api/cases/stats', ZCaseStats, query);

export const fetchComplaint = (id: number) => api.get(`/api/complaints/${id}`, ZComplaint);
export const complaintStep = (id: number, path: string, body: object) => api.post(`/api/complaints/${id}/${path}`, ZComplaint, body);
export const fetchPenaltyCase = (id: number) => api.get(`/api/cases/${id}`, ZPenaltyCase);
export const penaltyStep = (id: number, path: string, body: object) => api.post(`/api/cases/${id}/${path}`, ZPenaltyCase, body);
export const fetchDispute = (id: number) => api.get(`/api/disputes/${id}`, ZPatentDispute);
export const fetchDisputes = (query: Record<string, QueryValue>) => api.get('/api/disputes', ZPatentDisputeList, query);
export const disputeStep = (id: number, path: string, body: object) => api.post(`/api/disputes/${id}/${path}`, ZPatentDispute, body);
