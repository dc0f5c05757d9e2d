import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { runPeriodicSweeps } from '../../platform/work-items.js';
import { sweepOverdueTasks } from './overdue.js';

let env: TestEnv;
let staff: Client;
let dept: Client;
let deptOrg: number;
let plan: Plan;

const overdueNotices = async () =>
  (await dept.get('/api/notifications')).json<{ items: { title: string }[] }>().items.filter((n) => n.title.startsWith('工作任务已逾期'));

beforeAll(async () => {
  env = await createTestEnv();
  const county = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  deptOrg = (await buildOrg(env.ctx, { kind: 'town_office', region: '370811002', name: '许庄街道经发办' })).id;
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: county.id, role: 'bureau_staff', username: 'od_staff' })).username);
  dept = await login(env.app, (await buildUser(env.ctx, { orgId: deptOrg, role: 'town_specialist', username: 'od_dept' })).username);
  // Today is 2026-03-02 on the test clock.
  const res = await staff.post('/api/plans', {
    name: '任城区知识产权工作要点（2026年）',
    regionCode: '370811',
    startYear: 2026,
    endYear: 2026,
    targets: [],
    tasks: [
      { title: '开展专利导航', department: '许庄街道经发办', responsibleOrgId: deptOrg, dueDate: '2026-02-27' },
      { title: '举办知识产权培训', department: '许庄街道经发办', responsibleOrgId: deptOrg, dueDate: '2026-02-20' },
      { title: '建设维权工作站', department: '许庄街道经发办', responsibleOrgId: deptOrg, dueDate: '2026-06-30' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  plan = res.json<Plan>();
  const training = plan.tasks.find((t) => t.title === '举办知识产权培训');
  expect((await staff.post(`/api/plans/${plan.id}/tasks/${training?.id}/done`, { done: true })).statusCode).toBe(200);
});
afterAll(async () => env.close());

describe('overdue tasks notify their department by the periodic sweep', () => {
  it('tells the department of a task past due once, and never about a completed or future task', async () => {
    const run = await runPeriodicSweeps(env.ctx);
    expect(run['plans.overdue_tasks']).toBe(1);
    expect((await overdueNotices()).map((n) => n.title)).toEqual(['工作任务已逾期：开展专利导航']);
    expect(await sweepOverdueTasks(env.ctx)).toBe(0);
    expect((await staff.post('/api/plans/notify-overdue', {})).json()).toMatchObject({ tasks: 0, notified: 0 });
    expect(await overdueNotices()).toHaveLength(1);
    const shown = (await staff.get(`/api/plans/${plan.id}`)).json<Plan>().tasks.find((t) => t.title === '开展专利导航');
    expect(shown).toMatchObject({ overdue: true, notifiedAt: expect.any(String) });
  });

  it('tells again only after the task enters a new overdue state (new due date passed, or reopened)', async () => {
    const current = (await staff.get(`/api/plans/${plan.id}`)).json<Plan>();
    const tasks = current.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      department: t.department,
      responsibleOrgId: t.responsibleOrgId,
      dueDate: t.title === '开展专利导航' ? '2026-03-01' : t.dueDate,
    }));
    const edited = await staff.request('PUT', `/api/plans/${plan.id}`, {
      name: current.name,
      regionCode: '370811',
      startYear: 2026,
      endYear: 2026,
      targets: [],
      tasks,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // The completed task stays completed through the edit.
    expect(edited.json<Plan>().tasks.find((t) => t.title === '举办知识产权培训')?.doneAt).not.toBeNull();
    expect(await sweepOverdueTasks(env.ctx)).toBe(1);
    expect(await sweepOverdueTasks(env.ctx)).toBe(0);
    const training = edited.json<Plan>().tasks.find((t) => t.title === '举办知识产权培训');
    expect((await staff.post(`/api/plans/${plan.id}/tasks/${training?.id}/done`, { done: false })).statusCode).toBe(200);
    expect(await sweepOverdueTasks(env.ctx)).toBe(1);
    expect((await overdueNotices()).map((n) => n.title).sort()).toEqual(
      ['工作任务已逾期：举办知识产权培训', '工作任务已逾期：开展专利导航', '工作任务已逾期：开展专利导航'].sort(),
    );
  });
});
