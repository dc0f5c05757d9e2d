import { TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { roleDefinitions } from '@zhichan/contract';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { buildAttachment, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { buildFiling } from './test-helpers.js';

const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
const ofEntA = (w: World, status: string) => buildFiling(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status });

/** A product filing body for a patent the persona's organisation holds, with an evidence attachment. */
async function body(w: World, orgId: number, userId: number) {
  const p = await buildHeldPatent(w.ctx, orgId);
  return {
    kind: 'patent_product',
    title: '智能巡检机器人 XJ-200',
    amount: 1200000,
    patentIds: [p.id],
    attachmentIds: [await buildAttachment(w.ctx, orgId, userId, 'evidence')],
  };
}

const review = (action: string, b: object) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => ({ url: `/api/filings/${(await ofEntA(w, 'submitted')).id}/${action}`, body: b, target: entA(w) }),
});

/** An act of the authority entered on a filing of enterprise A: by A itself or by a reviewer of its region. */
const act = (status: string, path: string, b: (w: World) => object, kind?: string) => ({
  reach: 'jurisdiction' as const,
  allowed: (p: Persona, w: World) =>
    p.orgId === w.orgs.entA ||
    (p.role !== null &&
      roleDefinitions[p.role].scope === 'region' &&
      roleDefinitions[p.role].permissions.includes('utilization.review') &&
      p.regionCode !== null &&
      isWithinRegion(TOWN_A, p.regionCode)),
  build: async (w: World) => ({
    url: `/api/filings/${(await buildFiling(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status, kind })).id}/${path}`,
    body: b(w),
    target: entA(w),
  }),
});

export const matrixSamples: MatrixSamples = {
  'POST /api/filings': {
    reach: 'self',
    build: async (w, p) => ({
      url: '/api/filings',
      body:
        p.orgId !== null && p.userId !== null
          ? await body(w, p.orgId, p.userId)
          : { kind: 'patent_product', title: '匿名', patentIds: [1], attachmentIds: [1] },
    }),
  },
  'GET /api/filings/mine': { reach: 'self', build: () => Promise.resolve({ url: '/api/filings/mine' }) },
  'GET /api/filings': { reach: 'self', build: () => Promise.resolve({ url: '/api/filings?status=submitted' }) },
  'GET /api/filings/stats': { reach: 'self', build: () => Promise.resolve({ url: '/api/filings/stats' }) },
  'GET /api/filings/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/filings/${(await ofEntA(w, 'submitted')).id}`, target: entA(w) }) },
  'POST /api/filings/:id/approve': review('approve', {}),
  'POST /api/filings/:id/return': review('return', { reason: '缺少产品照片' }),
  'POST /api/filings/:id/reject': review('reject', { reason: '不符合条件' }),
  'POST /api/filings/:id/registration': act('forwarded', 'registration', (w) => ({ number: `备案${Math.random()}`, date: todayIso(w.ctx) })),
  'POST /api/filings/:id/change': act(
    'approved',
    'change',
    (w) => ({ number: `变更${Math.random()}`, date: todayIso(w.ctx), endsOn: '2027-06-30' }),
    'licence_contract',
  ),
  'POST /api/filings/:id/cancellation': act('approved', 'cancellation', (w) => ({ number: `注销${Math.random()}`, date: todayIso(w.ctx) })),
  'POST /api/filings/:id/resubmit': {
    reach: 'owner',
    build: async (w) => {
      const f = await ofEntA(w, 'returned');
      return { url: `/api/filings/${f.id}/resubmit`, body: await body(w, w.orgs.entA, w.personas.ent_a.userId ?? 0), target: entA(w) };
    },
  },
};
