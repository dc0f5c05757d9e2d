import { roleDefinitions } from '@zhichan/contract';
import { REGION_A, TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { REQUEST } from './repository.js';
import { buildCase, buildExpert, buildInstitution, buildRequest, buildWorkstation } from './test-helpers.js';

const base = '/api/overseas';
const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
const self = (url: string, body?: (w: World) => unknown) => ({
  reach: 'self' as const,
  build: (w: World) => Promise.resolve({ url, ...(body ? { body: body(w) } : {}) }),
});
/** Staff of enterprise A's region (overseas.manage within it). */
const staffOfA = (p: Persona) =>
  p.role !== null &&
  roleDefinitions[p.role].scope === 'region' &&
  roleDefinitions[p.role].permissions.includes('overseas.manage') &&
  p.regionCode !== null &&
  isWithinRegion(TOWN_A, p.regionCode);

/** A step of the assigned expert on enterprise A's request in `status`: the expert or staff of A's region; expert B sees nothing. */
const expertStep = (action: string, status: string, body: object) => ({
  reach: 'jurisdiction' as const,
  allowed: (p: Persona, w: World) => p.orgId === w.orgs.expert || staffOfA(p),
  build: async (w: World) => {
    const r = await buildRequest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status, expertOrgId: w.orgs.expert });
    return {
      url: `${base}/requests/${r.id}/${action}`,
      body,
      target: { ...entA(w), parties: [{ persona: 'expert' as const, role: 'expert' as const }], record: { type: REQUEST, id: r.id } },
    };
  },
});

export const matrixSamples: MatrixSamples = {
  'GET /api/overseas/workstations': { reach: 'public', build: () => Promise.resolve({ url: `${base}/workstations` }) },
  'GET /api/overseas/experts': { reach: 'public', build: () => Promise.resolve({ url: `${base}/experts` }) },
  'GET /api/overseas/cases': { reach: 'public', build: () => Promise.resolve({ url: `${base}/cases?q=337&country=US&kind=patent` }) },
  'GET /api/overseas/cases/:id': { reach: 'public', build: async (w) => ({ url: `${base}/cases/${(await buildCase(w.ctx)).id}` }) },
  'GET /api/overseas/institutions': { reach: 'public', build: () => Promise.resolve({ url: `${base}/institutions?country=US&kind=law_firm` }) },
  'GET /api/overseas/warnings': { reach: 'public', build: () => Promise.resolve({ url: `${base}/warnings` }) },
  'POST /api/overseas/workstations': self(`${base}/workstations`, (w) => ({
    name: `海外知识产权保护工作站${w.seq()}`,
    address: '济宁市任城区',
    countries: ['US'],
    industries: ['机械'],
    contactName: '联系人',
    contactPhone: '0537-1234567',
    establishedOn: '2024-05-01',
  })),
  'GET /api/overseas/experts/manage': self(`${base}/experts/manage`),
  'POST /api/overseas/experts': self(`${base}/experts`, (w) => ({ name: `专家${w.seq()}`, fields: ['H01M'], countries: ['US'], languages: ['英语'] })),
  'PATCH /api/overseas/experts/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/experts/${(await buildExpert(w.ctx, { regionCode: REGION_A })).id}`,
      body: { available: false },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
  'POST /api/overseas/cases': self(`${base}/cases`, (w) => ({
    title: `案例${w.seq()}`,
    country: 'us',
    kind: 'trademark',
    industry: '纺织',
    year: 2023,
    summary: '商标被抢注',
    outcome: '异议成功',
    lessons: '尽早在目标市场注册商标',
  })),
  'POST /api/overseas/institutions': self(`${base}/institutions`, (w) => ({ country: 'DE', kind: 'law_firm', name: `德国律所${w.seq()}` })),
  'POST /api/overseas/warnings': self(`${base}/warnings`, (w) => ({ title: `预警${w.seq()}`, body: '美国337调查增多', country: 'US', ipcPrefix: 'h01m' })),
  'POST /api/overseas/requests': self(`${base}/requests`, () => ({
    country: 'US',
    kind: 'patent',
    industry: '新能源',
    opponent: 'Acme Corp.',
    description: '我司产品在美国被提起专利侵权诉讼，请求指导。',
  })),
  'GET /api/overseas/requests': self(`${base}/requests?status=assigned`),
  'GET /api/overseas/requests/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const r = await buildRequest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status: 'assigned', expertOrgId: w.orgs.expert });
      return {
        url: `${base}/requests/${r.id}`,
        target: { ...entA(w), parties: [{ persona: 'expert', role: 'expert' }], record: { type: REQUEST, id: r.id } },
      };
    },
  },
  'GET /api/overseas/requests/:id/candidates': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/requests/${(await buildRequest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A })).id}/candidates`, target: entA(w) }),
  },
  'POST /api/overseas/requests/:id/assign': {
    reach: 'jurisdiction',
    build: async (w) => {
      const r = await buildRequest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A });
      const e = await buildExpert(w.ctx, { orgId: w.orgs.expert });
      return { url: `${base}/requests/${r.id}/assign`, body: { expertId: e.id }, target: entA(w) };
    },
  },
  'POST /api/overseas/requests/:id/respond': expertStep('respond', 'assigned', { response: '已与企业联系，建议尽快委托美国律师应诉。' }),
  'POST /api/overseas/requests/:id/close': expertStep('close', 'responded', { summary: '企业已委托律师应诉，指导完成。' }),
  'POST /api/overseas/requests/:id/rate': {
    reach: 'owner',
    build: async (w) => {
      const r = await buildRequest(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status: 'closed', expertOrgId: w.orgs.expert });
      return { url: `${base}/requests/${r.id}/rate`, body: { satisfaction: 5, comment: '很及时' }, target: entA(w) };
    },
  },
  'PATCH /api/overseas/workstations/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/workstations/${(await buildWorkstation(w.ctx, { regionCode: REGION_A })).id}`,
      body: {
        name: `海外知识产权保护工作站（改）${w.seq()}`,
        address: '济宁市高新区',
        countries: ['US', 'DE'],
        industries: ['机械'],
        contactName: '联系人',
        contactPhone: '0537-7654321',
        establishedOn: '2024-05-01',
      },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
  'PATCH /api/overseas/cases/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/cases/${(await buildCase(w.ctx, { regionCode: REGION_A })).id}`,
      body: {
        title: `案例（改）${w.seq()}`,
        country: 'US',
        kind: 'patent',
        industry: '新能源',
        year: 2024,
        summary: '美国337调查',
        outcome: '和解',
        lessons: '提前布局',
      },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
  'PATCH /api/overseas/institutions/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/institutions/${(await buildInstitution(w.ctx, { regionCode: REGION_A })).id}`,
      body: { country: 'DE', kind: 'law_firm', name: `德国律所（改）${w.seq()}` },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
  'POST /api/overseas/library/:library/:id/retired': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/library/institution/${(await buildInstitution(w.ctx, { regionCode: REGION_A })).id}/retired`,
      body: { retired: true },
      target: { regionCode: REGION_A, orgId: null },
    }),
  },
  'GET /api/overseas/library/retired': self(`${base}/library/retired`),
  'GET /api/overseas/export-profile': self(`${base}/export-profile`),
  'PUT /api/overseas/export-profile': self(`${base}/export-profile`, () => ({ markets: ['de', 'US'], products: '输送机', ipcClasses: ['b65g'] })),
};
