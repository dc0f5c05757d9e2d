import { TOWN_A, type MatrixSamples } from '../../../test/matrix.js';
import { buildOverduePatent } from './test-helpers.js';

const base = '/api/reminders';

export const matrixSamples: MatrixSamples = {
  'GET /api/reminders/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/mine` }) },
  'GET /api/reminders/fee-schedule': { reach: 'self', build: () => Promise.resolve({ url: `${base}/fee-schedule` }) },
  'GET /api/reminders/lapse-risk': { reach: 'self', build: () => Promise.resolve({ url: `${base}/lapse-risk?page=1` }) },
  'POST /api/reminders/lapse-risk/:id/remind': {
    reach: 'jurisdiction',
    build: async (w) => {
      const { id } = await buildOverduePatent(w.ctx, { orgId: w.orgs.entA, region: TOWN_A });
      return { url: `${base}/lapse-risk/${id}/remind`, body: { note: '请尽快补缴年费及滞纳金。' }, target: { regionCode: TOWN_A, orgId: null } };
    },
  },
};
