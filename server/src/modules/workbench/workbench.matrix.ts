import type { MatrixSamples } from '../../../test/matrix.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/workbench': { reach: 'self', build: () => Promise.resolve({ url: '/api/workbench' }) },
};
