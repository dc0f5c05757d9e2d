import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { buildOrg } from '../../../test/factories.js';
import { todayIso } from '../../platform/context.js';
import { buildMediation, buildRegisteredMediationOrg } from './test-helpers.js';

const base = '/api/mediations';
const ofA = (w: World, status: string) => buildMediation(w.ctx, { status, regionCode: REGION_A, ownerOrgId: w.orgs.a, mediationOrgId: w.orgs.mediation });
const dispute = { subject: '实用新型专利侵权纠纷', applicant: '济宁某机械有限公司', respondent: '李某', claimYuan: 50000 };

/** A step on a mediation of region A handled by the first mediation organisation. */
const onA = (action: string, status: string, body: (w: World) => object, mediatorOnly: boolean) => ({
  reach: mediatorOnly ? ('parties' as const) : ('jurisdiction' as const),
  ...(mediatorOnly ? { allowed: (p: { key: string }) => p.key === 'mediator' } : {}),
  build: async (w: World) => {
    const d = await ofA(w, status);
    return {
      url: `${base}/${d.id}/${action}`,
      body: body(w),
      target: {
        regionCode: REGION_A,
        orgId: w.orgs.a,
        parties: [{ persona: 'mediator' as const, role: 'mediator' as const }],
        record: { type: 'mediation', id: d.id },
      },
    };
  },
});

export const matrixSamples: MatrixSamples = {
  'GET /api/mediation-orgs': { reach: 'self', build: () => Promise.resolve({ url: '/api/mediation-orgs' }) },
  'POST /api/mediation-orgs': {
    reach: 'self',
    build: async (w) => ({
      url: '/api/mediation-orgs',
      body: { orgId: (await buildOrg(w.ctx, { kind: 'mediation', region: REGION_A })).id, kind: 'people', scope: '专利纠纷' },
    }),
  },
  'POST /api/mediation-orgs/:id/mediators': {
    reach: 'self',
    build: async (w) => ({
      url: `/api/mediation-orgs/${await buildRegisteredMediationOrg(w.ctx, w.orgs.mediation)}/mediators`,
      body: { name: `调解员${w.seq()}`, specialty: '专利' },
    }),
  },
  'GET /api/mediations': { reach: 'self', build: () => Promise.resolve({ url: `${base}?waiting=1` }) },
  'GET /api/mediations/:id': {
    reach: 'jurisdiction',
    build: async (w) => {
      const d = await ofA(w, 'mediating');
      return {
        url: `${base}/${d.id}`,
        target: { regionCode: REGION_A, orgId: w.orgs.a, parties: [{ persona: 'mediator', role: 'mediator' }], record: { type: 'mediation', id: d.id } },
      };
    },
  },
  'POST /api/mediations': {
    reach: 'self',
    build: async (w) => {
      await buildRegisteredMediationOrg(w.ctx, w.orgs.mediation);
      return { url: base, body: { ...dispute, mediationOrgId: w.orgs.mediation } };
    },
  },
  'POST /api/mediations/direct': {
    reach: 'self',
    build: async (w) => {
      await buildRegisteredMediationOrg(w.ctx, w.orgs.mediation);
      await buildRegisteredMediationOrg(w.ctx, w.orgs.mediationB);
      return { url: `${base}/direct`, body: dispute };
    },
  },
  'POST /api/mediations/:id/agreement': onA(
    'agreement',
    'mediating',
    (w) => ({ agreedOn: todayIso(w.ctx), terms: '停止侵权并赔偿3万元', amountYuan: 30000 }),
    true,
  ),
  'POST /api/mediations/:id/failure': onA('failure', 'mediating', (w) => ({ endedOn: todayIso(w.ctx), reason: '双方对赔偿数额分歧较大' }), true),
  'POST /api/mediations/:id/confirmation-application': onA(
    'confirmation-application',
    'agreed',
    (w) => ({ appliedOn: todayIso(w.ctx), court: '济宁市任城区人民法院' }),
    false,
  ),
  'POST /api/mediations/:id/court-ruling': onA(
    'court-ruling',
    'confirmation_applied',
    (w) => ({ confirmed: true, caseNo: `(2026)鲁0811民特${w.seq()}号`, ruledOn: todayIso(w.ctx) }),
    false,
  ),
  'POST /api/mediations/:id/arbitration': onA('arbitration', 'failed', (w) => ({ commission: '济宁仲裁委员会', referredOn: todayIso(w.ctx) }), false),
};
