import { CITY, REGION_A, TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';
import { APPLICATION } from './applications.js';
import { buildApplication, buildProduct, productBody } from './test-helpers.js';

const base = '/api/finance';

/** An application of enterprise A (任城区 town) to the Jinan bank, in the given status. */
const ofEntA = (w: World, status: string, o: { consentRevoked?: boolean } = {}) =>
  buildApplication(w.ctx, { enterpriseOrgId: w.orgs.entA, bankOrgId: w.orgs.bank, regionCode: TOWN_A, status, ...o });

/** A bank step on an application of enterprise A addressed to the Jinan bank: the bank alone may take it; the second bank gets 404. */
const bankStep = (status: string, action: string, body: (w: World) => unknown) => ({
  reach: 'parties' as const,
  build: async (w: World) => {
    const a = await ofEntA(w, status);
    return {
      url: `${base}/applications/${a.id}/${action}`,
      body: body(w),
      target: {
        regionCode: TOWN_A,
        orgId: w.orgs.entA,
        parties: [{ persona: 'bank' as const, role: 'counterparty' as const }],
        record: { type: APPLICATION, id: a.id },
      },
    };
  },
});

/** A product of the Jinan bank serving 任城区, pending review. */
const pendingProduct = async (w: World) => buildProduct(w.ctx, { orgId: w.orgs.bank, status: 'pending', regions: [REGION_A] });

export const matrixSamples: MatrixSamples = {
  'GET /api/finance/products': { reach: 'public', build: () => Promise.resolve({ url: `${base}/products?sort=rate&kind=patent_pledge_loan` }) },
  'GET /api/finance/products/compare': {
    reach: 'public',
    build: async (w) => {
      const a = await buildProduct(w.ctx, { orgId: w.orgs.bank });
      const b = await buildProduct(w.ctx, { orgId: w.orgs.bankB });
      return { url: `${base}/products/compare?ids=${a.id},${b.id}` };
    },
  },
  'GET /api/finance/products/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/products/mine` }) },
  'GET /api/finance/products/review': { reach: 'self', build: () => Promise.resolve({ url: `${base}/products/review` }) },
  'GET /api/finance/products/:id': {
    reach: 'public',
    build: async (w) => ({ url: `${base}/products/${(await buildProduct(w.ctx, { orgId: w.orgs.bank })).id}` }),
  },
  'POST /api/finance/products': { reach: 'self', build: () => Promise.resolve({ url: `${base}/products`, body: productBody({ regions: [CITY] }) }) },
  'PUT /api/finance/products/:id': {
    reach: 'owner',
    build: async (w) => {
      const p = await buildProduct(w.ctx, { orgId: w.orgs.bank });
      return { url: `${base}/products/${p.id}`, body: productBody({ regions: [CITY] }), target: { regionCode: CITY, orgId: w.orgs.bank } };
    },
  },
  'POST /api/finance/products/:id/delist': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/products/${(await buildProduct(w.ctx, { orgId: w.orgs.bank })).id}/delist`,
      target: { regionCode: CITY, orgId: w.orgs.bank },
    }),
  },
  'POST /api/finance/products/:id/approve': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/products/${(await pendingProduct(w)).id}/approve`, body: {}, target: { regionCode: REGION_A, orgId: w.orgs.bank } }),
  },
  'POST /api/finance/products/:id/return': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/products/${(await pendingProduct(w)).id}/return`,
      body: { reason: '利率表述不清' },
      target: { regionCode: REGION_A, orgId: w.orgs.bank },
    }),
  },
  'GET /api/finance/precheck': { reach: 'self', build: () => Promise.resolve({ url: `${base}/precheck` }) },
  'GET /api/finance/collateral-options': { reach: 'self', build: () => Promise.resolve({ url: `${base}/collateral-options` }) },
  'POST /api/finance/applications': {
    reach: 'self',
    // Each enterprise persona applies to a fresh product serving the province, pledging a patent it holds.
    build: async (w, p) => {
      const product = await buildProduct(w.ctx, { orgId: w.orgs.bank, regions: ['370000'] });
      const patent = await buildHeldPatent(w.ctx, p.orgId ?? w.orgs.entA);
      return {
        url: `${base}/applications`,
        body: { productId: product.id, amount: 1_000_000, termMonths: 12, purpose: '研发投入', collateral: [{ kind: 'patent', id: patent.id }], consent: true },
      };
    },
  },
  'GET /api/finance/applications/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/applications/mine` }) },
  'GET /api/finance/applications/bank': { reach: 'self', build: () => Promise.resolve({ url: `${base}/applications/bank?open=1` }) },
  'GET /api/finance/applications': { reach: 'self', build: () => Promise.resolve({ url: `${base}/applications?status=submitted` }) },
  'GET /api/finance/applications/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const a = await ofEntA(w, 'submitted');
      return {
        url: `${base}/applications/${a.id}`,
        target: { regionCode: TOWN_A, orgId: w.orgs.entA, parties: [{ persona: 'bank', role: 'counterparty' }], record: { type: APPLICATION, id: a.id } },
      };
    },
  },
  'GET /api/finance/applications/:id/ip-facts': {
    reach: 'parties',
    build: async (w) => {
      const a = await ofEntA(w, 'accepted');
      return {
        url: `${base}/applications/${a.id}/ip-facts`,
        target: { regionCode: TOWN_A, orgId: w.orgs.entA, parties: [{ persona: 'bank', role: 'counterparty' }], record: { type: APPLICATION, id: a.id } },
      };
    },
  },
  'POST /api/finance/applications/:id/accept': bankStep('submitted', 'accept', () => ({})),
  'POST /api/finance/applications/:id/return': bankStep('submitted', 'return', () => ({ reason: '材料不全' })),
  'POST /api/finance/applications/:id/valuation': bankStep('accepted', 'valuation', (w) => ({
    method: 'income',
    value: 3_000_000,
    appraiser: '山东测试资产评估有限公司',
    valuedOn: todayIso(w.ctx),
  })),
  'POST /api/finance/applications/:id/approve': bankStep('valued', 'approve', (w) => ({
    amount: 1_000_000,
    ratePercent: 3.45,
    termStart: todayIso(w.ctx),
    termEnd: '2099-12-31',
  })),
  'POST /api/finance/applications/:id/decline': bankStep('valued', 'decline', () => ({ reason: '评估价值不足' })),
  'POST /api/finance/applications/:id/disbursement': bankStep('approved', 'disbursement', (w) => ({
    amount: 1_000_000,
    disbursedOn: todayIso(w.ctx),
    contractNo: 'JK-2026-001',
  })),
  'POST /api/finance/applications/:id/withdraw': {
    reach: 'owner',
    build: async (w) => ({ url: `${base}/applications/${(await ofEntA(w, 'submitted')).id}/withdraw`, target: { regionCode: TOWN_A, orgId: w.orgs.entA } }),
  },
  'POST /api/finance/applications/:id/consent': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/applications/${(await ofEntA(w, 'accepted', { consentRevoked: true })).id}/consent`,
      target: { regionCode: TOWN_A, orgId: w.orgs.entA },
    }),
  },
  'GET /api/finance/consents': { reach: 'self', build: () => Promise.resolve({ url: `${base}/consents` }) },
  'POST /api/finance/consents/:id/revoke': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/consents/${(await ofEntA(w, 'accepted')).consentId}/revoke`,
      body: { reason: '不再需要融资' },
      target: { regionCode: TOWN_A, orgId: w.orgs.entA },
    }),
  },
  'GET /api/finance/oversight': { reach: 'self', build: () => Promise.resolve({ url: `${base}/oversight` }) },
};
