import type { MatrixSamples } from '../../../test/matrix.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/health': { reach: 'public', build: () => Promise.resolve({ url: '/api/health' }) },
};
