import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';

async function giInA(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('geo_indications')
    .values({
      kind: 'product',
      name: `测试地标${w.seq()}`,
      reg_no: null,
      region_code: REGION_A,
      holder_name: null,
      holder_org_id: null,
      approved_on: null,
      status: 'active',
      notes: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const matrixSamples: MatrixSamples = {
  'GET /api/geo-indications': { reach: 'self', build: () => Promise.resolve({ url: `/api/geo-indications?regionCode=${REGION_A}` }) },
  'GET /api/geo-indications/:id': { reach: 'self', build: async (w) => ({ url: `/api/geo-indications/${await giInA(w)}` }) },
  'POST /api/geo-indications': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: '/api/geo-indications',
        body: { kind: 'product', name: `任城测试地标${w.seq()}`, regionCode: REGION_A },
        target: { regionCode: REGION_A, orgId: null },
      }),
  },
  'POST /api/geo-indications/:id/users': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/geo-indications/${await giInA(w)}/users`, body: { name: '某合作社' }, target: { regionCode: REGION_A, orgId: null } }),
  },
};
