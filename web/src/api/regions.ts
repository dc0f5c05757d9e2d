import { ZHealth, ZRegionList } from '@zhichan/contract';
import { api } from './client';

/** Child regions of `parent`, or the provinces when no parent is given. */
export const fetchRegions = (parent?: string) => api.get('/api/regions', ZRegionList, { parent });
/** The region and its ancestors, province first. */
export const fetchRegionPath = (code: string) => api.get(`/api/regions/${code}/path`, ZRegionList);
/** The platform's city (the server's CITY_REGION), read from the public health answer. */
export const fetchCityRegion = async () => (await api.get('/api/health', ZHealth)).cityRegion;
