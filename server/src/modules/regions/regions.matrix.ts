import type { MatrixSamples } from '../../../test/matrix.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/regions': { reach: 'public', build: () => Promise.resolve({ url: '/api/regions?parent=370811' }) },
  'GET /api/regions/:code/path': { reach: 'public', build: () => Promise.resolve({ url: '/api/regions/370811002/path' }) },
};
