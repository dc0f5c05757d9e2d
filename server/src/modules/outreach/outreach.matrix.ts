import { TOWN_A, type MatrixSamples } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { needForTest, outletForTest, registrationForTest, trainingForTest } from './test-helpers.js';

const base = '/api/outreach';
const inA = { regionCode: TOWN_A, orgId: null };
const outletBody = {
  name: '任城区知识产权信息服务网点',
  level: 'county',
  services: ['patent_info', 'trademark_window'],
  regionCode: TOWN_A,
  address: '济宁市任城区共青团路1号',
  contactName: '李老师',
  contactPhone: '0537-2345678',
  hours: '工作日 9:00-17:00',
};

export const matrixSamples: MatrixSamples = {
  'GET /api/outreach/outlets': { reach: 'self', build: () => Promise.resolve({ url: `${base}/outlets` }) },
  'POST /api/outreach/outlets': { reach: 'jurisdiction', build: () => Promise.resolve({ url: `${base}/outlets`, body: outletBody, target: inA }) },
  'PUT /api/outreach/outlets/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/outlets/${await outletForTest(w.ctx, TOWN_A)}`, body: outletBody, target: inA }),
  },
  'GET /api/outreach/outlets/:id/window-log': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/outlets/${await outletForTest(w.ctx, TOWN_A)}/window-log`, target: inA }),
  },
  'POST /api/outreach/outlets/:id/window-log': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/outlets/${await outletForTest(w.ctx, TOWN_A)}/window-log`,
      body: { onDate: todayIso(w.ctx), kind: 'application', applicant: '济宁某食品有限公司', count: 2, note: '' },
      target: inA,
    }),
  },
  'GET /api/outreach/trainings': { reach: 'public', build: () => Promise.resolve({ url: `${base}/trainings?page=1` }) },
  'GET /api/outreach/trainings/:id': { reach: 'public', build: async (w) => ({ url: `${base}/trainings/${await trainingForTest(w.ctx, TOWN_A)}` }) },
  'POST /api/outreach/trainings': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/trainings`,
        body: {
          title: '专利质押融资政策宣讲会',
          kind: 'pledge_training',
          regionCode: TOWN_A,
          heldOn: todayIso(w.ctx),
          place: '许庄街道便民服务中心',
          organiser: '任城区市场监督管理局',
          capacity: 60,
          description: '',
        },
        target: inA,
      }),
  },
  'POST /api/outreach/trainings/:id/close': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/trainings/${await trainingForTest(w.ctx, TOWN_A)}/close`, body: { action: 'held', note: '' }, target: inA }),
  },
  'POST /api/outreach/trainings/:id/registrations': {
    reach: 'self',
    build: async (w) => ({
      url: `${base}/trainings/${await trainingForTest(w.ctx, TOWN_A)}/registrations`,
      body: { contactName: '张经理', contactPhone: '13800000000', attendees: 2 },
    }),
  },
  'GET /api/outreach/trainings/:id/registrations': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/trainings/${await trainingForTest(w.ctx, TOWN_A)}/registrations`, target: inA }),
  },
  'GET /api/outreach/my-registrations': { reach: 'self', build: () => Promise.resolve({ url: `${base}/my-registrations` }) },
  'POST /api/outreach/registrations/:id/attendance': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/registrations/${await registrationForTest(w.ctx, await trainingForTest(w.ctx, TOWN_A), w.orgs.entA)}/attendance`,
      body: { attended: true },
      target: inA,
    }),
  },
  'POST /api/outreach/visits': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/visits`,
        body: {
          orgId: w.orgs.entA,
          visitedOn: todayIso(w.ctx),
          visitors: '区局运用科 王科长',
          summary: '问需于企：了解企业知识产权融资需求',
          needs: [{ topic: 'financing', description: '希望了解专利质押融资', department: '知识产权运用科' }],
        },
        target: inA,
      }),
  },
  'GET /api/outreach/needs': { reach: 'self', build: () => Promise.resolve({ url: `${base}/needs?status=open` }) },
  'GET /api/outreach/needs/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/needs/${await needForTest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A })}`,
      target: { regionCode: TOWN_A, orgId: w.orgs.entA },
    }),
  },
  'POST /api/outreach/needs/:id/answer': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/needs/${await needForTest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A })}/answer`,
      body: { answer: '已协调合作银行上门对接' },
      target: { regionCode: TOWN_A, orgId: w.orgs.entA },
    }),
  },
  'POST /api/outreach/needs/:id/rate': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/needs/${await needForTest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status: 'answered' })}/rate`,
      body: { satisfaction: 5, comment: '' },
      target: { regionCode: TOWN_A, orgId: w.orgs.entA },
    }),
  },
};
