import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { figuresWorkbook, populationTestWorkbook } from './test-workbook.js';

const target = { regionCode: REGION_A, orgId: null };

/** A pending figure of region A entered by nobody in particular (so every reviewer may review it). */
async function figureInA(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('indicator_reported_values')
    .values({
      indicator_key: 'patent_dispute_cases',
      region_code: REGION_A,
      period: `${2000 + w.seq()}`,
      value: 12,
      unit: '件',
      qualifier: null,
      published_yoy_pct: null,
      published_rank: null,
      source: '矩阵测试',
      note: null,
      status: 'pending',
      hold_reason: null,
      author_id: null,
      reviewer_id: null,
      reviewed_at: null,
      review_note: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const matrixSamples: MatrixSamples = {
  'GET /api/indicators/catalogue': { reach: 'self', build: () => Promise.resolve({ url: '/api/indicators/catalogue' }) },
  'GET /api/indicators/values': {
    reach: 'jurisdiction',
    build: () =>
      Promise.resolve({ url: `/api/indicators/values?regionCode=${REGION_A}&period=2023&includeChildren=true&keys=effective_invention_patents`, target }),
  },
  'GET /api/indicators/values/export': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/indicators/values/export?regionCode=${REGION_A}&period=2023&keys=effective_invention_patents`, target }),
  },
  'GET /api/indicators/reported/export': { reach: 'self', build: () => Promise.resolve({ url: '/api/indicators/reported/export' }) },
  'GET /api/population': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/population?regionCode=${REGION_A}`, target }) },
  'PUT /api/population': {
    reach: 'jurisdiction',
    build: () =>
      Promise.resolve({
        url: '/api/population',
        body: { regionCode: REGION_A, year: 2023, basis: 'year_end_resident', population: 1250000, source: '统计公报' },
        target,
      }),
  },
  'PUT /api/population/basis': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: '/api/population/basis', body: { regionCode: REGION_A, basis: 'census' }, target }),
  },
  'POST /api/population/import-census': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: '/api/population/import-census', body: { regionCode: REGION_A }, target }),
  },
  // The list and the import act within the caller's own jurisdiction.
  'GET /api/indicators/reported': { reach: 'self', build: () => Promise.resolve({ url: '/api/indicators/reported?status=pending' }) },
  'POST /api/indicators/reported': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: '/api/indicators/reported',
        body: { indicatorKey: 'patent_dispute_cases', regionCode: REGION_A, period: String(1990 + (w.seq() % 30)), value: 5, source: '矩阵测试' },
        target,
      }),
  },
  'GET /api/indicators/reported/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/indicators/reported/${await figureInA(w)}`, target }) },
  'POST /api/indicators/reported/:id/review': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/indicators/reported/${await figureInA(w)}/review`, body: { decision: 'approve' }, target }),
  },
  'POST /api/indicators/reported/import': {
    reach: 'self',
    build: async () => ({
      url: '/api/indicators/reported/import',
      multipart: { file: { name: 'figures.xlsx', content: await figuresWorkbook({ '2023': [[REGION_A, 'patent_dispute_cases', 3, '件', '矩阵测试']] }) } },
    }),
  },
  'POST /api/population/import': {
    reach: 'self',
    build: async () => ({
      url: '/api/population/import',
      multipart: { file: { name: 'population.xlsx', content: await populationTestWorkbook([[REGION_A, 2023, '年末常住人口', 1250000, '矩阵测试']]) } },
    }),
  },
  'GET /api/population/template': { reach: 'self', build: () => Promise.resolve({ url: '/api/population/template' }) },
  'GET /api/population/export': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `/api/population/export?regionCode=${REGION_A}`, target }) },
};
