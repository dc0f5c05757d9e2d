import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

let env: TestEnv;
let staff: Client;
let dept: Client;
let deptOrg: number;

beforeAll(async () => {
  env = await createTestEnv();
  const county = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  deptOrg = (await buildOrg(env.ctx, { kind: 'town_office', region: '370811002', name: '许庄街道市场监管所' })).id;
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: county.id, role: 'bureau_staff', username: 'plan_staff' })).username);
  dept = await login(env.app, (await buildUser(env.ctx, { orgId: deptOrg, role: 'town_specialist', username: 'plan_dept' })).username);
  // Effective invention patents of 任城区 at each year end: 2022: 1, 2023: 2, 2024: 3, 2025: 4.
  for (const y of [2022, 2023, 2024, 2025]) await buildPatent(env.ctx, { region: '370811', grantDate: `${y}-03-01` });
});
afterAll(async () => env.close());

describe('plans with targets and tasks', () => {
  it('shows progress from the baseline, the linear projection at the deadline and a status', async () => {
    const res = await staff.post('/api/plans', {
      name: '任城区知识产权强区建设方案(2024—2026年)',
      regionCode: '370811',
      startYear: 2024,
      endYear: 2026,
      targets: [
        { indicatorKey: 'effective_invention_patents', targetValue: 5, deadline: '2026-12-31' },
        { indicatorKey: 'effective_invention_patents', targetValue: 10, deadline: '2026-12-31' },
        { indicatorKey: 'trainings', targetValue: 60, deadline: '2026-12-31' },
      ],
      tasks: [
        { title: '建设专利导航服务基地', department: '许庄街道市场监管所', responsibleOrgId: deptOrg, dueDate: '2025-12-31' },
        { title: '开展质押融资培训', department: '区市场监管局', dueDate: '2026-12-31' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json<Plan>();
    const [reach, stretch, reported] = plan.targets;
    // Baseline 2023 = 2, current (last completed year 2025) = 4: (4 − 2) ÷ (5 − 2) = 66.7%; trend +1/year → 5 in 2026.
    expect(reach).toMatchObject({ baselineValue: 2, currentValue: 4, currentPeriod: '2025', progressPct: 66.7, projectedValue: 5, status: 'green' });
    expect(stretch).toMatchObject({ progressPct: 25, projectedValue: 5, status: 'red' });
    expect(reported).toMatchObject({ currentValue: null, status: 'unknown' });
    expect(reach?.projectionMethod).toContain('最小二乘');
    expect(plan.tasks.find((t) => t.title === '建设专利导航服务基地')?.overdue).toBe(true);
    const x = await staff.get(`/api/plans/${plan.id}/export`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('目标指标')?.getRow(3).getCell(1).value).toBe('有效发明专利');
    expect(wb.getWorksheet('重点工作责任分解')?.getRow(2).getCell(4).value).toBe('已逾期');
  });

  it('tells the responsible department about overdue tasks, once', async () => {
    const first = await staff.post('/api/plans/notify-overdue', {});
    expect(first.json()).toMatchObject({ tasks: 1, notified: 1 });
    const inbox = await dept.get('/api/notifications');
    expect(inbox.body).toContain('工作任务已逾期');
    expect((await staff.post('/api/plans/notify-overdue', {})).json()).toMatchObject({ tasks: 0, notified: 0 });
  });

  it('keeps plans inside the jurisdiction', async () => {
    const other = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
    const zc = await login(env.app, (await buildUser(env.ctx, { orgId: other.id, role: 'bureau_staff', username: 'plan_zc' })).username);
    const list = await staff.get('/api/plans');
    const id = list.json<{ items: { id: number }[] }>().items[0]?.id;
    expect((await zc.get(`/api/plans/${id}`)).statusCode).toBe(404);
    expect((await zc.post('/api/plans', { name: 'x', regionCode: '370811', startYear: 2024, endYear: 2026, targets: [], tasks: [] })).statusCode).toBe(403);
  });
});
