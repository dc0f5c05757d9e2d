import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';

const target = { regionCode: REGION_A, orgId: null };

export const matrixSamples: MatrixSamples = {
  'GET /api/screen': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/screen?region=${REGION_A}&year=2023`, target }) },
  'GET /api/screen/map': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/screen/map?region=${REGION_A}`, target }) },
  'GET /api/screen/index-weights': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/screen/index-weights?region=${REGION_A}`, target }) },
  'PUT /api/screen/index-weights': {
    reach: 'jurisdiction',
    build: () =>
      Promise.resolve({
        url: '/api/screen/index-weights',
        body: { region: REGION_A, weights: [{ key: 'effective_invention_patents_per_10k', weight: 50 }] },
        target,
      }),
  },
};
