import type { MatrixSamples, World } from '../../../test/matrix.js';

async function trademark(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('trademarks')
    .values({
      reg_no: `TM${w.seq()}`,
      mark: '济宁好礼',
      classes: '["30"]',
      owner_name: '测试企业',
      owner_org_id: null,
      region_code: '370811',
      app_date: '2019-01-01',
      reg_date: '2020-01-01',
      expires_on: '2030-01-01',
      status: '已注册',
      madrid: 0,
      well_known: 0,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const matrixSamples: MatrixSamples = {
  // Trademarks are public record: every signed-in role may read them.
  'GET /api/trademarks': { reach: 'self', build: () => Promise.resolve({ url: '/api/trademarks?regionCode=370811' }) },
  'GET /api/trademarks/:id': { reach: 'self', build: async (w) => ({ url: `/api/trademarks/${await trademark(w)}` }) },
};
