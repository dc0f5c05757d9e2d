import { ZPolicyTrial, ZSubsidyPolicyVersion, ZSubsidyPolicyVersionList, type SubsidyPolicyBody, type SubsidyPolicyCreateBody } from '@zhichan/contract';
import { api } from './client';

/** Policies staff maintain: versions, a new version, a new policy, 试算 of a draft rule. */
export const fetchPolicyVersions = (key: string) => api.get(`/api/subsidies/policies/${encodeURIComponent(key)}/versions`, ZSubsidyPolicyVersionList);
export const revisePolicy = (key: string, body: Omit<SubsidyPolicyBody, 'rule'> & { rule: unknown }) =>
  api.put(`/api/subsidies/policies/${encodeURIComponent(key)}`, ZSubsidyPolicyVersion, body);
export const createSubsidyPolicy = (body: Omit<SubsidyPolicyCreateBody, 'rule'> & { rule: unknown }) =>
  api.post('/api/subsidies/policies', ZSubsidyPolicyVersion, body);
export const trialPolicy = (body: { rule: unknown; sample: unknown }) => api.post('/api/subsidies/policies/trial', ZPolicyTrial, body);
