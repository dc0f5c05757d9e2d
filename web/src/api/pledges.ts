import {
  ZInsurancePolicy,
  ZInsurancePolicyList,
  ZPledgeApplication,
  ZPledgeApplicationList,
  ZPledgeStats,
  ZPledgeableRights,
  ZPledgeeList,
  ZPledgePrefill,
  ZSecuritization,
  ZSecuritizationList,
  type AuthorityActBody,
  type PledgeRule,
  type ZCreatePledgeBody,
  type ZCreatePolicyBody,
  type ZCreateSecuritizationBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

export const fetchMyPledges = (query: Record<string, QueryValue>) => api.get('/api/pledges/mine', ZPledgeApplicationList, query);
export const fetchBankPledges = (query: Record<string, QueryValue>) => api.get('/api/pledges/bank', ZPledgeApplicationList, query);
export const fetchPledgesForReview = (query: Record<string, QueryValue>) => api.get('/api/pledges', ZPledgeApplicationList, query);
export const fetchPledgeStats = (query: Record<string, QueryValue>) => api.get('/api/pledges/stats', ZPledgeStats, query);
export const fetchPledge = (id: number) => api.get(`/api/pledges/${id}`, ZPledgeApplication);
export const fetchPledgeableRights = () => api.get('/api/pledges/rights', ZPledgeableRights);
export const fetchPledgees = () => api.get('/api/pledges/pledgees', ZPledgeeList);
export const createPledge = (body: z.input<typeof ZCreatePledgeBody>) => api.post('/api/pledges', ZPledgeApplication, body);
export const confirmPledge = (id: number, attachmentIds: number[]) => api.post(`/api/pledges/${id}/confirm`, ZPledgeApplication, { attachmentIds });
export const declinePledge = (id: number, reason: string) => api.post(`/api/pledges/${id}/decline`, ZPledgeApplication, { reason });
export const withdrawPledge = (id: number, reason: string) => api.post(`/api/pledges/${id}/withdraw`, ZPledgeApplication, { reason });
/** The registering authority's acts (its number and date): registration, refusal, change, release. */
export const registerPledge = (id: number, body: AuthorityActBody) => api.post(`/api/pledges/${id}/registration`, ZPledgeApplication, body);
export const refusePledge = (id: number, body: AuthorityActBody & { rule: PledgeRule; note: string }) =>
  api.post(`/api/pledges/${id}/refusal`, ZPledgeApplication, body);
export const changePledge = (id: number, body: AuthorityActBody & { securedAmount?: number; debtEndsOn?: string }) =>
  api.post(`/api/pledges/${id}/change`, ZPledgeApplication, body);
export const releasePledge = (id: number, body: AuthorityActBody) => api.post(`/api/pledges/${id}/release`, ZPledgeApplication, body);

export const fetchPolicies = (query: Record<string, QueryValue>) => api.get('/api/ip-insurance/policies', ZInsurancePolicyList, query);
export const fetchPolicy = (id: number) => api.get(`/api/ip-insurance/policies/${id}`, ZInsurancePolicy);
export const createPolicy = (body: z.input<typeof ZCreatePolicyBody>) => api.post('/api/ip-insurance/policies', ZInsurancePolicy, body);
export const fetchSecuritizations = (query: Record<string, QueryValue>) => api.get('/api/ip-insurance/securitizations', ZSecuritizationList, query);
export const createSecuritization = (body: z.input<typeof ZCreateSecuritizationBody>) => api.post('/api/ip-insurance/securitizations', ZSecuritization, body);
/** 发起质押登记: the joint application's terms from an approved pledge-loan application (409 when it cannot be linked). */
export const fetchPledgePrefill = (financingApplicationId: number) => api.get(`/api/pledges/from-financing/${financingApplicationId}`, ZPledgePrefill);
