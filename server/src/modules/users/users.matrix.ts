import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { buildUser } from '../../../test/factories.js';

async function userInA(w: World) {
  const u = await buildUser(w.ctx, { orgId: w.orgs.a, role: 'bureau_staff' });
  return { id: u.id, target: { regionCode: REGION_A, orgId: w.orgs.a } };
}

export const matrixSamples: MatrixSamples = {
  'GET /api/users': {
    reach: 'jurisdiction',
    build: (w) => Promise.resolve({ url: `/api/users?orgId=${w.orgs.a}`, target: { regionCode: REGION_A, orgId: w.orgs.a } }),
  },
  'POST /api/users': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: '/api/users',
        body: { username: `created${w.seq()}`, displayName: '新用户', role: 'bureau_staff', orgId: w.orgs.a, initialPassword: 'Init@2026pw' },
        target: { regionCode: REGION_A, orgId: w.orgs.a },
      }),
  },
  'GET /api/users/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const u = await userInA(w);
      return { url: `/api/users/${u.id}`, target: u.target };
    },
  },
  'PATCH /api/users/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const u = await userInA(w);
      return { url: `/api/users/${u.id}`, body: { displayName: '改名' }, target: u.target };
    },
  },
  'POST /api/users/:id/reset-password': {
    reach: 'jurisdiction',
    build: async (w) => {
      const u = await userInA(w);
      return { url: `/api/users/${u.id}/reset-password`, body: { newPassword: 'Reset@2026pw' }, target: u.target };
    },
  },
  'POST /api/users/:id/unlock': {
    reach: 'jurisdiction',
    build: async (w) => {
      const u = await userInA(w);
      const until = new Date(w.ctx.clock.now().getTime() + 10 * 60_000).toISOString();
      await w.ctx.db.updateTable('users').set({ locked_until: until }).where('id', '=', u.id).execute();
      return { url: `/api/users/${u.id}/unlock`, target: u.target };
    },
  },
};
