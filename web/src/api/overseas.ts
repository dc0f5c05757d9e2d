import {
  ZAssistanceRequest,
  ZAssistanceRequestList,
  ZExpertCandidates,
  ZLegalInstitutionList,
  ZOverseasCaseList,
  ZOverseasWarning,
  ZOverseasWarningList,
  ZPublicExpertList,
  ZWorkstationList,
  ZWorkstation,
  ZExpert,
  ZExpertList,
  ZOverseasCase,
  ZLegalInstitution,
  ZRetiredEntry,
  ZRetiredEntryList,
  ZExportProfile,
  type OverseasLibrary,
  type ZExportProfileBody,
  type ZExpertBody,
  type ZExpertUpdateBody,
  type ZLegalInstitutionBody,
  type ZOverseasCaseBody,
  type ZWorkstationBody,
  type ZAssignRequestBody,
  type ZAssistanceRequestBody,
  type ZOverseasWarningBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

const base = '/api/overseas';

/** 海外维权: the public libraries, the request desk and early warnings. */
export const fetchWorkstations = () => api.get(`${base}/workstations`, ZWorkstationList);
export const fetchPublicExperts = () => api.get(`${base}/experts`, ZPublicExpertList);
export const fetchCases = (query: Record<string, QueryValue>) => api.get(`${base}/cases`, ZOverseasCaseList, query);
export const fetchInstitutions = (query: Record<string, QueryValue>) => api.get(`${base}/institutions`, ZLegalInstitutionList, query);
export const fetchWarnings = () => api.get(`${base}/warnings`, ZOverseasWarningList);
export const publishWarning = (body: z.input<typeof ZOverseasWarningBody>) => api.post(`${base}/warnings`, ZOverseasWarning, body);
export const fetchRequests = (query: Record<string, QueryValue>) => api.get(`${base}/requests`, ZAssistanceRequestList, query);
export const fetchRequest = (id: number) => api.get(`${base}/requests/${id}`, ZAssistanceRequest);
export const submitRequest = (body: z.input<typeof ZAssistanceRequestBody>) => api.post(`${base}/requests`, ZAssistanceRequest, body);
export const fetchCandidates = (id: number) => api.get(`${base}/requests/${id}/candidates`, ZExpertCandidates);
export const assignRequest = (id: number, body: z.input<typeof ZAssignRequestBody>) => api.post(`${base}/requests/${id}/assign`, ZAssistanceRequest, body);
export const respondRequest = (id: number, response: string) => api.post(`${base}/requests/${id}/respond`, ZAssistanceRequest, { response });
export const closeRequest = (id: number, summary: string) => api.post(`${base}/requests/${id}/close`, ZAssistanceRequest, { summary });
export const rateRequest = (id: number, satisfaction: number, comment: string) =>
  api.post(`${base}/requests/${id}/rate`, ZAssistanceRequest, { satisfaction, comment });

// —— Library upkeep (staff) ——
export const fetchStaffExperts = () => api.get(`${base}/experts/manage`, ZExpertList);
export const saveWorkstation = (id: number | null, body: z.input<typeof ZWorkstationBody>) =>
  id === null ? api.post(`${base}/workstations`, ZWorkstation, body) : api.patch(`${base}/workstations/${id}`, ZWorkstation, body);
export const saveExpert = (id: number | null, body: z.input<typeof ZExpertBody> & z.input<typeof ZExpertUpdateBody>) =>
  id === null ? api.post(`${base}/experts`, ZExpert, body) : api.patch(`${base}/experts/${id}`, ZExpert, body);
export const saveCase = (id: number | null, body: z.input<typeof ZOverseasCaseBody>) =>
  id === null ? api.post(`${base}/cases`, ZOverseasCase, body) : api.patch(`${base}/cases/${id}`, ZOverseasCase, body);
export const saveInstitution = (id: number | null, body: z.input<typeof ZLegalInstitutionBody>) =>
  id === null ? api.post(`${base}/institutions`, ZLegalInstitution, body) : api.patch(`${base}/institutions/${id}`, ZLegalInstitution, body);
export const setRetired = (library: OverseasLibrary, id: number, retired: boolean) =>
  api.post(`${base}/library/${library}/${id}/retired`, ZRetiredEntry, { retired });
export const fetchRetired = () => api.get(`${base}/library/retired`, ZRetiredEntryList);

// —— Export profile (enterprise) ——
export const fetchExportProfile = () => api.get(`${base}/export-profile`, ZExportProfile);
export const saveExportProfile = (body: z.input<typeof ZExportProfileBody>) => api.put(`${base}/export-profile`, ZExportProfile, body);
