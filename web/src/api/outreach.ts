import {
  ZNeed,
  ZNeedList,
  ZOutlet,
  ZOutletList,
  ZRegistration,
  ZRegistrationList,
  ZTraining,
  ZTrainingList,
  ZVisit,
  ZWindowLog,
  type ZOutletBody,
  type ZTrainingBody,
  type ZVisitBody,
  type ZWindowLogBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

const base = '/api/outreach';

/** 服务网点、培训活动、企业诉求. */
export const fetchOutlets = () => api.get(`${base}/outlets`, ZOutletList);
export const createOutlet = (body: z.input<typeof ZOutletBody>) => api.post(`${base}/outlets`, ZOutlet, body);
export const fetchWindowLog = (id: number) => api.get(`${base}/outlets/${id}/window-log`, ZWindowLog);
export const logWindow = (id: number, body: z.input<typeof ZWindowLogBody>) => api.post(`${base}/outlets/${id}/window-log`, ZWindowLog, body);
export const fetchTrainings = (query: Record<string, QueryValue>) => api.get(`${base}/trainings`, ZTrainingList, query);
export const createTraining = (body: z.input<typeof ZTrainingBody>) => api.post(`${base}/trainings`, ZTraining, body);
export const closeTraining = (id: number, action: 'held' | 'cancelled') => api.post(`${base}/trainings/${id}/close`, ZTraining, { action });
export const registerTraining = (id: number, body: { contactName: string; contactPhone: string; attendees: number }) =>
  api.post(`${base}/trainings/${id}/registrations`, ZRegistration, body);
export const fetchRegistrations = (id: number) => api.get(`${base}/trainings/${id}/registrations`, ZRegistrationList);
export const recordAttendance = (id: number, attended: boolean) => api.post(`${base}/registrations/${id}/attendance`, ZRegistration, { attended });
export const recordVisit = (body: z.input<typeof ZVisitBody>) => api.post(`${base}/visits`, ZVisit, body);
export const fetchNeeds = (query: Record<string, QueryValue>) => api.get(`${base}/needs`, ZNeedList, query);
export const answerNeed = (id: number, answer: string) => api.post(`${base}/needs/${id}/answer`, ZNeed, { answer });
export const rateNeed = (id: number, satisfaction: number, comment: string) => api.post(`${base}/needs/${id}/rate`, ZNeed, { satisfaction, comment });
