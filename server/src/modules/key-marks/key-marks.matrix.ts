import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';

const base = '/api/key-marks';

/** A standing listing of the region A bureau (inserted directly). */
async function buildKeyMark(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const mark = `重点标${w.seq()}`;
  const r = await w.ctx.db
    .insertInto('key_marks')
    .values({
      trademark_id: null,
      mark,
      mark_folded: mark,
      reg_no: null,
      holder_name: '测试权利人有限公司',
      reasons: '知名度高，多次被侵权',
      region_code: REGION_A,
      listed_on: '2025-01-01',
      removed_on: null,
      removal_reason: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id), mark };
}

export const matrixSamples: MatrixSamples = {
  'GET /api/key-marks': { reach: 'public', build: () => Promise.resolve({ url: `${base}?q=${encodeURIComponent('重点')}` }) },
  'GET /api/key-marks/flags': {
    reach: 'public',
    build: async (w) => ({ url: `${base}/flags?trademarkIds=1,2&names=${encodeURIComponent((await buildKeyMark(w)).mark)}` }),
  },
  'POST /api/key-marks': {
    reach: 'self',
    build: (w) =>
      Promise.resolve({ url: base, body: { mark: `列入标${w.seq()}`, holderName: '测试权利人有限公司', reasons: '驰名商标', listedOn: '2025-03-01' } }),
  },
  'POST /api/key-marks/:id/remove': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/${(await buildKeyMark(w)).id}/remove`,
      body: { reason: '权利人申请移出', removedOn: '2025-06-01' },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
};
