import { roleDefinitions } from '@zhichan/contract';
import { TOWN_A, type MatrixSample, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { pauseClocks } from '../../platform/clocks.js';
import { buildComplaint, buildPenaltyCase } from './test-helpers.js';

/** A handler of region A: `case.handle` in a region role covering it. */
const handlerOfA = (p: Persona) =>
  p.role !== null &&
  roleDefinitions[p.role].scope === 'region' &&
  roleDefinitions[p.role].permissions.includes('case.handle') &&
  p.regionCode !== null &&
  isWithinRegion(TOWN_A, p.regionCode);

const report = {
  kind: 'report',
  anonymous: true,
  respondentName: '济宁某商贸有限公司',
  regionCode: TOWN_A,
  ipKind: 'trademark',
  title: '超市销售假冒注册商标白酒',
  description: '许庄街道某超市货架上的白酒使用了与注册商标近似的标识。',
};

/** A complaint step on a complaint of region A in `status`. */
const onComplaint = (path: string, body: object, o: { kind?: 'complaint' | 'report'; status?: string } = {}): MatrixSample => ({
  reach: 'jurisdiction',
  build: async (w) => {
    const c = await buildComplaint(w.ctx, { regionCode: TOWN_A, kind: o.kind, status: o.status });
    return { url: `/api/complaints/${c.id}/${path}`, body, target: { regionCode: TOWN_A, orgId: null } };
  },
});

/** A case step on a penalty case of region A in `status`, its respondent enterprise A a party of it. */
const onCase = (path: string, status: string, body: (w: World) => object, allowed?: MatrixSample['allowed'], paused = false): MatrixSample => ({
  reach: 'jurisdiction',
  allowed,
  build: async (w) => {
    const k = await buildPenaltyCase(w.ctx, { regionCode: TOWN_A, status, respondentOrgId: w.orgs.entA });
    if (paused) {
      await w.ctx.db.transaction().execute((trx) => pauseClocks(w.ctx, trx, { type: 'penalty_case', id: k.id }, { on: todayIso(w.ctx), reason: '检测' }));
    }
    return {
      url: `/api/cases/${k.id}${path}`,
      body: body(w),
      target: { regionCode: TOWN_A, orgId: null, parties: [{ persona: 'ent_a', role: 'counterparty' }], record: { type: 'penalty_case', id: k.id } },
    };
  },
});
const handlersOnly = (p: Persona) => handlerOfA(p);
const day = (w: World) => ({ on: todayIso(w.ctx) });

export const matrixSamples: MatrixSamples = {
  'POST /api/complaints': { reach: 'public', build: () => Promise.resolve({ url: '/api/complaints', body: report }) },
  'GET /api/complaints/track/:code': {
    reach: 'public',
    build: async (w) => ({ url: `/api/complaints/track/${(await buildComplaint(w.ctx, { regionCode: TOWN_A })).code}` }),
  },
  'GET /api/complaints/mine': { reach: 'self', build: () => Promise.resolve({ url: '/api/complaints/mine' }) },
  'GET /api/complaints': { reach: 'self', build: () => Promise.resolve({ url: '/api/complaints?status=submitted' }) },
  'GET /api/complaints/:id': {
    reach: 'jurisdiction',
    auditRows: 1,
    // Its handlers and the enterprise that submitted it; a town office of the region is not a handler.
    allowed: (p, w) => handlerOfA(p) || p.orgId === w.orgs.entA,
    build: async (w) => {
      const c = await buildComplaint(w.ctx, { regionCode: TOWN_A, submitterOrgId: w.orgs.entA });
      return { url: `/api/complaints/${c.id}`, target: { regionCode: TOWN_A, orgId: w.orgs.entA } };
    },
  },
  'POST /api/complaints/:id/accept': onComplaint('accept', {}),
  'POST /api/complaints/:id/refuse': onComplaint('refuse', { reason: '不属于本局管辖' }),
  'POST /api/complaints/:id/extend': onComplaint('extend', { reason: '经局长批准延长' }, { kind: 'report' }),
  'POST /api/complaints/:id/triage': onComplaint(
    'triage',
    { outcome: 'penalty_case', reason: '涉嫌商标侵权', caseKind: 'trademark_infringement' },
    { status: 'accepted' },
  ),
  'GET /api/cases': { reach: 'self', build: () => Promise.resolve({ url: '/api/cases?status=clue&overdue=1' }) },
  'GET /api/cases/fine-range': { reach: 'self', build: () => Promise.resolve({ url: '/api/cases/fine-range?kind=counterfeit_patent&amount=60000' }) },
  'GET /api/cases/stats': { reach: 'self', build: () => Promise.resolve({ url: '/api/cases/stats?year=2026' }) },
  'POST /api/cases': {
    reach: 'self',
    build: (w, p) =>
      Promise.resolve({
        url: '/api/cases',
        body: {
          kind: 'counterfeit_patent',
          title: '产品标注已失效专利号',
          respondentName: '某机械有限公司',
          regionCode: p.regionCode && p.role && roleDefinitions[p.role].scope === 'region' ? p.regionCode : TOWN_A,
          clueOn: todayIso(w.ctx),
        },
      }),
  },
  'GET /api/cases/:id': {
    ...onCase(
      '',
      'investigating',
      () => ({}),
      (p, w) => handlerOfA(p) || p.orgId === w.orgs.entA,
    ),
    auditRows: 1,
  },
  'POST /api/cases/:id/open': onCase('/open', 'clue', day, handlersOnly),
  'POST /api/cases/:id/decline': onCase('/decline', 'clue', () => ({ reason: '证据不足' }), handlersOnly),
  'POST /api/cases/:id/hearing-notice': onCase('/hearing-notice', 'investigating', (w) => ({ ...day(w), proposedFine: 50000 }), handlersOnly),
  'POST /api/cases/:id/hearing-request': onCase('/hearing-request', 'notified', day, (p, w) => handlerOfA(p) || p.orgId === w.orgs.entA),
  'POST /api/cases/:id/decision': onCase(
    '/decision',
    'hearing',
    (w) => ({ ...day(w), decisionNo: `济任市监罚〔2026〕${w.seq()}号`, amount: 60000, fine: 100000, fineReason: '违法经营额六万元，情节一般' }),
    handlersOnly,
  ),
  'POST /api/cases/:id/publication': onCase('/publication', 'decided', (w) => ({ ...day(w), where: '国家企业信用信息公示系统' }), handlersOnly),
  'POST /api/cases/:id/close': onCase('/close', 'investigating', () => ({ reason: '违法事实不能成立' }), handlersOnly),
  'POST /api/cases/:id/pause': onCase('/pause', 'investigating', (w) => ({ ...day(w), reason: 'testing' }), handlersOnly),
  'POST /api/cases/:id/resume': onCase('/resume', 'investigating', day, handlersOnly, true),
  'POST /api/cases/:id/extend': onCase('/extend', 'investigating', () => ({ clock: 'decide', reason: '案情复杂，经负责人批准' }), handlersOnly),
};
