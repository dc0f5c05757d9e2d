import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';
import { buildOrg } from '../../../test/factories.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/orgs': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/orgs?regionCode=${REGION_A}`, target: { regionCode: REGION_A, orgId: null } }),
  },
  'POST /api/orgs': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: '/api/orgs',
        body: { kind: 'town_office', name: `任城测试所${w.seq()}`, regionCode: REGION_A },
        target: { regionCode: REGION_A, orgId: null },
      }),
  },
  'GET /api/orgs/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const o = await buildOrg(w.ctx, { kind: 'ip_bureau', region: REGION_A });
      return { url: `/api/orgs/${o.id}`, target: { regionCode: REGION_A, orgId: o.id } };
    },
  },
  'PATCH /api/orgs/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const o = await buildOrg(w.ctx, { kind: 'ip_bureau', region: REGION_A });
      return { url: `/api/orgs/${o.id}`, body: { name: `改名机构${w.seq()}` }, target: { regionCode: REGION_A, orgId: o.id } };
    },
  },
};
