import {
  ZWhitelist,
  ZWhitelistBankList,
  ZWhitelistEntryList,
  ZWhitelistFeedbackImportResult,
  ZWhitelistList,
  ZWhitelistOutcomes,
  type ZCreateWhitelistBody,
  type ZWhitelistFeedbackBody,
  type ZWhitelistReviewBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

const base = '/api/whitelists';

export const whitelistKeys = ['whitelists'] as const;

// Bureau side
export const fetchWhitelists = (query: Record<string, QueryValue>) => api.get(base, ZWhitelistList, query);
export const fetchWhitelist = (id: number) => api.get(`${base}/${id}`, ZWhitelist);
export const fetchWhitelistEntries = (id: number, query: Record<string, QueryValue>) => api.get(`${base}/${id}/entries`, ZWhitelistEntryList, query);
export const fetchWhitelistOutcomes = (id: number) => api.get(`${base}/${id}/outcomes`, ZWhitelistOutcomes);
export const fetchWhitelistBanks = () => api.get(`${base}/banks`, ZWhitelistBankList);
export const createWhitelist = (body: z.input<typeof ZCreateWhitelistBody>) => api.post(base, ZWhitelist, body);
export const reviewWhitelist = (id: number, body: z.input<typeof ZWhitelistReviewBody>) => api.post(`${base}/${id}/review`, ZWhitelist, body);
export const publishWhitelist = (id: number) => api.post(`${base}/${id}/publish`, ZWhitelist, {});
export const reviseWhitelist = (id: number) => api.post(`${base}/${id}/revise`, ZWhitelist, {});
export const pushWhitelist = (id: number, bankOrgIds: number[]) => api.post(`${base}/${id}/pushes`, ZWhitelist, { bankOrgIds });
export const whitelistExportUrl = (id: number) => `${base}/${id}/export`;

// Bank side
export const fetchPushedWhitelists = (query: Record<string, QueryValue>) => api.get(`${base}/pushed`, ZWhitelistList, query);
export const fetchPushedWhitelist = (id: number) => api.get(`${base}/pushed/${id}`, ZWhitelist);
export const fetchPushedEntries = (id: number, query: Record<string, QueryValue>) => api.get(`${base}/pushed/${id}/entries`, ZWhitelistEntryList, query);
export const sendFeedback = (id: number, body: z.input<typeof ZWhitelistFeedbackBody>) => api.post(`${base}/pushed/${id}/feedback`, ZWhitelist, body);
export const pushedExportUrl = (id: number) => `${base}/pushed/${id}/export`;
export function uploadFeedback(id: number, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload(`${base}/pushed/${id}/feedback/import`, ZWhitelistFeedbackImportResult, form);
}
