import {
  ZDeclarablePatentList,
  ZOpenLicence,
  ZOpenLicenceDeclaration,
  ZOpenLicenceDeclarationList,
  ZOpenLicenceList,
  ZOpenLicenceStats,
  type AuthorityActBody,
  type ZDeclareOpenLicenceBody,
  type ZObtainLicenceBody,
  type ZResubmitDeclarationBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

const base = '/api/open-licences';

export const fetchCatalogue = (query: Record<string, QueryValue>) => api.get(`${base}/catalogue`, ZOpenLicenceDeclarationList, query);
export const fetchCatalogueEntry = (id: number) => api.get(`${base}/catalogue/${id}`, ZOpenLicenceDeclaration);
export const fetchDeclarablePatents = () => api.get(`${base}/declarable-patents`, ZDeclarablePatentList);
export const fetchMyDeclarations = (query: Record<string, QueryValue>) => api.get(`${base}/declarations/mine`, ZOpenLicenceDeclarationList, query);
export const fetchReviewQueue = (query: Record<string, QueryValue>) => api.get(`${base}/declarations`, ZOpenLicenceDeclarationList, query);
export const fetchDeclaration = (id: number) => api.get(`${base}/declarations/${id}`, ZOpenLicenceDeclaration);
export const declareOpenLicence = (body: z.input<typeof ZDeclareOpenLicenceBody>) => api.post(`${base}/declarations`, ZOpenLicenceDeclaration, body);
export const approveDeclaration = (id: number, note?: string) => api.post(`${base}/declarations/${id}/approve`, ZOpenLicenceDeclaration, { note });
export const returnDeclaration = (id: number, reason: string) => api.post(`${base}/declarations/${id}/return`, ZOpenLicenceDeclaration, { reason });
export const rejectDeclaration = (id: number, reason: string) => api.post(`${base}/declarations/${id}/reject`, ZOpenLicenceDeclaration, { reason });
export const resubmitDeclaration = (id: number, body: z.input<typeof ZResubmitDeclarationBody>) =>
  api.post(`${base}/declarations/${id}/resubmit`, ZOpenLicenceDeclaration, body);
export const withdrawDeclaration = (id: number) => api.post(`${base}/declarations/${id}/withdraw`, ZOpenLicenceDeclaration, {});
/** CNIPA's announcement of a declaration (its number and date), as the patentee or a reviewer enters it. */
export const announceDeclaration = (id: number, body: AuthorityActBody) => api.post(`${base}/declarations/${id}/announcement`, ZOpenLicenceDeclaration, body);
/** CNIPA's filing of a licence by notice (its number and date), as either party enters it. */
export const recordLicenceFiling = (id: number, body: AuthorityActBody) => api.post(`${base}/licences/${id}/cnipa-filing`, ZOpenLicence, body);
export const obtainLicence = (id: number, body: z.input<typeof ZObtainLicenceBody>) => api.post(`${base}/declarations/${id}/licences`, ZOpenLicence, body);
export const fetchMyLicences = () => api.get(`${base}/licences/mine`, ZOpenLicenceList);
export const fetchOpenLicenceStats = (query: Record<string, QueryValue>) => api.get(`${base}/stats`, ZOpenLicenceStats, query);
