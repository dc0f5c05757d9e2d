import { TOWN_A, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { DEAL, POLICY } from './repository.js';
import { buildDeal, buildPolicy } from './test-helpers.js';

const base = '/api/ip-insurance';
/** The matrix has no insurer persona: one insurer organisation and signed-in officer per world, acting for the `bank` persona. */
const insurers = new WeakMap<World, Promise<{ orgId: number; client: Client }>>();
function insurer(w: World) {
  let i = insurers.get(w);
  if (!i) {
    i = (async () => {
      const orgId = (await buildOrg(w.ctx, { kind: 'insurer', region: '370800' })).id;
      const u = await buildUser(w.ctx, { orgId, role: 'bank_officer', username: `m_insurer_${w.seq()}` });
      return { orgId, client: await login(w.env.app, u.username) };
    })();
    insurers.set(w, i);
  }
  return i;
}
const asInsurer = async (w: World, p: Persona) => (p.key === 'bank' ? { as: (await insurer(w)).client } : {});
const policyOfEntA = async (w: World, claim = false) =>
  buildPolicy(w.ctx, { insurerOrgId: (await insurer(w)).orgId, insuredOrgId: w.orgs.entA, regionCode: TOWN_A, claim });
const policyTarget = (w: World, id: number, orgId: number) => ({
  regionCode: TOWN_A,
  orgId,
  parties: [{ persona: 'ent_a' as const, role: 'counterparty' as const }],
  record: { type: POLICY, id },
});

export const matrixSamples: MatrixSamples = {
  'POST /api/ip-insurance/policies': {
    reach: 'self',
    // Only an insurer records policies: the `bank` persona acts through an insurer's officer; a bank's own officer is refused.
    allowed: (p) => p.key === 'bank',
    build: async (w, p) => ({
      url: `${base}/policies`,
      body: {
        kind: 'patent_enforcement',
        policyNo: `BD-M-${w.seq()}`,
        insuredOrgId: w.orgs.entA,
        sumInsured: 500_000,
        premium: 5_000,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        patentIds: [(await buildPatent(w.ctx)).id],
      },
      ...(await asInsurer(w, p)),
    }),
  },
  'GET /api/ip-insurance/policies': { reach: 'self', build: () => Promise.resolve({ url: `${base}/policies` }) },
  'GET /api/ip-insurance/policies/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const i = await insurer(w);
      const pol = await policyOfEntA(w);
      return { url: `${base}/policies/${pol.id}`, target: policyTarget(w, pol.id, i.orgId) };
    },
  },
  'POST /api/ip-insurance/policies/:id/claims': {
    reach: 'parties',
    allowed: (p, w) => p.orgId === w.orgs.entA,
    build: async (w) => {
      const i = await insurer(w);
      const pol = await policyOfEntA(w);
      return {
        url: `${base}/policies/${pol.id}/claims`,
        body: { lossOn: '2026-02-20', amountClaimed: 80_000, description: '竞争对手仿制' },
        target: policyTarget(w, pol.id, i.orgId),
      };
    },
  },
  'POST /api/ip-insurance/policies/:id/claims/:claimId/settlement': {
    // The insurer (the policy's owner) settles: the `bank` persona through the insurer's officer.
    reach: 'owner',
    allowed: (p) => p.key === 'bank',
    build: async (w, p) => {
      const pol = await policyOfEntA(w, true);
      return {
        url: `${base}/policies/${pol.id}/claims/${pol.claimId}/settlement`,
        body: { outcome: 'paid', amountPaid: 150_000, settledOn: '2026-03-01' },
        target: { regionCode: TOWN_A, orgId: (await insurer(w)).orgId },
        ...(await asInsurer(w, p)),
      };
    },
  },
  'POST /api/ip-insurance/securitizations': {
    reach: 'self',
    build: async (w, p) => ({
      url: `${base}/securitizations`,
      body: {
        name: `知识产权资产支持专项计划 ${w.seq()}`,
        issuer: '测试证券',
        regionCode: p.regionCode ?? TOWN_A,
        amount: 10_000_000,
        issuedOn: '2026-02-01',
        originatorOrgIds: [w.orgs.entA],
        tranches: [
          { name: '优先级', amount: 9_000_000, ratePct: 3.1, termMonths: 24 },
          { name: '次级', amount: 1_000_000 },
        ],
      },
    }),
  },
  'GET /api/ip-insurance/securitizations': { reach: 'self', build: () => Promise.resolve({ url: `${base}/securitizations` }) },
  'GET /api/ip-insurance/securitizations/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const d = await buildDeal(w.ctx, { regionCode: TOWN_A, originatorOrgId: w.orgs.entA });
      return {
        url: `${base}/securitizations/${d.id}`,
        target: { regionCode: TOWN_A, orgId: null, parties: [{ persona: 'ent_a', role: 'observer' }], record: { type: DEAL, id: d.id } },
      };
    },
  },
};
