import { roleDefinitions } from '@zhichan/contract';
import { TOWN_A, type MatrixSample, type MatrixSamples, type Persona, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { pauseClocks } from '../../platform/clocks.js';
import { buildComplaint, buildDispute, buildPenaltyCase } from './test-helpers.js';
import { buildAttachment } from '../open-licensing/test-helpers.js';

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

/** A dispute step on a dispute of region A requested by enterprise A, enterprise B the respondent and the mediation organisation the expert. */
const onDispute = (
  path: string,
  status: string,
  body: (w: World, p: Persona) => Promise<object> | object,
  allowed?: MatrixSample['allowed'],
  o: { paused?: boolean; procedure?: 'simple' | 'ordinary' } = {},
): MatrixSample => ({
  reach: 'jurisdiction',
  allowed: allowed ?? ((p) => handlerOfA(p)),
  build: async (w, p) => {
    const d = await buildDispute(w.ctx, {
      regionCode: TOWN_A,
      requesterOrgId: w.orgs.entA,
      status,
      respondentOrgId: w.orgs.entB,
      expertOrgId: w.orgs.mediation,
      procedure: o.procedure,
    });
    if (o.paused)
      await w.ctx.db.transaction().execute((trx) => pauseClocks(w.ctx, trx, { type: 'patent_dispute', id: d.id }, { on: todayIso(w.ctx), reason: '无效' }));
    return {
      url: `/api/disputes/${d.id}${path}`,
      body: await body(w, p),
      target: {
        regionCode: TOWN_A,
        orgId: w.orgs.entA,
        parties: [
          { persona: 'ent_b', role: 'counterparty' },
          { persona: 'mediator', role: 'expert' },
        ],
        record: { type: 'patent_dispute', id: d.id },
      },
    };
  },
});

export const matrixSamples: MatrixSamples = {
  'POST /api/disputes': {
    reach: 'self',
    build: () =>
      Promise.resolve({
        url: '/api/disputes',
        body: {
          requesterName: '济宁某科技有限公司',
          standing: 'patentee',
          respondentName: '某机械有限公司',
          regionCode: TOWN_A,
          patentNo: 'ZL202310000001.X',
          patentKind: 'invention',
          claims: '被请求人制造、销售的产品落入涉案专利权利要求1的保护范围。',
        },
      }),
  },
  'GET /api/disputes': { reach: 'self', build: () => Promise.resolve({ url: '/api/disputes?status=requested' }) },
  'GET /api/disputes/:id': {
    ...onDispute(
      '',
      'served',
      () => ({}),
      (p, w) => handlerOfA(p) || p.orgId === w.orgs.entA || p.orgId === w.orgs.entB || p.orgId === w.orgs.mediation,
    ),
    auditRows: 1,
  },
  'POST /api/disputes/:id/accept': onDispute('/accept', 'requested', (w) => ({ ...day(w), criteria: { facts_clear: true } })),
  'POST /api/disputes/:id/refuse': onDispute('/refuse', 'requested', () => ({ reason: '请求人不具备主体资格' })),
  'POST /api/disputes/:id/serve': onDispute('/serve', 'accepted', day),
  'POST /api/disputes/:id/answer': onDispute('/answer', 'served', day, (p, w) => handlerOfA(p) || p.orgId === w.orgs.entB),
  'POST /api/disputes/:id/hearings': onDispute('/hearings', 'served', (w) => ({ ...day(w), place: '任城区市场监管局第一审理庭' })),
  'POST /api/disputes/:id/experts': onDispute('/experts', 'served', (w) => ({ orgId: w.orgs.mediationB, role: 'expert' })),
  'POST /api/disputes/:id/opinions': onDispute(
    '/opinions',
    'served',
    async (w, p) => ({
      attachmentId: p.orgId !== null && p.userId !== null ? await buildAttachment(w.ctx, p.orgId, p.userId, 'other') : 1,
      summary: '被控产品包含权利要求1的全部技术特征',
    }),
    (p, w) => p.orgId === w.orgs.mediation,
  ),
  'POST /api/disputes/:id/suspend': onDispute('/suspend', 'served', day),
  'POST /api/disputes/:id/resume': onDispute('/resume', 'served', day, undefined, { paused: true }),
  'POST /api/disputes/:id/extend': onDispute('/extend', 'served', () => ({ reason: '案情复杂，经负责人批准' })),
  'POST /api/disputes/:id/decision': onDispute('/decision', 'served', (w) => ({
    ...day(w),
    decisionNo: `济任知裁字〔2026〕${w.seq()}号`,
    outcome: 'infringement',
    stopOrder: '立即停止制造、销售被控侵权产品',
    reasons: '被控产品落入权利要求1的保护范围',
  })),
  'POST /api/disputes/:id/mediation-agreement': onDispute('/mediation-agreement', 'served', (w) => ({
    ...day(w),
    summary: '双方达成和解，被请求人停止销售并支付补偿',
  })),

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
