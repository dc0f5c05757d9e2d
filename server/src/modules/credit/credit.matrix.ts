import { TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { listForTest, monthsAgo, pendingRepairForTest } from './test-helpers.js';

const base = '/api/credit';
const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
// The matrix's organisations are shared by every module's samples: these listings impose only measures no other
// module checks (key supervision), so a subsidy or white-list sample of the same enterprise is not refused.
const listingOfA = (w: World, startsOn = todayIso(w.ctx)) =>
  listForTest(w.ctx, { orgId: w.orgs.entA, measures: ['key_supervision'], startsOn, published: true });

export const matrixSamples: MatrixSamples = {
  'GET /api/credit/public': { reach: 'public', build: () => Promise.resolve({ url: `${base}/public?page=1` }) },
  'GET /api/credit/listings': { reach: 'self', build: () => Promise.resolve({ url: `${base}/listings?status=in_force` }) },
  'POST /api/credit/listings': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/listings`,
        body: {
          subjectKind: 'org',
          orgId: w.orgs.entA,
          behaviour: 'malicious_trademark_application',
          measures: ['key_supervision', 'no_credit_commitment'],
          evidence: '经查，该企业在一年内恶意抢注他人知名商标 23 件。',
          authority: '济宁市市场监督管理局',
          decisionNo: `济市监信〔2026〕${w.seq()}号`,
          decidedOn: todayIso(w.ctx),
          startsOn: todayIso(w.ctx),
          published: true,
        },
        target: { regionCode: TOWN_A, orgId: null },
      }),
  },
  'GET /api/credit/listings/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/listings/${await listingOfA(w)}`, target: entA(w) }),
  },
  'POST /api/credit/listings/:id/revoke': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/listings/${await listingOfA(w)}/revoke`, body: { reason: '行政复议撤销原认定决定' }, target: entA(w) }),
  },
  'GET /api/credit/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/mine` }) },
  'POST /api/credit/listings/:id/repairs': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/listings/${await listingOfA(w, monthsAgo(w.ctx, 7))}/repairs`,
      body: { statement: '已撤回全部恶意申请，完成整改并作出信用承诺。' },
      target: entA(w),
    }),
  },
  'GET /api/credit/repairs': { reach: 'self', build: () => Promise.resolve({ url: `${base}/repairs?status=pending` }) },
  'POST /api/credit/repairs/:id/approve': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/repairs/${(await pendingRepairForTest(w.ctx, w.orgs.entA)).repairId}/approve`, body: {}, target: entA(w) }),
  },
  'POST /api/credit/repairs/:id/reject': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/repairs/${(await pendingRepairForTest(w.ctx, w.orgs.entA)).repairId}/reject`,
      body: { reason: '整改材料不完整' },
      target: entA(w),
    }),
  },
};
