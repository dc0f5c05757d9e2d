import {
  ZAgency,
  ZAgencyList,
  ZDrawVerification,
  ZInspectionObject,
  ZInspectionPlan,
  ZInspectionPlanList,
  ZInspector,
  ZInspectorList,
  ZPublicInspectionResultList,
  type ZAgencyBody,
  type ZInspectionPlanBody,
  type ZInspectionResultBody,
  type ZInspectorBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

const base = '/api/agency-inspections';
export const fetchAgencies = () => api.get(`${base}/agencies`, ZAgencyList);
export const fetchInspectors = () => api.get(`${base}/inspectors`, ZInspectorList);
export const fetchInspectionPlans = () => api.get(`${base}/plans`, ZInspectionPlanList);
export const fetchPublicInspectionResults = () => api.get(`${base}/results`, ZPublicInspectionResultList);
export const verifyInspectionDraw = (id: number, seed: string) => api.get(`${base}/plans/${id}/verify`, ZDrawVerification, { seed });
export const createAgency = (body: z.input<typeof ZAgencyBody>) => api.post(`${base}/agencies`, ZAgency, body);
export const createInspector = (body: z.input<typeof ZInspectorBody>) => api.post(`${base}/inspectors`, ZInspector, body);
export const createInspectionPlan = (body: z.input<typeof ZInspectionPlanBody>) => api.post(`${base}/plans`, ZInspectionPlan, body);
export const drawInspectionPlan = (id: number, seed: string) => api.post(`${base}/plans/${id}/draw`, ZInspectionPlan, { seed });
export const recuseInspector = (objectId: number, inspectorId: number, reason: string) =>
  api.post(`${base}/objects/${objectId}/recusal`, ZInspectionObject, { inspectorId, reason });
export const recordInspectionResult = (objectId: number, body: z.input<typeof ZInspectionResultBody>) =>
  api.post(`${base}/objects/${objectId}/result`, ZInspectionObject, body);
export const publishInspectionResult = (objectId: number) => api.post(`${base}/objects/${objectId}/publish`, ZInspectionObject, {});
