import { ZOrg, ZOrgList, type ZCreateOrgBody, type ZOrgListQuery, type ZUpdateOrgBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export type OrgListQuery = Partial<z.infer<typeof ZOrgListQuery>>;

export const fetchOrgs = (query: OrgListQuery) => api.get('/api/orgs', ZOrgList, query);
export const fetchOrg = (id: number) => api.get(`/api/orgs/${id}`, ZOrg);
export const createOrg = (body: z.input<typeof ZCreateOrgBody>) => api.post('/api/orgs', ZOrg, body);
export const updateOrg = (id: number, body: z.input<typeof ZUpdateOrgBody>) => api.patch(`/api/orgs/${id}`, ZOrg, body);
