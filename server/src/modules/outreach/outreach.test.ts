import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValues, Need, Registration, Training } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { outletForTest } from './test-helpers.js';

const base = '/api/outreach';

describe('outreach: outlets, trainings, enterprise needs (服务网点、培训活动、三问两送)', () => {
  let env: TestEnv;
  let staff: Client;
  let cityStaff: Client;
  let ent: Client;
  let otherEnt: Client;
  let entId: number;

  const value = async (key: string, period: string, region = '370811') => {
    const res = await cityStaff.get(`/api/indicators/values?keys=${key}&regionCode=${region}&period=${period}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<IndicatorValues>().rows.find((r) => r.regionCode === region)?.value ?? null;
  };

  beforeAll(async () => {
    env = await createTestEnv();
    const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
    cityStaff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff' })).username);
    entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '诉求测试有限公司' })).id;
    const other = (await buildEnterprise(env.ctx, { region: '370811002' })).id;
    ent = await login(env.app, (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username);
    otherEnt = await login(env.app, (await buildUser(env.ctx, { orgId: other, role: 'enterprise_user' })).username);
  });
  afterAll(() => env.close());

  it('an outlet runs the trademark window log only if it offers the window, never for a future day', async () => {
    const created = await staff.post(`${base}/outlets`, {
      name: '任城区知识产权信息服务网点',
      level: 'county',
      services: ['patent_info', 'consultation'],
      regionCode: '370811',
      address: '济宁市任城区共青团路1号',
      contactName: '李老师',
      contactPhone: '0537-2345678',
    });
    expect(created.statusCode, created.body).toBe(201);
    const noWindow = created.json<{ id: number }>().id;
    expect((await staff.post(`${base}/outlets/${noWindow}/window-log`, { onDate: '2026-03-01', kind: 'application' })).statusCode).toBe(409);
    const window = await outletForTest(env.ctx, '370811');
    expect((await staff.post(`${base}/outlets/${window}/window-log`, { onDate: '2026-03-09', kind: 'application' })).statusCode).toBe(400);
    await staff.post(`${base}/outlets/${window}/window-log`, { onDate: '2026-03-01', kind: 'application', applicant: '济宁某食品有限公司', count: 3 });
    const log = await staff.post(`${base}/outlets/${window}/window-log`, { onDate: '2026-03-02', kind: 'consultation', count: 5 });
    expect(log.json<{ totals: Record<string, number> }>().totals).toEqual({ application: 3, consultation: 5 });
    expect(await value('trademark_window_businesses', '2026')).toBe(3);
    expect(await value('trademark_window_consultations', '2026')).toBe(5);
  });

  it('an enterprise registers once for an open event within its capacity; held events count towards the plan targets', async () => {
    const post = (body: object) =>
      staff.post(`${base}/trainings`, { place: '许庄街道便民服务中心', organiser: '任城区市场监督管理局', regionCode: '370811002', ...body });
    const t = (await post({ title: '专利质押融资政策宣讲会', kind: 'pledge_training', heldOn: '2026-03-02', capacity: 3 })).json<Training>();
    const reg = { contactName: '张经理', contactPhone: '13800000000', attendees: 2 };
    const mine = await ent.post(`${base}/trainings/${t.id}/registrations`, reg);
    expect(mine.statusCode, mine.body).toBe(201);
    expect((await ent.post(`${base}/trainings/${t.id}/registrations`, reg)).json<{ messageCode: string }>().messageCode).toBe('outreach.already_registered');
    const full = await otherEnt.post(`${base}/trainings/${t.id}/registrations`, reg);
    expect(full.statusCode).toBe(409);
    expect(full.json<{ message: string }>().message).toContain('名额已满（3 人）');
    expect((await ent.get(`${base}/trainings/${t.id}`)).json<Training>()).toMatchObject({ mine: true, registered: 2 });
    const before = await auditCount(env.ctx);
    const att = await staff.post(`${base}/registrations/${mine.json<Registration>().id}/attendance`, { attended: true });
    expect(att.json<Registration>().attended).toBe(true);
    expect(await auditCount(env.ctx)).toBe(before + 1);
    expect(await value('trainings', '2026')).toBe(0); // announced, not yet recorded as held
    expect((await staff.post(`${base}/trainings/${t.id}/close`, { action: 'held' })).json<Training>().status).toBe('held');
    expect((await otherEnt.post(`${base}/trainings/${t.id}/registrations`, { ...reg, attendees: 1 })).statusCode).toBe(409);
    const later = (await post({ title: '入园惠企活动', kind: 'park_visit', heldOn: '2026-04-20', capacity: 50 })).json<Training>();
    // An event in the future cannot be recorded as held.
    expect((await staff.post(`${base}/trainings/${later.id}/close`, { action: 'held' })).statusCode).toBe(409);
    expect(await value('trainings', '2026')).toBe(1);
    expect(await value('pledge_financing_trainings', '2026')).toBe(1);
    expect(await value('trainees', '2026')).toBe(2);
  });

  it('a visit records needs, each with a department and a working-day clock; answered and rated, it leaves the open count', async () => {
    // 2026-03-02 is a Monday: five working days end on Monday 9 March.
    const v = await staff.post(`${base}/visits`, {
      orgId: entId,
      visitedOn: '2026-03-01',
      visitors: '区局运用科 王科长',
      summary: '问需：企业希望拓宽融资渠道并加强商标保护',
      needs: [
        { topic: 'financing', description: '希望了解专利质押融资办理流程', department: '知识产权运用科' },
        { topic: 'ip_protection', description: '商标被仿冒，希望得到维权指导', department: '知识产权保护科' },
      ],
    });
    expect(v.statusCode, v.body).toBe(201);
    const needs = v.json<{ needs: Need[] }>().needs;
    expect(needs.map((n) => [n.department, n.dueOn, n.status])).toEqual([
      ['知识产权运用科', '2026-03-09', 'open'],
      ['知识产权保护科', '2026-03-09', 'open'],
    ]);
    expect(await value('enterprise_needs_open', '2026-03')).toBe(2);
    expect((await value('enterprise_needs_open', '2026-03', '370800')) ?? 0).toBe(2);
    const [n1] = needs as [Need];
    expect((await otherEnt.get(`${base}/needs/${n1.id}`)).statusCode).toBe(404);
    expect((await ent.post(`${base}/needs/${n1.id}/rate`, { satisfaction: 5 })).statusCode).toBe(409);
    const answered = await staff.post(`${base}/needs/${n1.id}/answer`, { answer: '已协调合作银行于3月5日上门对接' });
    expect(answered.json<Need>()).toMatchObject({ status: 'answered', answeredOn: '2026-03-02', inTime: true });
    expect((await otherEnt.post(`${base}/needs/${n1.id}/rate`, { satisfaction: 1 })).statusCode).toBe(404);
    const rated = await ent.post(`${base}/needs/${n1.id}/rate`, { satisfaction: 4, comment: '响应及时' });
    expect(rated.json<Need>()).toMatchObject({ status: 'rated', satisfaction: 4 });
    expect(await value('enterprise_needs_open', '2026-03')).toBe(1);
    const mine = (await ent.get(`${base}/needs`)).json<{ items: Need[] }>().items;
    expect(mine).toHaveLength(2);
    expect((await otherEnt.get(`${base}/needs`)).json<{ items: Need[] }>().items).toHaveLength(0);
  });

  it('a visit to an organisation that is not an enterprise, or in the future, is refused and writes nothing', async () => {
    const before = await auditCount(env.ctx);
    const bank = await buildOrg(env.ctx, { kind: 'bank', region: '370811' });
    expect((await staff.post(`${base}/visits`, { orgId: bank.id, visitedOn: '2026-03-01', visitors: '王科长', summary: '走访', needs: [] })).statusCode).toBe(
      409,
    );
    expect((await staff.post(`${base}/visits`, { orgId: entId, visitedOn: '2026-04-01', visitors: '王科长', summary: '走访', needs: [] })).statusCode).toBe(
      400,
    );
    expect(await auditCount(env.ctx)).toBe(before);
  });
});
