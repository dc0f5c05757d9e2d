import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { buildOpinion } from './test-helpers.js';

const base = '/api/ecommerce-opinions';

export const matrixSamples: MatrixSamples = {
  'GET /api/ecommerce-opinions': { reach: 'self', build: () => Promise.resolve({ url: `${base}?status=requested` }) },
  'GET /api/ecommerce-opinions/:id': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/${(await buildOpinion(w.ctx, { regionCode: REGION_A, ownerOrgId: w.orgs.a })).id}`,
      target: { regionCode: REGION_A, orgId: w.orgs.a },
    }),
  },
  'POST /api/ecommerce-opinions': {
    reach: 'self',
    build: (w) =>
      Promise.resolve({
        url: base,
        body: {
          requesterKind: 'rights_holder',
          requesterName: '济宁某科技有限公司',
          platformName: '某电商平台',
          rightKind: 'trademark',
          rightNo: '第12345678号',
          listing: '店铺销售标有近似商标的商品',
          receivedOn: todayIso(w.ctx),
        },
      }),
  },
  'POST /api/ecommerce-opinions/:id/issue': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/${(await buildOpinion(w.ctx, { regionCode: REGION_A, ownerOrgId: w.orgs.a })).id}/issue`,
      body: { conclusion: 'infringing', opinion: '被诉商品使用了与注册商标近似的标志，容易导致混淆', issuedOn: todayIso(w.ctx) },
      target: { regionCode: REGION_A, orgId: w.orgs.a },
    }),
  },
};
