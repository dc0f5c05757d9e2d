import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';

const concordance = { rows: [{ industryCode: '3.2', industryName: '新能源汽车产业', ipcPrefix: 'H01M' }] };

export const matrixSamples: MatrixSamples = {
  // Reference data readable by every signed-in user; changed only by bureau staff (region-wide settings).
  'GET /api/high-value/concordance': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/concordance' }) },
  'PUT /api/high-value/concordance': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/concordance', body: concordance }) },
  'GET /api/high-value/settings': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/settings' }) },
  'PUT /api/high-value/settings': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/settings', body: { pledgeThreshold: 10_000_000 } }) },
  'GET /api/high-value/counts': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/high-value/counts?regionCode=${REGION_A}`, target: { regionCode: REGION_A, orgId: null } }),
  },
};
