import type { MatrixSamples } from '../../../test/matrix.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/saved-searches': { reach: 'self', build: () => Promise.resolve({ url: '/api/saved-searches' }) },
  'POST /api/saved-searches': {
    reach: 'self',
    build: () => Promise.resolve({ url: '/api/saved-searches', body: { name: '锂电池', query: 'TX=锂电池 AND IC=H01M' } }),
  },
  'DELETE /api/saved-searches/:id': {
    reach: 'self',
    build: async (w, p) => {
      // The caller's own saved search (another user's is a 404: see saved-searches.test.ts).
      const at = w.ctx.clock.now().toISOString();
      const r = await w.ctx.db
        .insertInto('saved_searches')
        .values({ user_id: p.userId ?? 0, name: 'x', query: '电池', alert: 1, last_match_count: 0, last_checked_at: null, created_at: at })
        .returning('id')
        .executeTakeFirst()
        .catch(() => undefined);
      return { url: `/api/saved-searches/${r ? Number(r.id) : 999999}` };
    },
  },
};
