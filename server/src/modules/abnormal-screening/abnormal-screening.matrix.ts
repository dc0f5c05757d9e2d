import { TOWN_A, type MatrixSamples } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { listForTest } from '../credit/test-helpers.js';
import { flagForTest } from './test-helpers.js';

const base = '/api/abnormal-screening';
const target = { regionCode: TOWN_A, orgId: null };

export const matrixSamples: MatrixSamples = {
  'GET /api/abnormal-screening/flags': { reach: 'self', build: () => Promise.resolve({ url: `${base}/flags?status=open` }) },
  'GET /api/abnormal-screening/flags/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/flags/${await flagForTest(w.ctx, { regionCode: TOWN_A })}`, target }),
  },
  'POST /api/abnormal-screening/flags/:id/confirm': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/flags/${await flagForTest(w.ctx, { regionCode: TOWN_A })}/confirm`, body: { reason: '经核查属重复提交' }, target }),
  },
  'POST /api/abnormal-screening/flags/:id/dismiss': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/flags/${await flagForTest(w.ctx, { regionCode: TOWN_A })}/dismiss`, body: { reason: '经核查为正常申请' }, target }),
  },
  'POST /api/abnormal-screening/flags/:id/credit-listing': {
    reach: 'jurisdiction',
    build: async (w) => {
      const id = await flagForTest(w.ctx, { regionCode: TOWN_A, orgId: w.orgs.entA, status: 'confirmed' });
      // Key supervision only: no other module's sample of the same enterprise is refused by it.
      const listingId = await listForTest(w.ctx, { orgId: w.orgs.entA, measures: ['key_supervision'], startsOn: todayIso(w.ctx) });
      return { url: `${base}/flags/${id}/credit-listing`, body: { listingId }, target };
    },
  },
  'POST /api/abnormal-screening/runs': { reach: 'self', build: () => Promise.resolve({ url: `${base}/runs`, body: { mode: 'incremental' } }) },
};
