import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';

const target = { regionCode: REGION_A, orgId: null };
const body = { name: '矩阵考核', regionCode: REGION_A, year: 2025, items: [{ indicatorKey: 'effective_invention_patents', weight: 100, rule: 'rank' }] };

async function schemeInA(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const s = await w.ctx.db
    .insertInto('assessment_schemes')
    .values({ name: '矩阵考核', region_code: REGION_A, year: 2025, is_demo: 0, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await w.ctx.db
    .insertInto('assessment_items')
    .values({ scheme_id: Number(s.id), indicator_key: 'effective_invention_patents', weight: 100, rule: 'rank', target_value: null, seq: 0 })
    .execute();
  return Number(s.id);
}

export const matrixSamples: MatrixSamples = {
  'GET /api/assessment/schemes': { reach: 'self', build: () => Promise.resolve({ url: '/api/assessment/schemes' }) },
  'POST /api/assessment/schemes': { reach: 'jurisdiction', build: () => Promise.resolve({ url: '/api/assessment/schemes', body, target }) },
  'PUT /api/assessment/schemes/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/assessment/schemes/${await schemeInA(w)}`, body, target }) },
  'GET /api/assessment/schemes/:id/scores': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/assessment/schemes/${await schemeInA(w)}/scores`, target }),
  },
  'GET /api/assessment/schemes/:id/export': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/assessment/schemes/${await schemeInA(w)}/export`, target }),
  },
};
