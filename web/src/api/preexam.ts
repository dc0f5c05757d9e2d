import {
  ZPreexamEntity,
  ZPreexamEntityList,
  ZPreexamFieldList,
  ZPreexamMine,
  ZPreexamRequest,
  ZPreexamRequestList,
  ZPreexamStats,
  type ZPreexamCorrectBody,
  type ZPreexamEntityBody,
  type ZPreexamEntityStepBody,
  type ZPreexamRequestBody,
  type ZPreexamStepBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

const base = '/api/preexam';
export const fetchPreexamFields = (centreRegion?: string) => api.get(`${base}/fields`, ZPreexamFieldList, centreRegion ? { centreRegion } : {});
export const fetchMyPreexam = () => api.get(`${base}/mine`, ZPreexamMine);
export const fetchPreexamEntities = () => api.get(`${base}/entities`, ZPreexamEntityList, { pageSize: 100 });
export const fetchPreexamRequests = () => api.get(`${base}/requests`, ZPreexamRequestList, { pageSize: 100 });
export const fetchPreexamStats = () => api.get(`${base}/stats`, ZPreexamStats);
export const applyPreexamEntity = (body: z.input<typeof ZPreexamEntityBody>) => api.post(`${base}/entities`, ZPreexamEntity, body);
export const stepPreexamEntity = (id: number, body: z.input<typeof ZPreexamEntityStepBody>) => api.post(`${base}/entities/${id}/steps`, ZPreexamEntity, body);
export const renewPreexamEntity = (id: number) => api.post(`${base}/entities/${id}/renew`, ZPreexamEntity, {});
export const submitPreexamRequest = (body: z.input<typeof ZPreexamRequestBody>) => api.post(`${base}/requests`, ZPreexamRequest, body);
export const stepPreexamRequest = (id: number, body: z.input<typeof ZPreexamStepBody>) => api.post(`${base}/requests/${id}/steps`, ZPreexamRequest, body);
export const correctPreexamRequest = (id: number, body: z.input<typeof ZPreexamCorrectBody>) =>
  api.post(`${base}/requests/${id}/correct`, ZPreexamRequest, body);
