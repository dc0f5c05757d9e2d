import { REGION_A, TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { buildEnterprise, buildUser, login } from '../../../test/factories.js';
import { buildRequest, ensureEntity, ensureFields } from './test-helpers.js';

const base = '/api/preexam';
const ofA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });

/** An enterprise persona applies as a fresh enterprise of its region (an organisation registers once). */
async function freshApplicant(w: World, p: Persona) {
  if (p.role !== 'enterprise_user' || !p.regionCode) return {};
  const ent = await buildEnterprise(w.ctx, { region: p.regionCode });
  const u = await buildUser(w.ctx, { orgId: ent.id, role: 'enterprise_user', username: `pe_${w.seq()}` });
  return { as: await login(w.env.app, u.username) };
}

export const matrixSamples: MatrixSamples = {
  'GET /api/preexam/fields': { reach: 'public', build: () => Promise.resolve({ url: `${base}/fields?centreRegion=370800` }) },
  'POST /api/preexam/fields': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/fields`,
        body: { centreRegion: REGION_A, ipcPrefix: `G06F${w.seq()}`, label: '数据处理' },
        target: { regionCode: REGION_A, orgId: null },
      }),
  },
  'POST /api/preexam/entities': {
    reach: 'self',
    build: async (w, p) => {
      await ensureFields(w.ctx);
      return { url: `${base}/entities`, body: { ipcPrefixes: ['H01M'], contact: '张工', phone: '0537-1234567' }, ...(await freshApplicant(w, p)) };
    },
  },
  'GET /api/preexam/entities': { reach: 'self', build: () => Promise.resolve({ url: `${base}/entities` }) },
  'POST /api/preexam/entities/:id/steps': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/entities/${await ensureEntity(w.ctx, w.orgs.entA, 'applied')}/steps`,
      body: { action: 'local_approve' },
      target: ofA(w),
    }),
  },
  'POST /api/preexam/entities/:id/renew': {
    reach: 'owner',
    build: async (w) => ({ url: `${base}/entities/${await ensureEntity(w.ctx, w.orgs.entA, 'rejected')}/renew`, body: {}, target: ofA(w) }),
  },
  'GET /api/preexam/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/mine` }) },
  'POST /api/preexam/requests': {
    reach: 'self',
    build: async (w, p) => {
      if (p.orgId !== null && p.role === 'enterprise_user') await ensureEntity(w.ctx, p.orgId);
      return { url: `${base}/requests`, body: { title: '一种锂电池极片涂布装置', patentType: 'utility', ipc: 'H01M4/04' } };
    },
  },
  'GET /api/preexam/requests': { reach: 'self', build: () => Promise.resolve({ url: `${base}/requests` }) },
  'GET /api/preexam/requests/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/requests/${await buildRequest(w.ctx, w.orgs.entA)}`, target: ofA(w) }),
  },
  'POST /api/preexam/requests/:id/steps': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/requests/${await buildRequest(w.ctx, w.orgs.entA)}/steps`, body: { action: 'accept' }, target: ofA(w) }),
  },
  'POST /api/preexam/requests/:id/correct': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/requests/${await buildRequest(w.ctx, w.orgs.entA, 'correcting')}/correct`,
      body: { note: '已补充必要技术特征' },
      target: ofA(w),
    }),
  },
  'POST /api/preexam/examiners': {
    reach: 'self',
    build: (_w, p) => Promise.resolve({ url: `${base}/examiners`, body: { userId: p.userId ?? 1, ipcPrefixes: ['H01M'] } }),
  },
  'GET /api/preexam/stats': { reach: 'self', build: () => Promise.resolve({ url: `${base}/stats` }) },
};
