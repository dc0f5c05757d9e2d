import { REGION_A, type MatrixSamples, type World } from '../../../test/matrix.js';

const target = { regionCode: REGION_A, orgId: null };
const body = {
  name: '矩阵测试方案',
  regionCode: REGION_A,
  startYear: 2024,
  endYear: 2026,
  targets: [{ indicatorKey: 'effective_invention_patents', targetValue: 100, deadline: '2026-12-31' }],
  tasks: [{ title: '开展专利导航', department: '区市场监管局', dueDate: '2025-06-30' }],
};

async function planInA(w: World) {
  const at = w.ctx.clock.now().toISOString();
  const p = await w.ctx.db
    .insertInto('plans')
    .values({ name: '矩阵方案', region_code: REGION_A, start_year: 2024, end_year: 2026, source: null, is_demo: 0, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const t = await w.ctx.db
    .insertInto('plan_tasks')
    .values({ plan_id: Number(p.id), title: '任务', department: '区局', responsible_org_id: null, due_date: '2025-01-01', done_at: null, notified_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(p.id), taskId: Number(t.id) };
}

export const matrixSamples: MatrixSamples = {
  'GET /api/plans': { reach: 'self', build: () => Promise.resolve({ url: '/api/plans' }) },
  'POST /api/plans': { reach: 'jurisdiction', build: () => Promise.resolve({ url: '/api/plans', body, target }) },
  'GET /api/plans/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/plans/${(await planInA(w)).id}`, target }) },
  'GET /api/plans/:id/export': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/plans/${(await planInA(w)).id}/export`, target }) },
  'PUT /api/plans/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/plans/${(await planInA(w)).id}`, body, target }) },
  'DELETE /api/plans/:id': { reach: 'jurisdiction', build: async (w) => ({ url: `/api/plans/${(await planInA(w)).id}`, target }) },
  'POST /api/plans/:id/tasks/:taskId/done': {
    reach: 'jurisdiction',
    build: async (w) => {
      const p = await planInA(w);
      return { url: `/api/plans/${p.id}/tasks/${p.taskId}/done`, body: { done: true }, target };
    },
  },
  // Sends the reminders of overdue tasks within the caller's own jurisdiction.
  'POST /api/plans/notify-overdue': { reach: 'self', build: () => Promise.resolve({ url: '/api/plans/notify-overdue' }) },
};
