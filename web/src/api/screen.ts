import { ZIndexWeights, ZScreenData, ZScreenMap, type PutIndexWeightsBody } from '@zhichan/contract';
import { api } from './client';

/** Everything the monitoring screen shows, in one load. */
export const fetchScreen = (region: string | undefined, period: string | undefined) => api.get('/api/screen', ZScreenData, { region, period });
/** The schematic hex map of a region's counties and towns (static: cached for the session). */
export const fetchScreenMap = (region: string | undefined) => api.get('/api/screen/map', ZScreenMap, { region });
export const fetchIndexWeights = (region: string | undefined) => api.get('/api/screen/index-weights', ZIndexWeights, { region });
export const saveIndexWeights = (body: PutIndexWeightsBody) => api.put('/api/screen/index-weights', ZIndexWeights, body);
