import type { MatrixSamples } from '../../../test/matrix.js';
import { anonymousClient, buildOrg, buildUser, TEST_PASSWORD } from '../../../test/factories.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/auth/session': { reach: 'public', build: () => Promise.resolve({ url: '/api/auth/session' }) },
  'POST /api/auth/login': {
    reach: 'public',
    build: async (w) => {
      const org = await buildOrg(w.ctx, { kind: 'ip_bureau', region: '370811' });
      const u = await buildUser(w.ctx, { orgId: org.id, role: 'bureau_staff' });
      // A separate client, so the personas keep their own sessions.
      return { url: '/api/auth/login', body: { username: u.username, password: TEST_PASSWORD }, as: anonymousClient(w.env.app) };
    },
  },
  'POST /api/auth/logout': { reach: 'self', build: async (w, p) => ({ url: '/api/auth/logout', as: await w.freshClient(p.key) }) },
  'POST /api/auth/logout-all': { reach: 'self', build: async (w, p) => ({ url: '/api/auth/logout-all', as: await w.freshClient(p.key) }) },
  'POST /api/auth/password': {
    reach: 'self',
    build: async (w, p) => ({
      url: '/api/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'Changed@2026' },
      as: await w.freshClient(p.key),
    }),
  },
  'GET /api/roles': { reach: 'self', build: () => Promise.resolve({ url: '/api/roles' }) },
};
