import { TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { buildEnterprise } from '../../../test/factories.js';
import { addParty } from '../../platform/parties.js';
import { DECLARATION } from './service.js';
import { buildAttachment, buildDeclaration, buildHeldPatent, buildLicence } from './test-helpers.js';
import { roleDefinitions } from '@zhichan/contract';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';

const base = '/api/open-licences';
const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
const ofEntA = (w: World, status: string) => buildDeclaration(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status });
const fee = { feeType: 'lump_sum', feeAmount: 20000, paymentMethod: 'one_off', termYears: 2 };

/** A review step on a pending declaration of enterprise A. */
const review = (action: string, body: object) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => ({ url: `${base}/declarations/${(await ofEntA(w, 'pending')).id}/${action}`, body, target: entA(w) }),
});

export const matrixSamples: MatrixSamples = {
  'GET /api/open-licences/catalogue': { reach: 'public', build: () => Promise.resolve({ url: `${base}/catalogue?feeType=lump_sum` }) },
  'GET /api/open-licences/catalogue/:id': { reach: 'public', build: async (w) => ({ url: `${base}/catalogue/${(await ofEntA(w, 'published')).id}` }) },
  'POST /api/open-licences/declarations': {
    reach: 'self',
    // Each enterprise persona declares a patent its own organisation holds.
    build: async (w, p) => ({ url: `${base}/declarations`, body: { ...fee, patentId: (await buildHeldPatent(w.ctx, p.orgId ?? w.orgs.entA)).id } }),
  },
  'GET /api/open-licences/declarable-patents': { reach: 'self', build: () => Promise.resolve({ url: `${base}/declarable-patents` }) },
  'GET /api/open-licences/declarations/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/declarations/mine` }) },
  'GET /api/open-licences/declarations': { reach: 'self', build: () => Promise.resolve({ url: `${base}/declarations?status=pending` }) },
  'GET /api/open-licences/declarations/:id': {
    reach: 'jurisdiction',
    // Withdrawn after enterprise B took a licence: B keeps seeing it as an observer, enterprise C does not.
    build: async (w) => {
      const d = await ofEntA(w, 'withdrawn');
      await w.ctx.db.transaction().execute((trx) => addParty(w.ctx, trx, { type: DECLARATION, id: d.id }, w.orgs.entB, 'observer'));
      return {
        url: `${base}/declarations/${d.id}`,
        target: { ...entA(w), parties: [{ persona: 'ent_b', role: 'observer' }], record: { type: DECLARATION, id: d.id } },
      };
    },
  },
  'POST /api/open-licences/declarations/:id/approve': review('approve', {}),
  'POST /api/open-licences/declarations/:id/return': review('return', { reason: '许可费支付方式不明确' }),
  'POST /api/open-licences/declarations/:id/reject': review('reject', { reason: '不符合条件' }),
  'POST /api/open-licences/declarations/:id/announcement': {
    reach: 'jurisdiction',
    // CNIPA's announcement is entered by the patentee or by a reviewer of its region.
    allowed: (p, w) =>
      p.orgId === w.orgs.entA ||
      (p.role !== null &&
        roleDefinitions[p.role].scope === 'region' &&
        roleDefinitions[p.role].permissions.includes('utilization.review') &&
        p.regionCode !== null &&
        isWithinRegion(TOWN_A, p.regionCode)),
    build: async (w) => ({
      url: `${base}/declarations/${(await ofEntA(w, 'recommended')).id}/announcement`,
      body: { number: `CN公告${Math.random()}`, date: todayIso(w.ctx) },
      target: entA(w),
    }),
  },
  'POST /api/open-licences/declarations/:id/resubmit': {
    reach: 'owner',
    build: async (w) => ({ url: `${base}/declarations/${(await ofEntA(w, 'returned')).id}/resubmit`, body: fee, target: entA(w) }),
  },
  'POST /api/open-licences/declarations/:id/withdraw': {
    reach: 'owner',
    build: async (w) => ({ url: `${base}/declarations/${(await ofEntA(w, 'published')).id}/withdraw`, target: entA(w) }),
  },
  'POST /api/open-licences/declarations/:id/licences': {
    reach: 'self',
    // A third enterprise's published declaration: any other enterprise may obtain the licence.
    build: async (w, p) => {
      const owner = await buildEnterprise(w.ctx, { region: TOWN_A });
      const d = await buildDeclaration(w.ctx, { orgId: owner.id, regionCode: TOWN_A, status: 'published', feeAmount: 1000 });
      const proof = p.orgId !== null && p.userId !== null ? await buildAttachment(w.ctx, p.orgId, p.userId, 'payment_proof') : 1;
      return {
        url: `${base}/declarations/${d.id}/licences`,
        body: { noticeText: '我单位依照开放许可声明书面通知实施该专利。', paidAmount: 1000, paidOn: '2026-03-01', sme: true, attachmentIds: [proof] },
      };
    },
  },
  'POST /api/open-licences/licences/:id/cnipa-filing': {
    reach: 'parties',
    // Enterprise A holds a licence from enterprise B: either of them enters CNIPA's filing.
    build: async (w) => {
      const l = await buildLicence(w.ctx, { licensorOrgId: w.orgs.entB, licenseeOrgId: w.orgs.entA, regionCode: TOWN_A });
      return {
        url: `${base}/licences/${l.id}/cnipa-filing`,
        body: { number: `2026370000${l.id}`, date: todayIso(w.ctx) },
        target: { ...entA(w), parties: [{ persona: 'ent_b', role: 'counterparty' }], record: { type: 'open_licence', id: l.id } },
      };
    },
  },
  'GET /api/open-licences/licences/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/licences/mine` }) },
  'GET /api/open-licences/stats': { reach: 'self', build: () => Promise.resolve({ url: `${base}/stats?from=2026-01-01&to=2026-12-31` }) },
};
