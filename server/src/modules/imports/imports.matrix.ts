import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';

const CSV = '申请号,专利名称,申请日,专利类型\nCN202010000001.1,一种矩阵测试装置,2020-01-02,发明\n';

async function jobInA(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('import_jobs')
    .values({
      kind: 'patents',
      file_name: 'x.csv',
      status: 'done',
      total_rows: 1,
      inserted: 1,
      updated: 0,
      rejected: 0,
      message: null,
      started_by: null,
      region_code: REGION_A,
      started_at: at,
      finished_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const matrixSamples: MatrixSamples = {
  // Anyone who may manage the registry may import (the registry is city-wide public data); jobs and
  // their error reports are visible within the jurisdiction they were started in.
  // The upload's own row (job created), then the job's: one per batch and one when it finishes.
  'POST /api/imports': {
    reach: 'self',
    auditRows: 3,
    build: () => Promise.resolve({ url: '/api/imports', multipart: { fields: { kind: 'patents' }, file: { name: 'patents.csv', content: CSV } } }),
  },
  'GET /api/imports': { reach: 'self', build: () => Promise.resolve({ url: '/api/imports' }) },
  'GET /api/imports/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/imports/${await jobInA(w)}`, target: { regionCode: REGION_A, orgId: null } }),
  },
  'GET /api/imports/:id/errors': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/imports/${await jobInA(w)}/errors`, target: { regionCode: REGION_A, orgId: null } }),
  },
};
