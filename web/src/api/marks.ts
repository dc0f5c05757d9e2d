import { ZGeoIndication, ZGiList, ZTrademarkList, type ZAddGiUserBody, type ZCreateGiBody, type ZGiKind } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export interface TrademarkListQuery {
  q?: string;
  regionCode?: string;
  niceClass?: string;
  page: number;
  pageSize: number;
}

export interface GiListQuery {
  regionCode?: string;
  kind?: z.infer<typeof ZGiKind>;
  page: number;
  pageSize: number;
}

/** Registered trademarks (商标) with their derived in-force state. */
export const fetchTrademarks = (query: TrademarkListQuery) => api.get('/api/trademarks', ZTrademarkList, { ...query });
/** Geographical indications (地理标志). */
export const fetchGeoIndications = (query: GiListQuery) => api.get('/api/geo-indications', ZGiList, { ...query });
/** One GI with its authorised users (专用标志使用人). */
export const fetchGeoIndication = (id: number) => api.get(`/api/geo-indications/${id}`, ZGeoIndication);
export const createGeoIndication = (body: z.input<typeof ZCreateGiBody>) => api.post('/api/geo-indications', ZGeoIndication, body);
export const addGiUser = (id: number, body: z.input<typeof ZAddGiUserBody>) => api.post(`/api/geo-indications/${id}/users`, ZGeoIndication, body);
