import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';
import { findAssignments } from './repository.js';
import { CHECKLIST, buildPlan } from './test-helpers.js';

const base = '/api/agency-inspections';
const inA = { regionCode: REGION_A, orgId: null };

export const matrixSamples: MatrixSamples = {
  'GET /api/agency-inspections/agencies': { reach: 'self', build: () => Promise.resolve({ url: `${base}/agencies` }) },
  'POST /api/agency-inspections/agencies': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/agencies`,
        body: {
          kind: 'patent',
          name: `济宁某专利代理事务所${w.seq()}`,
          regionCode: REGION_A,
          filingNo: `备-${w.seq()}`,
          filedOn: '2025-05-01',
          agents: ['王某'],
        },
        target: inA,
      }),
  },
  'GET /api/agency-inspections/inspectors': { reach: 'self', build: () => Promise.resolve({ url: `${base}/inspectors` }) },
  'POST /api/agency-inspections/inspectors': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `${base}/inspectors`, body: { name: '赵检查', unit: '任城区市场监督管理局', regionCode: REGION_A }, target: inA }),
  },
  'GET /api/agency-inspections/plans': { reach: 'self', build: () => Promise.resolve({ url: `${base}/plans` }) },
  'POST /api/agency-inspections/plans': {
    reach: 'jurisdiction',
    build: (w) =>
      Promise.resolve({
        url: `${base}/plans`,
        body: {
          regionCode: REGION_A,
          year: 2000 + (w.seq() % 100),
          title: '年度代理机构双随机抽查',
          sharePercent: 20,
          inspectorsPerObject: 2,
          checklist: CHECKLIST,
        },
        target: inA,
      }),
  },
  'POST /api/agency-inspections/plans/:id/draw': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `${base}/plans/${(await buildPlan(w.ctx, REGION_A)).planId}/draw`, body: { seed: '2026-任城-001' }, target: inA }),
  },
  'GET /api/agency-inspections/plans/:id/verify': {
    reach: 'public',
    build: async (w) => ({ url: `${base}/plans/${(await buildPlan(w.ctx, REGION_A, { seed: 'abcd-1' })).planId}/verify?seed=abcd-1` }),
  },
  'POST /api/agency-inspections/objects/:id/recusal': {
    reach: 'jurisdiction',
    build: async (w) => {
      const { objectIds } = await buildPlan(w.ctx, REGION_A, { seed: 'recusal-1' });
      const id = objectIds[0] as number;
      const [first] = await findAssignments(w.ctx.db, [id]);
      return { url: `${base}/objects/${id}/recusal`, body: { inspectorId: Number(first?.inspector_id), reason: '与被检查机构负责人系近亲属' }, target: inA };
    },
  },
  'POST /api/agency-inspections/objects/:id/result': {
    reach: 'jurisdiction',
    build: async (w) => {
      const { objectIds } = await buildPlan(w.ctx, REGION_A, { seed: 'result-1' });
      return {
        url: `${base}/objects/${objectIds[0]}/result`,
        body: { findings: [{ item: CHECKLIST[0], compliant: false, note: '办公地址与备案不符' }], measures: '责令限期整改' },
        target: inA,
      };
    },
  },
  'POST /api/agency-inspections/objects/:id/publish': {
    reach: 'jurisdiction',
    build: async (w) => {
      const { objectIds } = await buildPlan(w.ctx, REGION_A, { seed: 'publish-1', concluded: true });
      return { url: `${base}/objects/${objectIds[0]}/publish`, body: {}, target: inA };
    },
  },
  'GET /api/agency-inspections/results': { reach: 'public', build: () => Promise.resolve({ url: `${base}/results` }) },
};
