import { TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { anonymousClient, buildCreditCode, buildEnterprise, buildUser, login } from '../../../test/factories.js';

const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });

async function pendingInTownA(w: World) {
  const e = await buildEnterprise(w.ctx, { region: TOWN_A, status: 'pending' });
  return { id: e.id, target: { regionCode: TOWN_A, orgId: e.id } };
}

export const matrixSamples: MatrixSamples = {
  'POST /api/enterprises/register': {
    reach: 'public',
    // Signed-in users are told to sign out first.
    allowed: (p) => p.key === 'anonymous',
    build: (w, p) =>
      Promise.resolve({
        // A successful registration signs in: keep the shared anonymous persona signed out.
        as: p.key === 'anonymous' ? anonymousClient(w.env.app) : undefined,
        url: '/api/enterprises/register',
        body: {
          username: `newent${w.seq()}`,
          password: 'Reg@2026pass',
          displayName: '注册人',
          phone: '13712345678',
          enterprise: { name: '矩阵测试有限公司', creditCode: buildCreditCode(TOWN_A), regionCode: TOWN_A },
        },
      }),
  },
  'GET /api/enterprises': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/enterprises?regionCode=${TOWN_A}`, target: { regionCode: TOWN_A, orgId: null } }),
  },
  'GET /api/enterprises/mine': {
    reach: 'self',
    allowed: (p) => p.role === 'enterprise_user',
    build: () => Promise.resolve({ url: '/api/enterprises/mine' }),
  },
  'GET /api/enterprises/:id': { reach: 'jurisdiction', build: (w) => Promise.resolve({ url: `/api/enterprises/${w.orgs.entA}`, target: entA(w) }) },
  'PATCH /api/enterprises/:id': {
    reach: 'owner',
    build: (w) => Promise.resolve({ url: `/api/enterprises/${w.orgs.entA}`, body: { address: `新地址${w.seq()}号` }, target: entA(w) }),
  },
  'PUT /api/enterprises/:id/tags': {
    reach: 'jurisdiction',
    build: (w) => Promise.resolve({ url: `/api/enterprises/${w.orgs.entA}/tags`, body: { tags: ['high_tech'] }, target: entA(w) }),
  },
  'POST /api/enterprises/:id/approve': {
    reach: 'jurisdiction',
    build: async (w) => {
      const e = await pendingInTownA(w);
      return { url: `/api/enterprises/${e.id}/approve`, target: e.target };
    },
  },
  'POST /api/enterprises/:id/reject': {
    reach: 'jurisdiction',
    build: async (w) => {
      const e = await pendingInTownA(w);
      return { url: `/api/enterprises/${e.id}/reject`, body: { reason: '材料不全' }, target: e.target };
    },
  },
  'POST /api/enterprises/:id/resubmit': {
    reach: 'owner',
    build: async (w, p) => {
      // A rejected registration; its owner is played by ent_a.
      const e = await buildEnterprise(w.ctx, { region: TOWN_A, status: 'rejected' });
      const owner = p.key === 'ent_a' ? await login(w.env.app, (await buildUser(w.ctx, { orgId: e.id, role: 'enterprise_user' })).username) : undefined;
      return {
        url: `/api/enterprises/${e.id}/resubmit`,
        body: { industry: '医药' },
        target: { regionCode: TOWN_A, orgId: p.key === 'ent_a' ? w.orgs.entA : e.id },
        as: owner,
      };
    },
  },
};
