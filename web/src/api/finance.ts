import {
  ZCollateralOptions,
  ZFinanceApplication,
  ZFinanceApplicationList,
  ZFinanceConsentList,
  ZFinanceOversight,
  ZFinanceProductDetail,
  ZFinanceProductList,
  ZIpFacts,
  ZMyPrecheck,
  type ApplyBody,
  type FinanceProductBody,
} from '@zhichan/contract';
import { api, type QueryValue } from './client';

const base = '/api/finance';

export const fetchSupermarket = (query: Record<string, QueryValue>) => api.get(`${base}/products`, ZFinanceProductList, query);
export const fetchCompare = (ids: number[]) => api.get(`${base}/products/compare`, ZFinanceProductList, { ids: ids.join(',') });
export const fetchProduct = (id: number) => api.get(`${base}/products/${id}`, ZFinanceProductDetail);
export const fetchMyProducts = (query: Record<string, QueryValue>) => api.get(`${base}/products/mine`, ZFinanceProductList, query);
export const fetchProductReview = (query: Record<string, QueryValue>) => api.get(`${base}/products/review`, ZFinanceProductList, query);
export const createProduct = (body: FinanceProductBody) => api.post(`${base}/products`, ZFinanceProductDetail, body);
export const reviseProduct = (id: number, body: FinanceProductBody) => api.put(`${base}/products/${id}`, ZFinanceProductDetail, body);
export const delistProduct = (id: number) => api.post(`${base}/products/${id}/delist`, ZFinanceProductDetail, {});
export const approveProduct = (id: number) => api.post(`${base}/products/${id}/approve`, ZFinanceProductDetail, {});
export const returnProduct = (id: number, reason: string) => api.post(`${base}/products/${id}/return`, ZFinanceProductDetail, { reason });

export const fetchPrecheck = () => api.get(`${base}/precheck`, ZMyPrecheck);
export const fetchCollateralOptions = () => api.get(`${base}/collateral-options`, ZCollateralOptions);
export const applyForProduct = (body: ApplyBody) => api.post(`${base}/applications`, ZFinanceApplication, body);
export const fetchMyApplications = (query: Record<string, QueryValue>) => api.get(`${base}/applications/mine`, ZFinanceApplicationList, query);
export const fetchBankApplications = (query: Record<string, QueryValue>) => api.get(`${base}/applications/bank`, ZFinanceApplicationList, query);
export const fetchOverseenApplications = (query: Record<string, QueryValue>) => api.get(`${base}/applications`, ZFinanceApplicationList, query);
export const fetchApplication = (id: number) => api.get(`${base}/applications/${id}`, ZFinanceApplication);
export const fetchIpFacts = (id: number) => api.get(`${base}/applications/${id}/ip-facts`, ZIpFacts);
export const applicationStep = (id: number, step: string, body: unknown = {}) => api.post(`${base}/applications/${id}/${step}`, ZFinanceApplication, body);
export const fetchConsents = () => api.get(`${base}/consents`, ZFinanceConsentList);
export const revokeConsent = (id: number, reason: string) => api.post(`${base}/consents/${id}/revoke`, ZFinanceConsentList, { reason });
export const fetchOversight = (query: Record<string, QueryValue>) => api.get(`${base}/oversight`, ZFinanceOversight, query);
