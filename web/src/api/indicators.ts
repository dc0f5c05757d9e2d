import {
  ZAssessmentScheme,
  ZAssessmentScores,
  ZImportCensusResult,
  ZIndicatorCatalogue,
  ZIndicatorValues,
  ZNotifyOverdueResult,
  ZOk,
  ZPlan,
  ZPlanList,
  ZPopulationImportResult,
  ZPopulationList,
  ZReportedFigure,
  ZReportedImportResult,
  ZReportedPage,
  ZSchemeList,
  type CreateReportedBody,
  type PopulationBasis,
  type ReportedStatus,
  type SavePlanBody,
  type SaveSchemeBody,
} from '@zhichan/contract';
import { api, toQueryString, type QueryValue } from './client';

/** Indicator monitoring API: catalogue, values, reported figures, population, plans, assessment. */
export const fetchCatalogue = () => api.get('/api/indicators/catalogue', ZIndicatorCatalogue);

export interface ValuesQuery extends Record<string, QueryValue> {
  regionCode: string;
  period: string;
  keys?: string;
  includeChildren?: 'true' | 'false';
  depth?: number;
  basis?: PopulationBasis;
}
export const fetchValues = (q: ValuesQuery) => api.get('/api/indicators/values', ZIndicatorValues, q);
export const valuesExportUrl = (q: ValuesQuery) => `/api/indicators/values/export${toQueryString(q)}`;

export const fetchReported = (q: { status?: ReportedStatus; page?: number; pageSize?: number; period?: string }) =>
  api.get('/api/indicators/reported', ZReportedPage, q);
export const reportedExportUrl = (q: { status?: ReportedStatus }) => `/api/indicators/reported/export${toQueryString(q)}`;
export const createReported = (body: CreateReportedBody) => api.post('/api/indicators/reported', ZReportedFigure, body);
export const reviewReported = (id: number, decision: 'approve' | 'reject', note?: string) =>
  api.post(`/api/indicators/reported/${id}/review`, ZReportedFigure, { decision, ...(note ? { note } : {}) });
export function importReported(file: Blob, name: string) {
  const form = new FormData();
  form.append('file', file, name);
  return api.upload('/api/indicators/reported/import', ZReportedImportResult, form);
}

export const fetchPopulation = (regionCode: string) => api.get('/api/population', ZPopulationList, { regionCode });
export const putPopulation = (body: { regionCode: string; year: number; basis: PopulationBasis; population: number; source: string }) =>
  api.put('/api/population', ZPopulationList, body);
export const putPopulationBasis = (regionCode: string, basis: PopulationBasis) => api.put('/api/population/basis', ZPopulationList, { regionCode, basis });
export function importPopulation(file: Blob, name: string) {
  const form = new FormData();
  form.append('file', file, name);
  return api.upload('/api/population/import', ZPopulationImportResult, form);
}
export const populationTemplateUrl = '/api/population/template';
export const populationExportUrl = (regionCode: string) => `/api/population/export${toQueryString({ regionCode })}`;
export const importCensus = (regionCode: string) => api.post('/api/population/import-census', ZImportCensusResult, { regionCode });

export const fetchPlans = () => api.get('/api/plans', ZPlanList);
export const fetchPlan = (id: number) => api.get(`/api/plans/${id}`, ZPlan);
export const planExportUrl = (id: number) => `/api/plans/${id}/export`;
export const setTaskDone = (planId: number, taskId: number, done: boolean) => api.post(`/api/plans/${planId}/tasks/${taskId}/done`, ZPlan, { done });
export const createPlan = (body: SavePlanBody) => api.post('/api/plans', ZPlan, body);
export const updatePlan = (id: number, body: SavePlanBody) => api.put(`/api/plans/${id}`, ZPlan, body);
export const deletePlan = (id: number) => api.delete(`/api/plans/${id}`, ZOk);
export const notifyOverdue = () => api.post('/api/plans/notify-overdue', ZNotifyOverdueResult, {});

export const fetchSchemes = () => api.get('/api/assessment/schemes', ZSchemeList);
export const fetchScores = (id: number) => api.get(`/api/assessment/schemes/${id}/scores`, ZAssessmentScores);
export const saveScheme = (id: number, body: SaveSchemeBody) => api.put(`/api/assessment/schemes/${id}`, ZAssessmentScheme, body);
export const schemeExportUrl = (id: number) => `/api/assessment/schemes/${id}/export`;
