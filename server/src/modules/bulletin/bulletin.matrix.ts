import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';

const target = { regionCode: REGION_A, orgId: null };

export const matrixSamples: MatrixSamples = {
  'GET /api/bulletin': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/bulletin?region=${REGION_A}&period=2023`, target }) },
  'GET /api/bulletin/docx': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/bulletin/docx?region=${REGION_A}&period=2023`, target }) },
};
