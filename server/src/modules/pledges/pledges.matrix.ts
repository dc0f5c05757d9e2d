import { TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { roleDefinitions } from '@zhichan/contract';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { buildAttachment, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { PLEDGE } from './repository.js';
import { buildPledge } from './test-helpers.js';
import { buildApplication } from '../finance/test-helpers.js';

const base = '/api/pledges';
/** A pledge of enterprise A (pledgor) to the bank persona's bank (pledgee). */
const ofEntA = (w: World, status: string) => buildPledge(w.ctx, { pledgorOrgId: w.orgs.entA, pledgeeOrgId: w.orgs.bank, regionCode: TOWN_A, status });
const target = (w: World, id: number) => ({
  regionCode: TOWN_A,
  orgId: w.orgs.entA,
  parties: [{ persona: 'bank' as const, role: 'counterparty' as const }],
  record: { type: PLEDGE, id },
});

/** Reviewers (utilization.review) whose region covers enterprise A. */
const reviewerOfA = (p: Persona) =>
  p.role !== null &&
  roleDefinitions[p.role].scope === 'region' &&
  roleDefinitions[p.role].permissions.includes('utilization.review') &&
  p.regionCode !== null &&
  isWithinRegion(TOWN_A, p.regionCode);

/** An act of the registering authority entered by either party or a reviewer of A's region. */
const act = (status: string, path: string, body: (w: World) => object) => ({
  reach: 'jurisdiction' as const,
  allowed: (p: Persona, w: World) => p.orgId === w.orgs.entA || p.orgId === w.orgs.bank || reviewerOfA(p),
  build: async (w: World) => {
    const r = await ofEntA(w, status);
    return { url: `${base}/${r.id}/${path}`, body: body(w), target: target(w, r.id) };
  },
});

/** A step only the pledgee (the bank persona) takes. */
const bankStep = (path: string, body: object) => ({
  reach: 'parties' as const,
  allowed: (p: Persona, w: World) => p.orgId === w.orgs.bank,
  build: async (w: World) => {
    const r = await ofEntA(w, 'awaiting_pledgee');
    return { url: `${base}/${r.id}/${path}`, body, target: target(w, r.id) };
  },
});

export const matrixSamples: MatrixSamples = {
  'POST /api/pledges': {
    reach: 'self',
    build: async (w, p) => {
      if (p.orgId === null || p.userId === null) {
        return {
          url: base,
          body: {
            pledgeeOrgId: 1,
            assetIds: [1],
            contractNo: 'X',
            securedAmount: 1,
            loanAmount: 1,
            debtStartsOn: '2026-01-01',
            debtEndsOn: '2027-01-01',
            attachmentIds: [1],
          },
        };
      }
      const patent = await buildHeldPatent(w.ctx, p.orgId);
      return {
        url: base,
        body: {
          pledgeeOrgId: w.orgs.bank,
          assetIds: [patent.id],
          contractNo: `ZY-M-${w.seq()}`,
          securedAmount: 2_000_000,
          loanAmount: 2_000_000,
          debtStartsOn: todayIso(w.ctx),
          debtEndsOn: '2027-12-31',
          attachmentIds: [await buildAttachment(w.ctx, p.orgId, p.userId, 'contract'), await buildAttachment(w.ctx, p.orgId, p.userId, 'identity_document')],
        },
      };
    },
  },
  'GET /api/pledges/mine': { reach: 'self', build: () => Promise.resolve({ url: `${base}/mine` }) },
  'GET /api/pledges/rights': { reach: 'self', build: () => Promise.resolve({ url: `${base}/rights` }) },
  'GET /api/pledges/pledgees': { reach: 'self', build: () => Promise.resolve({ url: `${base}/pledgees` }) },
  'GET /api/pledges/bank': { reach: 'self', build: () => Promise.resolve({ url: `${base}/bank?status=awaiting_pledgee` }) },
  'GET /api/pledges': { reach: 'self', build: () => Promise.resolve({ url: `${base}?status=submitted` }) },
  'GET /api/pledges/stats': { reach: 'self', build: () => Promise.resolve({ url: `${base}/stats` }) },
  'GET /api/pledges/from-financing/:id': {
    reach: 'self',
    build: async (w, p) => {
      if (p.orgId === null) return { url: `${base}/from-financing/1` };
      const patent = await buildHeldPatent(w.ctx, p.orgId);
      const collateral = [{ kind: 'patent' as const, id: patent.id, label: `专利${patent.id}` }];
      const a = await buildApplication(w.ctx, { enterpriseOrgId: p.orgId, bankOrgId: w.orgs.bank, regionCode: TOWN_A, status: 'approved', collateral });
      return { url: `${base}/from-financing/${a.id}` };
    },
  },
  'GET /api/pledges/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const r = await ofEntA(w, 'submitted');
      return { url: `${base}/${r.id}`, target: target(w, r.id) };
    },
  },
  'POST /api/pledges/:id/confirm': bankStep('confirm', {}),
  'POST /api/pledges/:id/decline': bankStep('decline', { reason: '授信未获批准' }),
  'POST /api/pledges/:id/withdraw': {
    reach: 'parties',
    allowed: (p, w) => p.orgId === w.orgs.entA || p.orgId === w.orgs.bank,
    build: async (w) => {
      const r = await ofEntA(w, 'submitted');
      return { url: `${base}/${r.id}/withdraw`, body: { reason: '合同已解除' }, target: target(w, r.id) };
    },
  },
  'POST /api/pledges/:id/registration': act('submitted', 'registration', (w) => ({ number: `Y${Math.random()}`, date: todayIso(w.ctx) })),
  'POST /api/pledges/:id/refusal': act('submitted', 'refusal', (w) => ({ number: `BY${Math.random()}`, date: todayIso(w.ctx), rule: 'already_pledged' })),
  'POST /api/pledges/:id/change': act('registered', 'change', (w) => ({ number: `BG${Math.random()}`, date: todayIso(w.ctx), securedAmount: 2_500_000 })),
  'POST /api/pledges/:id/release': act('registered', 'release', (w) => ({ number: `ZX${Math.random()}`, date: todayIso(w.ctx) })),
};
