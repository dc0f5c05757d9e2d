import type { MatrixSamples } from '../../../test/matrix.js';

export const matrixSamples: MatrixSamples = {
  // Rows are filtered to the caller's jurisdiction (audit.test.ts checks which rows each admin sees).
  'GET /api/audit': { reach: 'self', build: () => Promise.resolve({ url: '/api/audit' }) },
};
