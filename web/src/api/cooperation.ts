import {
  ZEcommerceOpinion,
  ZEcommerceOpinionList,
  ZMediation,
  ZMediationList,
  ZMediationOrgList,
  ZPartnerOrgList,
  ZReferral,
  ZReferralList,
  ZThresholdCheck,
  type ZCreateReferralBody,
  type ZEcommerceRequestBody,
  type ZOpenMediationBody,
  type ZReverseReferralBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

/** 行刑衔接 */
export const fetchReferrals = (query: Record<string, QueryValue>) => api.get('/api/referrals', ZReferralList, query);
export const fetchReferral = (id: number) => api.get(`/api/referrals/${id}`, ZReferral);
export const fetchPartners = () => api.get('/api/referrals/partners', ZPartnerOrgList);
export const fetchThreshold = (offence: string, valueYuan?: number) => api.get('/api/referrals/threshold', ZThresholdCheck, { offence, valueYuan });
export const proposeReferral = (body: z.input<typeof ZCreateReferralBody>) => api.post('/api/referrals', ZReferral, body);
export const referBack = (body: z.input<typeof ZReverseReferralBody>) => api.post('/api/referrals/reverse', ZReferral, body);
/** One step of a referral (`approve`, `hand-over`, `accept`, …) with its body. */
export const referralStep = (id: number, step: string, body: object) => api.post(`/api/referrals/${id}/${step}`, ZReferral, body);

/** 调解 */
export const fetchMediations = (query: Record<string, QueryValue>) => api.get('/api/mediations', ZMediationList, query);
export const fetchMediation = (id: number) => api.get(`/api/mediations/${id}`, ZMediation);
export const fetchMediationOrgs = () => api.get('/api/mediation-orgs', ZMediationOrgList);
export const openMediation = (body: z.input<typeof ZOpenMediationBody>) => api.post('/api/mediations', ZMediation, body);
export const openDirectMediation = (body: Omit<z.input<typeof ZOpenMediationBody>, 'mediationOrgId' | 'source'>) =>
  api.post('/api/mediations/direct', ZMediation, body);
export const mediationStep = (id: number, step: string, body: object) => api.post(`/api/mediations/${id}/${step}`, ZMediation, body);

/** 电商侵权判定咨询意见 */
export const fetchOpinions = (query: Record<string, QueryValue>) => api.get('/api/ecommerce-opinions', ZEcommerceOpinionList, query);
export const requestOpinion = (body: z.input<typeof ZEcommerceRequestBody>) => api.post('/api/ecommerce-opinions', ZEcommerceOpinion, body);
export const issueOpinion = (id: number, body: object) => api.post(`/api/ecommerce-opinions/${id}/issue`, ZEcommerceOpinion, body);
export const registerMediationOrg = (body: { orgId: number; kind: string; scope?: string }) =>
  api.post('/api/mediation-orgs', ZMediationOrgList.shape.items.element, body);
