import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { todayIso } from '../../platform/context.js';
import { buildReferral } from './test-helpers.js';

const base = '/api/referrals';
const ofA = (w: World, status: string) =>
  buildReferral(w.ctx, { status, regionCode: REGION_A, ownerOrgId: w.orgs.a, policeOrgId: w.orgs.police, procuratorateOrgId: w.orgs.procuratorate });
const reverseOfA = (w: World, status: string) =>
  buildReferral(w.ctx, {
    status,
    direction: 'reverse',
    regionCode: REGION_A,
    ownerOrgId: w.orgs.procuratorate,
    policeOrgId: w.orgs.police,
    procuratorateOrgId: w.orgs.procuratorate,
  });
const decision = (w: World) => ({ docNo: `济公(经)立字〔2026〕${w.seq()}号`, docDate: todayIso(w.ctx), reason: '经审查，认为没有犯罪事实' });

/** A bureau step on a referral of region A (the table says which bureau permission). */
const bureauStep = (action: string, status: string, body: object = {}) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => ({ url: `${base}/${(await ofA(w, status)).id}/${action}`, body, target: { regionCode: REGION_A, orgId: w.orgs.a } }),
});

/** A step of the police unit the case was handed to: only it acts; the procuratorate (observer) and a second police unit do not. */
const policeStep = (action: string, status: string) => ({
  reach: 'parties' as const,
  allowed: (p: { key: string }) => p.key === 'police',
  build: async (w: World) => {
    const r = await ofA(w, status);
    return {
      url: `${base}/${r.id}/${action}`,
      body: decision(w),
      target: {
        regionCode: REGION_A,
        orgId: w.orgs.a,
        parties: [{ persona: 'police' as const, role: 'referred_to' as const }],
        record: { type: 'referral', id: r.id },
      },
    };
  },
});

/** A step of the procuratorate asked to supervise. */
const procuratorStep = (action: string) => ({
  reach: 'parties' as const,
  allowed: (p: { key: string }) => p.key === 'procurator',
  build: async (w: World) => {
    const r = await ofA(w, 'supervision');
    return {
      url: `${base}/${r.id}/${action}`,
      body: decision(w),
      target: {
        regionCode: REGION_A,
        orgId: w.orgs.a,
        parties: [{ persona: 'procurator' as const, role: 'handler' as const }],
        record: { type: 'referral', id: r.id },
      },
    };
  },
});

export const matrixSamples: MatrixSamples = {
  'GET /api/referrals/threshold': { reach: 'self', build: () => Promise.resolve({ url: `${base}/threshold?offence=trademark_counterfeit&valueYuan=60000` }) },
  'GET /api/referrals/partners': { reach: 'self', build: () => Promise.resolve({ url: `${base}/partners` }) },
  'GET /api/referrals': { reach: 'self', build: () => Promise.resolve({ url: `${base}?waiting=1` }) },
  'GET /api/referrals/:id': {
    // Handed over: the bureau of A (and the city) by jurisdiction, the police unit it went to and the procuratorate's copy; nobody else.
    reach: 'jurisdiction',
    build: async (w) => {
      const r = await ofA(w, 'handed_over');
      return {
        url: `${base}/${r.id}`,
        target: {
          regionCode: REGION_A,
          orgId: w.orgs.a,
          parties: [
            { persona: 'police', role: 'referred_to' },
            { persona: 'procurator', role: 'observer' },
          ],
          record: { type: 'referral', id: r.id },
        },
      };
    },
  },
  'POST /api/referrals': {
    reach: 'self',
    build: (w) =>
      Promise.resolve({
        url: base,
        body: {
          offence: 'trademark_counterfeit',
          caseValueYuan: 120000,
          summary: '制造假冒注册商标的酒类包装',
          policeOrgId: w.orgs.police,
          procuratorateOrgId: w.orgs.procuratorate,
        },
      }),
  },
  'POST /api/referrals/reverse': {
    reach: 'self',
    // Only a procuratorate refers back; a police unit holds the same role and is refused.
    allowed: (p) => p.key === 'procurator',
    build: (w) =>
      Promise.resolve({
        url: `${base}/reverse`,
        body: {
          bureauOrgId: w.orgs.a,
          offence: 'counterfeit_goods_sale',
          caseValueYuan: 30000,
          summary: '犯罪情节轻微，决定不起诉，需给予行政处罚',
          nonProsecutionNo: `济检刑不诉〔2026〕${w.seq()}号`,
          nonProsecutionDate: todayIso(w.ctx),
        },
      }),
  },
  'POST /api/referrals/:id/reverse': {
    reach: 'parties',
    allowed: (p) => p.key === 'procurator',
    build: async (w) => {
      const r = await ofA(w, 'accepted');
      return {
        url: `${base}/${r.id}/reverse`,
        body: {
          summary: '公安机关立案侦查后移送审查起诉，本院决定不起诉',
          nonProsecutionNo: `济检刑不诉〔2026〕${w.seq()}号`,
          nonProsecutionDate: todayIso(w.ctx),
        },
        target: { regionCode: REGION_A, orgId: w.orgs.a, parties: [{ persona: 'procurator', role: 'observer' }], record: { type: 'referral', id: r.id } },
      };
    },
  },
  'POST /api/referrals/:id/approve': bureauStep('approve', 'proposed'),
  'POST /api/referrals/:id/decline': bureauStep('decline', 'proposed', { reason: '未达到刑事追诉标准' }),
  'POST /api/referrals/:id/hand-over': bureauStep('hand-over', 'approved'),
  'POST /api/referrals/:id/accept': policeStep('accept', 'handed_over'),
  'POST /api/referrals/:id/refuse': policeStep('refuse', 'handed_over'),
  'POST /api/referrals/:id/reconsideration': bureauStep('reconsideration', 'refused', { reason: '经营额已达追诉标准' }),
  'POST /api/referrals/:id/revise': policeStep('revise', 'reconsideration'),
  'POST /api/referrals/:id/uphold': policeStep('uphold', 'reconsideration'),
  'POST /api/referrals/:id/supervision': bureauStep('supervision', 'upheld'),
  'POST /api/referrals/:id/supervision-filed': procuratorStep('supervision-filed'),
  'POST /api/referrals/:id/supervision-closed': procuratorStep('supervision-closed'),
  'POST /api/referrals/:id/receive': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/${(await reverseOfA(w, 'sent')).id}/receive`,
      body: { bureauCaseNo: `济任市监立〔2026〕${w.seq()}号` },
      target: { regionCode: REGION_A, orgId: w.orgs.procuratorate },
    }),
  },
  'POST /api/referrals/:id/conclude': {
    reach: 'jurisdiction',
    build: async (w) => ({
      url: `${base}/${(await reverseOfA(w, 'received')).id}/conclude`,
      body: { decisionNo: `济任市监罚〔2026〕${w.seq()}号`, decisionDate: todayIso(w.ctx), finesYuan: 20000 },
      target: { regionCode: REGION_A, orgId: w.orgs.procuratorate },
    }),
  },
};
