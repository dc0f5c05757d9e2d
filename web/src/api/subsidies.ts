import {
  ZLprRate,
  ZLprRateList,
  ZSubsidyApplication,
  ZSubsidyApplicationList,
  ZSubsidyBatch,
  ZSubsidyBatchDetail,
  ZSubsidyBatchList,
  ZSubsidyPolicyList,
  ZSubsidyPreview,
  type LprRateBody,
  type SubsidyApplyBody,
  type SubsidyPreviewBody,
} from '@zhichan/contract';
import { api, type QueryValue } from './client';

export const fetchSubsidyPolicies = () => api.get('/api/subsidies/policies', ZSubsidyPolicyList);
export const fetchLpr = () => api.get('/api/subsidies/lpr', ZLprRateList);
export const createLpr = (body: LprRateBody) => api.post('/api/subsidies/lpr', ZLprRate, body);
export const updateLpr = (id: number, body: LprRateBody) => api.put(`/api/subsidies/lpr/${id}`, ZLprRate, body);
export const previewSubsidy = (body: SubsidyPreviewBody) => api.post('/api/subsidies/preview', ZSubsidyPreview, body);
export const applyForSubsidy = (body: SubsidyApplyBody) => api.post('/api/subsidies/applications', ZSubsidyApplication, body);
export const fetchMySubsidies = (query: Record<string, QueryValue>) => api.get('/api/subsidies/applications/mine', ZSubsidyApplicationList, query);
export const fetchSubsidiesForReview = (query: Record<string, QueryValue>) => api.get('/api/subsidies/applications', ZSubsidyApplicationList, query);
export const fetchSubsidy = (id: number) => api.get(`/api/subsidies/applications/${id}`, ZSubsidyApplication);
export const verifySubsidy = (id: number, note?: string) => api.post(`/api/subsidies/applications/${id}/verify`, ZSubsidyApplication, { note });
export const returnSubsidy = (id: number, reason: string) => api.post(`/api/subsidies/applications/${id}/return`, ZSubsidyApplication, { reason });
export const rejectSubsidy = (id: number, reason: string) => api.post(`/api/subsidies/applications/${id}/reject`, ZSubsidyApplication, { reason });
export const withdrawSubsidy = (id: number) => api.post(`/api/subsidies/applications/${id}/withdraw`, ZSubsidyApplication, {});
export const fetchSubsidyBatches = (query: Record<string, QueryValue>) => api.get('/api/subsidies/batches', ZSubsidyBatchList, query);
export const fetchSubsidyBatch = (id: number) => api.get(`/api/subsidies/batches/${id}`, ZSubsidyBatchDetail);
export const createSubsidyBatch = (name: string, applicationIds: number[]) => api.post('/api/subsidies/batches', ZSubsidyBatch, { name, applicationIds });
export const approveSubsidyBatch = (id: number, approvalNo: string) => api.post(`/api/subsidies/batches/${id}/approve`, ZSubsidyBatchDetail, { approvalNo });
export const disburseSubsidyBatch = (id: number, paidOn: string, reference: string) =>
  api.post(`/api/subsidies/batches/${id}/disburse`, ZSubsidyBatch, { paidOn, reference });
