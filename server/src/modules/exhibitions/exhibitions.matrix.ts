import { roleDefinitions } from '@zhichan/contract';
import { TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';
import { buildComplaint, buildFair } from './test-helpers.js';

const base = '/api/exhibitions';

/** A fair in town A organised by enterprise B (a standing party: it runs the desk), open today. */
const fairOfB = (w: World) => buildFair(w.ctx, { organiserOrgId: w.orgs.entB, regionCode: TOWN_A });
const deskTarget = (w: World, fairId: number, orgId: number | null = null) => ({
  regionCode: TOWN_A,
  orgId,
  parties: [{ persona: 'ent_b' as const, role: 'handler' as const }],
  record: { type: 'fair', id: fairId },
});
/** Who acts at the desk: the organiser, or the bureau of the fair's region (exhibition.manage). */
const deskAllowed = (p: Persona, w: World) =>
  p.orgId === w.orgs.entB ||
  (p.role !== null &&
    roleDefinitions[p.role].scope === 'region' &&
    roleDefinitions[p.role].permissions.includes('exhibition.manage') &&
    p.regionCode !== null &&
    isWithinRegion(TOWN_A, p.regionCode));

/** A complaint against enterprise A at a fair enterprise B organises. */
async function complaintOnA(w: World) {
  const f = await fairOfB(w);
  const today = todayIso(w.ctx);
  const endsOn = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
  return { fair: f, complaintId: await buildComplaint(w.ctx, { id: f.id, regionCode: TOWN_A, endsOn }, w.orgs.entA) };
}

export const matrixSamples: MatrixSamples = {
  'GET /api/exhibitions/fairs': { reach: 'public', build: () => Promise.resolve({ url: `${base}/fairs?status=open` }) },
  'GET /api/exhibitions/fairs/:id': { reach: 'public', build: async (w) => ({ url: `${base}/fairs/${(await fairOfB(w)).id}` }) },
  'POST /api/exhibitions/fairs': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/fairs`,
        body: {
          name: '2026 中国（济宁）国际孔子文化节博览会',
          series: `孔子文化节博览会-${w.seq()}`,
          edition: 1,
          venue: '济宁国际会展中心',
          regionCode: TOWN_A,
          organiserOrgId: w.orgs.entB,
          startsOn: '2026-09-26',
          endsOn: '2026-09-30',
        },
        target: { regionCode: TOWN_A, orgId: null },
      }),
  },
  'POST /api/exhibitions/fairs/:id/filings': {
    reach: 'self',
    // Each enterprise persona files a patent its own organisation holds.
    build: async (w, p) => ({
      url: `${base}/fairs/${(await fairOfB(w)).id}/filings`,
      body: { patentId: (await buildHeldPatent(w.ctx, p.orgId ?? w.orgs.entA)).id, exhibitName: '智能液压泵', booth: 'A-108' },
    }),
  },
  'POST /api/exhibitions/fairs/:id/commitment': {
    reach: 'self',
    build: async (w) => ({ url: `${base}/fairs/${(await fairOfB(w)).id}/commitment`, body: { accept: true } }),
  },
  'GET /api/exhibitions/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/mine` }) },
  'GET /api/exhibitions/fairs/:id/filings': {
    reach: 'jurisdiction',
    build: async (w) => {
      const f = await fairOfB(w);
      return { url: `${base}/fairs/${f.id}/filings`, target: deskTarget(w, f.id) };
    },
  },
  'GET /api/exhibitions/fairs/:id/complaints': {
    reach: 'jurisdiction',
    build: async (w) => {
      const f = await fairOfB(w);
      return { url: `${base}/fairs/${f.id}/complaints`, target: deskTarget(w, f.id) };
    },
  },
  'POST /api/exhibitions/fairs/:id/complaints': {
    reach: 'jurisdiction',
    allowed: deskAllowed,
    build: async (w) => {
      const f = await fairOfB(w);
      return {
        url: `${base}/fairs/${f.id}/complaints`,
        body: { respondentOrgId: w.orgs.entA, complainant: '山东某某机械有限公司', rightNo: 'ZL202010000001.1', description: '展品落入专利保护范围' },
        target: deskTarget(w, f.id),
      };
    },
  },
  'GET /api/exhibitions/complaints/:id': {
    reach: 'jurisdiction',
    // The exhibitor complained of (enterprise A) sees it as its subject; the organiser as the desk; the bureau by region.
    build: async (w) => {
      const { fair, complaintId } = await complaintOnA(w);
      return { url: `${base}/complaints/${complaintId}`, target: deskTarget(w, fair.id, w.orgs.entA) };
    },
  },
  'POST /api/exhibitions/complaints/:id/pass-on': {
    reach: 'jurisdiction',
    allowed: deskAllowed,
    build: async (w) => {
      const { fair, complaintId } = await complaintOnA(w);
      return { url: `${base}/complaints/${complaintId}/pass-on`, body: { to: '任城区市场监督管理局' }, target: deskTarget(w, fair.id, w.orgs.entA) };
    },
  },
  'POST /api/exhibitions/complaints/:id/resolve': {
    reach: 'jurisdiction',
    allowed: deskAllowed,
    build: async (w) => {
      const { fair, complaintId } = await complaintOnA(w);
      return {
        url: `${base}/complaints/${complaintId}/resolve`,
        body: { outcome: 'infringing', measures: ['exhibits_withdrawn'], note: '当场撤下涉嫌侵权展品' },
        target: deskTarget(w, fair.id, w.orgs.entA),
      };
    },
  },
};
