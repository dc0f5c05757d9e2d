import {
  ZEnterpriseList,
  ZEnterpriseProfile,
  ZSessionInfo,
  type EnterpriseTag,
  type ZEnterpriseListQuery,
  type ZRegisterEnterpriseBody,
  type ZResubmitBody,
  type ZUpdateEnterpriseBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, setCsrfToken } from './client';

export type EnterpriseListQuery = Partial<z.infer<typeof ZEnterpriseListQuery>>;

/** Self-registration (企业自助注册); the registrant comes back signed in. */
export async function registerEnterprise(body: z.input<typeof ZRegisterEnterpriseBody>) {
  const info = await api.post('/api/enterprises/register', ZSessionInfo, body);
  setCsrfToken(info.csrfToken);
  return info;
}

export const fetchEnterprises = (query: EnterpriseListQuery) => api.get('/api/enterprises', ZEnterpriseList, query);
export const fetchMyEnterprise = () => api.get('/api/enterprises/mine', ZEnterpriseProfile);
export const fetchEnterprise = (id: number) => api.get(`/api/enterprises/${id}`, ZEnterpriseProfile);
export const updateEnterprise = (id: number, body: z.input<typeof ZUpdateEnterpriseBody>) => api.patch(`/api/enterprises/${id}`, ZEnterpriseProfile, body);
export const setEnterpriseTags = (id: number, tags: EnterpriseTag[]) => api.put(`/api/enterprises/${id}/tags`, ZEnterpriseProfile, { tags });
export const approveEnterprise = (id: number) => api.post(`/api/enterprises/${id}/approve`, ZEnterpriseProfile);
export const rejectEnterprise = (id: number, reason: string) => api.post(`/api/enterprises/${id}/reject`, ZEnterpriseProfile, { reason });
export const resubmitEnterprise = (id: number, body: z.input<typeof ZResubmitBody>) => api.post(`/api/enterprises/${id}/resubmit`, ZEnterpriseProfile, body);
