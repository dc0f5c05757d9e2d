import { roleHas } from '@zhichan/contract';
import { REGION_A, TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { buildAttachment } from '../open-licensing/test-helpers.js';
import { buildSubsidyApplication, buildSubsidyBatch, ensureLpr, qingdaoLoan } from './test-helpers.js';

const base = '/api/subsidies';
const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
const ofEntA = (w: World, status: string) => buildSubsidyApplication(w.ctx, { orgId: w.orgs.entA, regionCode: TOWN_A, status });
const batchOfA = (w: World, status: 'draft' | 'approved' | 'paid') =>
  buildSubsidyBatch(w.ctx, { regionCode: REGION_A, bureauOrgId: w.orgs.a, status, entOrgId: w.orgs.entA, entRegion: TOWN_A });
/** A month no other sample uses (LPR rows are one per month). */
const freshMonth = (w: World) => {
  const n = w.seq();
  return `${2100 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const lprBody = (month: string) => ({ month, rate1yPct: 3.1, source: '测试录入' });

/** A review step on a submitted application of enterprise A. */
const review = (action: string, body: object) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => ({ url: `${base}/applications/${(await ofEntA(w, 'submitted')).id}/${action}`, body, target: entA(w) }),
});
/** A batch step on a batch of region A. */
const batchStep = (action: string, status: 'draft' | 'approved', body: (w: World) => object) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => ({
    url: `${base}/batches/${(await batchOfA(w, status)).id}/${action}`,
    body: body(w),
    target: { regionCode: REGION_A, orgId: null },
  }),
});

/** Policies are maintained by subsidy reviewers of a city (or province) office only. */
const cityReviewer = (p: Persona) =>
  p.role !== null && roleHas(p.role, 'subsidy.review') && p.regionCode !== null && p.regionCode.length <= 6 && p.regionCode.endsWith('00');
const policyBody = (w: World) => ({
  name: `矩阵测试政策${w.seq()}`,
  nameEn: 'Matrix test policy',
  scope: '济宁市',
  scopeEn: 'Jining',
  summary: '补贴 = 实际支付利息 × 50%。',
  summaryEn: 'Subsidy = interest paid × 50 %.',
  rule: { version: 1, base: { kind: 'fact_share', fact: 'interestPaid', sharePct: 50 } },
  note: '矩阵测试',
});

export const matrixSamples: MatrixSamples = {
  'GET /api/subsidies/policies': { reach: 'public', build: () => Promise.resolve({ url: `${base}/policies` }) },
  'GET /api/subsidies/lpr': { reach: 'public', build: () => Promise.resolve({ url: `${base}/lpr` }) },
  'POST /api/subsidies/lpr': { reach: 'self', build: (w) => Promise.resolve({ url: `${base}/lpr`, body: lprBody(freshMonth(w)) }) },
  'PUT /api/subsidies/lpr/:id': {
    reach: 'self',
    build: async (w) => {
      const month = freshMonth(w);
      return { url: `${base}/lpr/${await ensureLpr(w.ctx, month)}`, body: lprBody(month) };
    },
  },
  'POST /api/subsidies/preview': {
    reach: 'self',
    build: async (w) => {
      await ensureLpr(w.ctx, '2025-01');
      return { url: `${base}/preview`, body: qingdaoLoan };
    },
  },
  'POST /api/subsidies/applications': {
    reach: 'self',
    // Each enterprise persona applies for a loan of its own (a fresh bank), with its own attachments.
    build: async (w, p) => {
      await ensureLpr(w.ctx, '2025-01');
      const att = async (kind: string) => (p.orgId !== null && p.userId !== null ? await buildAttachment(w.ctx, p.orgId, p.userId, kind) : 1);
      return {
        url: `${base}/applications`,
        body: {
          ...qingdaoLoan,
          bank: `矩阵测试银行${w.seq()}`,
          contractAttachmentIds: [await att('loan_contract')],
          evidenceAttachmentIds: [await att('interest_evidence')],
        },
      };
    },
  },
  'GET /api/subsidies/applications/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/applications/mine` }) },
  'GET /api/subsidies/applications': { reach: 'self', build: () => Promise.resolve({ url: `${base}/applications?status=submitted` }) },
  'GET /api/subsidies/applications/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/applications/${(await ofEntA(w, 'submitted')).id}`, target: entA(w) }),
  },
  'POST /api/subsidies/applications/:id/verify': review('verify', {}),
  'POST /api/subsidies/applications/:id/return': review('return', { reason: '付息凭证不清晰' }),
  'POST /api/subsidies/applications/:id/reject': review('reject', { reason: '不符合条件' }),
  'POST /api/subsidies/applications/:id/resubmit': {
    reach: 'owner',
    build: async (w) => ({
      url: `${base}/applications/${(await ofEntA(w, 'returned')).id}/resubmit`,
      body: { ...qingdaoLoan, bank: `补正银行${w.seq()}` },
      target: entA(w),
    }),
  },
  'POST /api/subsidies/applications/:id/withdraw': {
    reach: 'owner',
    build: async (w) => ({ url: `${base}/applications/${(await ofEntA(w, 'submitted')).id}/withdraw`, target: entA(w) }),
  },
  'GET /api/subsidies/batches': { reach: 'self', build: () => Promise.resolve({ url: `${base}/batches` }) },
  'POST /api/subsidies/batches': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/batches`,
      body: { name: '2026年第一批', applicationIds: [(await ofEntA(w, 'verified')).id] },
      target: { regionCode: TOWN_A, orgId: null },
    }),
  },
  'GET /api/subsidies/batches/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/batches/${(await batchOfA(w, 'draft')).id}`, target: { regionCode: REGION_A, orgId: null } }),
  },
  'POST /api/subsidies/batches/:id/approve': batchStep('approve', 'draft', () => ({ approvalNo: '济知〔2026〕1号' })),
  'POST /api/subsidies/batches/:id/disburse': batchStep('disburse', 'approved', (w) => ({ paidOn: todayIso(w.ctx), reference: `拨付${w.seq()}` })),
  'GET /api/subsidies/policies/:key/versions': { reach: 'public', build: () => Promise.resolve({ url: `${base}/policies/qingdao/versions` }) },
  'POST /api/subsidies/policies': {
    reach: 'self',
    allowed: cityReviewer,
    build: (w) => Promise.resolve({ url: `${base}/policies`, body: { ...policyBody(w), key: `matrix_${w.seq()}` } }),
  },
  'PUT /api/subsidies/policies/:key': {
    reach: 'self',
    allowed: cityReviewer,
    build: (w) => Promise.resolve({ url: `${base}/policies/fujian`, body: policyBody(w) }),
  },
  'POST /api/subsidies/policies/trial': {
    reach: 'self',
    build: async (w) => {
      await ensureLpr(w.ctx, '2025-01');
      return { url: `${base}/policies/trial`, body: { rule: policyBody(w).rule, sample: qingdaoLoan } };
    },
  },
};
