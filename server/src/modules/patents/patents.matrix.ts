import type { MatrixSamples } from '../../../test/matrix.js';
import { buildPatent } from '../../../test/factories.js';

export const matrixSamples: MatrixSamples = {
  // Patents are public record: every signed-in role may read them, in any region.
  'GET /api/patents/:id': { reach: 'self', build: async (w) => ({ url: `/api/patents/${(await buildPatent(w.ctx, { region: '370811' })).id}` }) },
};
