import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

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
        { indicatorKey: 'high_value_patent_trainings', targetValue: 60, deadline: '2026-12-31' },
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

describe('editing and deleting plans', () => {
  const header = { regionCode: '370811', startYear: 2024, endYear: 2026, targets: [] };
  const createOne = async (name: string, tasks: { title: string; department: string; dueDate: string; responsibleOrgId?: number }[]) => {
    const res = await staff.post('/api/plans', { ...header, name, tasks });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Plan>();
  };
  const put = (id: number, body: unknown) => staff.request('PUT', `/api/plans/${id}`, body);

  it('keeps the ids of tasks that are still there, and their progress, when the plan is edited', async () => {
    const plan = await createOne('任务编号保持方案', [
      { title: '专利导航', department: '区市场监管局', dueDate: '2026-06-30' },
      { title: '质押融资培训', department: '区市场监管局', dueDate: '2026-09-30' },
      { title: '商标品牌培育', department: '区市场监管局', dueDate: '2026-10-31' },
    ]);
    const [nav, training, brand] = ['专利导航', '质押融资培训', '商标品牌培育'].map((t) => plan.tasks.find((x) => x.title === t));
    expect((await staff.post(`/api/plans/${plan.id}/tasks/${nav?.id}/done`, { done: true })).statusCode).toBe(200);
    const res = await put(plan.id, {
      ...header,
      name: plan.name,
      tasks: [
        { id: nav?.id, title: '专利导航（扩大到全区）', department: '区市场监管局', dueDate: '2026-06-30' },
        // Sent without its id (an API client): found by title and department, it is the same task.
        { title: '商标品牌培育', department: '区市场监管局', dueDate: '2026-12-31' },
        { title: '新增：地理标志保护', department: '区市场监管局', dueDate: '2026-11-30' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const tasks = res.json<Plan>().tasks;
    const edited = tasks.find((t) => t.title === '专利导航（扩大到全区）');
    expect(edited?.id).toBe(nav?.id);
    expect(edited?.doneAt).not.toBeNull();
    expect(tasks.find((t) => t.title === '商标品牌培育')?.id).toBe(brand?.id);
    expect(tasks.some((t) => t.id === training?.id)).toBe(false);
    const added = tasks.find((t) => t.title === '新增：地理标志保护');
    expect([nav?.id, training?.id, brand?.id]).not.toContain(added?.id);
    // The task's own route still reaches it by the id it had before the edit.
    expect((await staff.post(`/api/plans/${plan.id}/tasks/${nav?.id}/done`, { done: false })).statusCode).toBe(200);
  });

  it('refuses a task id of another plan, naming the field', async () => {
    const mine = await createOne('任务编号甲', [{ title: '甲任务', department: '区局', dueDate: '2026-06-30' }]);
    const other = await createOne('任务编号乙', [{ title: '乙任务', department: '区局', dueDate: '2026-06-30' }]);
    const res = await put(mine.id, {
      ...header,
      name: mine.name,
      tasks: [{ id: other.tasks[0]?.id, title: '甲任务', department: '区局', dueDate: '2026-06-30' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: Record<string, string> }>().fields).toHaveProperty(['tasks.0.id']);
    expect((await staff.get(`/api/plans/${other.id}`)).json<Plan>().tasks[0]?.title).toBe('乙任务');
  });

  it('takes a responsible organisation only from within the plan’s region', async () => {
    const elsewhere = (await buildOrg(env.ctx, { kind: 'town_office', region: '370883001', name: '邹城某街道市场监管所' })).id;
    const task = (responsibleOrgId: number) => [{ title: '专利导航', department: '责任单位', dueDate: '2026-06-30', responsibleOrgId }];
    for (const orgId of [elsewhere, 999_999]) {
      const res = await staff.post('/api/plans', { ...header, name: '责任单位越界', tasks: task(orgId) });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ fields: Record<string, string> }>().fields).toHaveProperty(['tasks.0.responsibleOrgId']);
    }
    const plan = await createOne('责任单位在区内', task(deptOrg));
    expect(plan.tasks[0]?.responsibleOrgId).toBe(deptOrg);
    const moved = await put(plan.id, { ...header, name: plan.name, tasks: [{ ...task(elsewhere)[0], id: plan.tasks[0]?.id }] });
    expect(moved.statusCode).toBe(400);
    expect(moved.json<{ fields: Record<string, string> }>().fields).toHaveProperty(['tasks.0.responsibleOrgId']);
  });

  it('deletes a plan entered by mistake with one audit row, and refuses one with recorded work, saying why', async () => {
    const mistaken = await createOne('误建方案', [{ title: '任务', department: '区局', dueDate: '2026-06-30' }]);
    const before = await auditCount(env.ctx);
    const del = await staff.request('DELETE', `/api/plans/${mistaken.id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const row = await env.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'plan.delete')
      .where('entity_id', '=', String(mistaken.id))
      .executeTakeFirst();
    expect(row?.before_json).toContain('误建方案');
    expect((await staff.get(`/api/plans/${mistaken.id}`)).statusCode).toBe(404);

    const worked = await createOne('已推进方案', [{ title: '已完成的任务', department: '区局', dueDate: '2026-06-30' }]);
    await staff.post(`/api/plans/${worked.id}/tasks/${worked.tasks[0]?.id}/done`, { done: true });
    const refused = await staff.request('DELETE', `/api/plans/${worked.id}`);
    expect(refused.statusCode).toBe(409);
    const body = refused.json<{ message: string; messageCode: string; params: Record<string, unknown> }>();
    expect(body.message).toContain('已完成任务 1 项');
    // Coded, so the English interface says why too.
    expect(body).toMatchObject({ messageCode: 'plans.delete_has_work', params: { done: 1, notified: 0 } });
    expect((await staff.get(`/api/plans/${worked.id}`)).statusCode).toBe(200);
    // A department's user cannot delete (no plan management), whatever the plan.
    expect((await dept.request('DELETE', `/api/plans/${mistaken.id}`)).statusCode).toBe(403);
  });
});
