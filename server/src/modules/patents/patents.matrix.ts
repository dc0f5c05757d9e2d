import type { MatrixSamples } from '../../../test/matrix.js';
import { buildPatent } from '../../../test/factories.js';

export const matrixSamples: MatrixSamples = {
  // Patents are public record: every signed-in role may read them, in any region.
  'GET /api/patents/:id': { reach: 'self', build: async (w) => ({ url: `/api/patents/${(await buildPatent(w.ctx, { region: '370811' })).id}` }) },
};

Object.assign(matrixSamples, {
  'GET /api/patents/search': { reach: 'self', build: () => Promise.resolve({ url: `/api/patents/search?q=${encodeURIComponent('TX=电池 AND IC=H01M')}` }) },
  'GET /api/patents/export': { reach: 'self', build: () => Promise.resolve({ url: `/api/patents/export?q=${encodeURIComponent('电池')}&format=csv` }) },
  'GET /api/patents/analysis': { reach: 'self', build: () => Promise.resolve({ url: `/api/patents/analysis?q=${encodeURIComponent('电池')}` }) },
  'GET /api/patents/analysis/export': { reach: 'self', build: () => Promise.resolve({ url: `/api/patents/analysis/export?q=${encodeURIComponent('电池')}` }) },
  'POST /api/patents/search': { reach: 'self', build: () => Promise.resolve({ url: '/api/patents/search', body: { q: 'TX=电池 AND IC=H01M' } }) },
  'POST /api/patents/export': { reach: 'self', build: () => Promise.resolve({ url: '/api/patents/export', body: { q: '电池', format: 'csv' } }) },
  'POST /api/patents/analysis': { reach: 'self', build: () => Promise.resolve({ url: '/api/patents/analysis', body: { q: '电池' } }) },
  'POST /api/patents/analysis/export': { reach: 'self', build: () => Promise.resolve({ url: '/api/patents/analysis/export', body: { q: '电池' } }) },
} satisfies MatrixSamples);
