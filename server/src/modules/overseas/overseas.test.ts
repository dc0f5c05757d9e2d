import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localText,
  type AssistanceRequest,
  type ErrorBody,
  type ExpertCandidates,
  type IndicatorValues,
  type OverseasCase,
  type PublicExpert,
} from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { conflictOf } from './api.js';
import { buildExpert } from './test-helpers.js';

const base = '/api/overseas';
let env: TestEnv;
let ent: Client;
let entId: number;
let staff: Client;
let siblingStaff: Client;
let expert: Client;
let expertOrg: number;
let expertB: Client;
let expertBOrg: number;
const usernames: Record<'ent' | 'staff' | 'siblingStaff' | 'expert' | 'expertB', string> = { ent: '', staff: '', siblingStaff: '', expert: '', expertB: '' };

/** Signs everyone in again (after the test clock moved past the sessions' idle limit). */
async function signInAgain() {
  ent = await login(env.app, usernames.ent);
  staff = await login(env.app, usernames.staff);
  siblingStaff = await login(env.app, usernames.siblingStaff);
  expert = await login(env.app, usernames.expert);
  expertB = await login(env.app, usernames.expertB);
}

const english = (b: ErrorBody) => localText(b.message, b.messageCode ? { code: b.messageCode, params: b.params ?? {} } : undefined, 'en');

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁海外测试电池有限公司' })).id;
  usernames.ent = (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username;
  usernames.staff = (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username;
  usernames.siblingStaff = (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username;
  expertOrg = (await buildOrg(env.ctx, { kind: 'ip_agency', region: '370800' })).id;
  usernames.expert = (await buildUser(env.ctx, { orgId: expertOrg, role: 'expert' })).username;
  expertBOrg = (await buildOrg(env.ctx, { kind: 'ip_agency', region: '370800' })).id;
  usernames.expertB = (await buildUser(env.ctx, { orgId: expertBOrg, role: 'expert' })).username;
  await signInAgain();
});
afterAll(() => env.close());

async function submit(opponent = 'Acme Batteries Inc.') {
  const r = await ent.post(`${base}/requests`, {
    country: 'us',
    kind: 'patent',
    industry: '新能源电池',
    opponent,
    description: '我司锂电池产品在美国被提起337调查，请求应对指导。',
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<AssistanceRequest>();
}

describe('an assistance request from submission to rating', () => {
  it('staff see candidates without the conflicted expert, cannot assign them, assign another; the expert responds, closes; the enterprise rates', async () => {
    const conflicted = await buildExpert(env.ctx, { orgId: expertBOrg, name: '回避专家', countries: ['US'], conflicts: ['ACME Batteries'] });
    const away = await buildExpert(env.ctx, { orgId: expertBOrg, name: '休假专家', countries: ['US'], available: false });
    const japanOnly = await buildExpert(env.ctx, { orgId: expertBOrg, name: '日本专家', countries: ['JP'] });
    const good = await buildExpert(env.ctx, { orgId: expertOrg, name: '王建国', countries: ['US'], fields: ['新能源电池'] });
    const req = await submit();
    expect(req).toMatchObject({ status: 'submitted', country: 'US', orgName: '济宁海外测试电池有限公司', expertId: null });

    // The sibling county's staff do not see it; the enterprise and its county's staff do.
    expect((await siblingStaff.get(`${base}/requests/${req.id}`)).statusCode).toBe(404);
    expect((await staff.get(`${base}/requests?status=submitted`)).json<{ items: AssistanceRequest[] }>().items.map((r) => r.id)).toContain(req.id);

    const cands = (await staff.get(`${base}/requests/${req.id}/candidates`)).json<ExpertCandidates>();
    expect(cands.candidates.map((c) => c.id)).toEqual([good.id]);
    expect(cands.candidates[0]?.matches).toContain('领域 新能源电池');
    const excluded = new Map(cands.excluded.map((e) => [e.id, e.reason]));
    expect(excluded.get(conflicted.id)).toBe('回避对象：ACME Batteries');
    expect(excluded.get(away.id)).toMatch(/不接受指派/);
    expect(excluded.has(japanOnly.id)).toBe(false);

    const before = await auditCount(env.ctx);
    const refused = await staff.post(`${base}/requests/${req.id}/assign`, { expertId: conflicted.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().messageCode).toBe('overseas.expert_conflict');
    expect(english(refused.json<ErrorBody>())).toMatch(/conflict of interest/);
    expect((await staff.post(`${base}/requests/${req.id}/assign`, { expertId: away.id })).statusCode).toBe(409);
    expect(await auditCount(env.ctx)).toBe(before);
    // Neither or both: a 400 naming the field.
    const both = await staff.post(`${base}/requests/${req.id}/assign`, { expertId: good.id, workstationId: 1 });
    expect(both.statusCode).toBe(400);
    expect(both.json<ErrorBody>().fields?.expertId).toBe('请指派一位专家或一个工作站（二选一）');

    const assigned = await staff.post(`${base}/requests/${req.id}/assign`, { expertId: good.id });
    expect(assigned.statusCode, assigned.body).toBe(200);
    // 2026-03-02 is a Monday: 5 working days (setting overseas.response_days) end on Monday 9 March.
    expect(assigned.json<AssistanceRequest>()).toMatchObject({ status: 'assigned', expertName: '王建国', responseDueOn: '2026-03-09' });

    // The assigned expert sees it in the list and on its page; the second expert sees nothing and cannot act (404, nothing written).
    expect((await expert.get(`${base}/requests`)).json<{ items: AssistanceRequest[] }>().items.map((r) => r.id)).toEqual([req.id]);
    expect((await expertB.get(`${base}/requests`)).json<{ total: number }>().total).toBe(0);
    expect((await expertB.get(`${base}/requests/${req.id}`)).statusCode).toBe(404);
    const b4 = await auditCount(env.ctx);
    expect((await expertB.post(`${base}/requests/${req.id}/respond`, { response: '我来回答' })).statusCode).toBe(404);
    expect(await auditCount(env.ctx)).toBe(b4);
    // The enterprise cannot respond to itself: 403 naming who may.
    const own = await ent.post(`${base}/requests/${req.id}/respond`, { response: '自己答复' });
    expect(own.statusCode).toBe(403);
    expect(own.json<ErrorBody>().message).toMatch(/^只有指派专家或承办工作站或/);

    // The expert's work queue holds the response step with its due date.
    const queue = (await expert.get('/api/work-queue')).json<{ items: { step: string; dueOn: string | null }[] }>();
    expect(queue.items.find((i) => i.step === '海外纠纷求助待响应')?.dueOn).toBe('2026-03-09');

    env.clock.setTo('2026-03-04T02:00:00.000Z');
    await signInAgain();
    const responded = await expert.post(`${base}/requests/${req.id}/respond`, { response: '建议尽快委托美国律师，评估不侵权抗辩。' });
    expect(responded.statusCode, responded.body).toBe(200);
    expect(responded.json<AssistanceRequest>()).toMatchObject({ status: 'responded', responseWorkingDays: 2, respondedInTime: true });
    // Closing before responding is out of order; rating before closing too.
    expect((await ent.post(`${base}/requests/${req.id}/rate`, { satisfaction: 5 })).statusCode).toBe(409);
    const closed = await expert.post(`${base}/requests/${req.id}/close`, { summary: '企业已委托律师应诉。' });
    expect(closed.json<AssistanceRequest>()).toMatchObject({ status: 'closed', closingSummary: '企业已委托律师应诉。' });
    expect((await expert.post(`${base}/requests/${req.id}/rate`, { satisfaction: 5 })).statusCode).toBe(403);
    expect((await ent.post(`${base}/requests/${req.id}/rate`, { satisfaction: 6 })).statusCode).toBe(400);
    const rated = await ent.post(`${base}/requests/${req.id}/rate`, { satisfaction: 4, comment: '响应及时' });
    expect(rated.json<AssistanceRequest>()).toMatchObject({ status: 'rated', satisfaction: 4 });
  });

  it('a workstation without an organisation on the platform is handled by staff of the region', async () => {
    const ws = await staff.post(`${base}/workstations`, {
      name: '济宁海外知识产权保护工作站（美国）',
      address: '济宁高新区',
      countries: ['US'],
      industries: ['机械装备'],
      contactName: '李工',
      contactPhone: '0537-2345678',
      establishedOn: '2025-06-01',
    });
    expect(ws.statusCode, ws.body).toBe(201);
    const req = await submit('Other Corp.');
    const a = await staff.post(`${base}/requests/${req.id}/assign`, { workstationId: ws.json<{ id: number }>().id });
    expect(a.json<AssistanceRequest>()).toMatchObject({ status: 'assigned', workstationName: '济宁海外知识产权保护工作站（美国）' });
    expect((await expert.post(`${base}/requests/${req.id}/respond`, { response: '专家不应看到' })).statusCode).toBe(404);
    expect((await siblingStaff.post(`${base}/requests/${req.id}/respond`, { response: 'x y' })).statusCode).toBe(404);
    expect((await staff.post(`${base}/requests/${req.id}/respond`, { response: '工作站已联系企业' })).statusCode).toBe(200);
  });
});

describe('conflict of interest', () => {
  const request = { orgId: 10, orgName: '济宁某某电池有限公司', opponent: 'ＡＣＭＥ Corp.' };
  it.each([
    [{ orgId: null, conflicts: [] }, null],
    [{ orgId: 10, conflicts: [] }, '专家所在机构即求助企业本身'],
    [{ orgId: 3, conflicts: ['acme'] }, '回避对象：acme'],
    // Either name containing the other is a conflict (a group and its subsidiary): refusing is the safe side.
    [{ orgId: 3, conflicts: ['ACME Corporation Holdings'] }, '回避对象：ACME Corporation Holdings'],
    [{ orgId: 3, conflicts: ['Beta Corp'] }, null],
    [{ orgId: 3, conflicts: ['某某电池'] }, '回避对象：某某电池'],
    [{ orgId: 3, conflicts: ['济宁某某电池有限公司及其子公司'] }, '回避对象：济宁某某电池有限公司及其子公司'],
    [{ orgId: 3, conflicts: ['济宁另一电池有限公司'] }, null],
    [{ orgId: 3, conflicts: ['  ', '—'] }, null],
  ])('%j → %s', (expertFacts, want) => {
    expect(conflictOf(expertFacts, request)).toBe(want);
  });
});

describe('the public libraries', () => {
  it('the expert pool shows no personal data', async () => {
    await buildExpert(env.ctx, { name: '张三丰', orgId: null });
    const items = (await ent.get(`${base}/experts`)).json<{ items: (PublicExpert & Record<string, unknown>)[] }>().items;
    const z = items.find((e) => e.displayName === '张老师');
    expect(z).toBeDefined();
    expect(JSON.stringify(items)).not.toMatch(/张三丰|13800000000|expert@example.com/);
    // Staff see the full entry.
    expect(JSON.stringify((await staff.get(`${base}/experts/manage`)).json())).toMatch(/张三丰/);
  });

  it('the case library matches as the registry’s bigram search does', async () => {
    const add = (title: string, lessons: string) =>
      staff.post(`${base}/cases`, {
        title,
        country: 'US',
        kind: 'patent',
        industry: '新能源',
        year: 2024,
        summary: '337调查，涉及锂电池正极',
        outcome: '和解',
        lessons,
      });
    expect((await add('宁德某企业应对美国ITC 337调查', '尽早进行FTO分析')).statusCode).toBe(201);
    expect((await add('德国展会临时禁令', '参展前检索当地专利；准备不侵权意见')).statusCode).toBe(201);
    const titles = async (q: string) =>
      (await ent.get(`${base}/cases?q=${encodeURIComponent(q)}`))
        .json<{ items: OverseasCase[] }>()
        .items.map((c) => c.title)
        .sort();
    expect(await titles('337')).toEqual(['宁德某企业应对美国ITC 337调查', '德国展会临时禁令']);
    expect(await titles('ｉｔｃ ３３７')).toEqual(['宁德某企业应对美国ITC 337调查']);
    expect(await titles('FTO')).toEqual(['宁德某企业应对美国ITC 337调查']);
    expect(await titles('临时禁令 不侵权')).toEqual(['德国展会临时禁令']);
    // A phrase across punctuation is not a phrase: 「专利；准备」 matches, 「专利准备」 does not.
    expect(await titles('专利；准备')).toEqual(['德国展会临时禁令']);
    expect(await titles('专利准备')).toEqual([]);
    expect(await titles('100%')).toEqual([]);
    const de = (await ent.get(`${base}/cases?country=de`)).json<{ total: number }>();
    expect(de.total).toBe(0);
    expect((await ent.get(`${base}/cases?country=USA`)).statusCode).toBe(400);
  });

  it('the legal-institution library is filtered by country and kind', async () => {
    expect(
      (await staff.post(`${base}/institutions`, { country: 'DE', kind: 'law_firm', name: 'Müller & Partner Patentanwälte', city: 'München' })).statusCode,
    ).toBe(201);
    expect((await staff.post(`${base}/institutions`, { country: 'US', kind: 'government', name: '中国驻美国大使馆经商处' })).statusCode).toBe(201);
    const de = (await ent.get(`${base}/institutions?country=DE`)).json<{ items: { name: string }[] }>().items.map((i) => i.name);
    expect(de).toEqual(['Müller & Partner Patentanwälte']);
    expect((await ent.get(`${base}/institutions?kind=government`)).json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});

describe('early warnings', () => {
  it('notifies the region’s enterprises whose registry patents match the IPC class and country, and no other', async () => {
    const holder = async (region: string, name: string, ipc: string[], family: { country: string; number: string; granted: boolean }[]) => {
      const orgId = (await buildEnterprise(env.ctx, { region, name })).id;
      const u = await buildUser(env.ctx, { orgId, role: 'enterprise_user' });
      const p = await buildPatent(env.ctx, { ipc, family });
      await env.ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name, org_id: orgId }).execute();
      return { orgId, client: await login(env.app, u.username) };
    };
    const us = [{ country: 'US', number: 'US1', granted: true }];
    const match = await holder('370811002', '匹配电池公司', ['H01M10/0525'], us);
    const noFamily = await holder('370811', '无美国同族公司', ['H01M4/13'], []);
    const otherIpc = await holder('370811', '机械公司', ['B23K1/00'], us);
    const otherCounty = await holder('370883', '邹城电池公司', ['H01M10/0525'], us);
    const res = await staff.post(`${base}/warnings`, {
      title: '美国锂电池337调查增多',
      body: '请相关企业提前做好应对准备。',
      country: 'US',
      ipcPrefix: 'h01m',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ ipcPrefix: 'H01M', country: 'US', notifiedEnterprises: 1 });
    const inbox = async (c: Client) => (await c.get('/api/notifications')).json<{ items: { title: string }[] }>().items.map((n) => n.title);
    expect(await inbox(match.client)).toContain('海外知识产权风险预警：美国锂电池337调查增多');
    for (const other of [noFamily, otherIpc, otherCounty]) expect(await inbox(other.client)).not.toContain('海外知识产权风险预警：美国锂电池337调查增多');
    // Neither country nor IPC: 400 naming the field; a malformed IPC: 400.
    expect((await staff.post(`${base}/warnings`, { title: '泛泛预警', body: '注意' })).json<ErrorBody>().fields).toHaveProperty('country');
    expect((await staff.post(`${base}/warnings`, { title: '坏分类', body: '注意', ipcPrefix: '电池' })).statusCode).toBe(400);
    expect((await ent.get(`${base}/warnings`)).json<{ items: { title: string }[] }>().items.map((w) => w.title)).toContain('美国锂电池337调查增多');
  });
});

describe('statistics: computed indicators by region and period', () => {
  it('requests received, answered in time and handled, and workstations, count in the enterprise’s region', async () => {
    const keys = [
      'overseas_assistance_requests',
      'overseas_assistance_responded_in_time',
      'overseas_assistance_responded_late',
      'overseas_disputes_handled',
      'overseas_protection_workstations',
    ];
    const res = await staff.get(`/api/indicators/values?regionCode=370811&period=2026&includeChildren=true&keys=${keys.join(',')}`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<IndicatorValues>();
    const at = (key: string, region: string) => v.rows.find((r) => r.indicatorKey === key && r.regionCode === region)?.value;
    expect(at('overseas_assistance_requests', '370811')).toBe(2);
    expect(at('overseas_assistance_responded_in_time', '370811')).toBe(2);
    expect(at('overseas_assistance_responded_late', '370811')).toBe(0);
    expect(at('overseas_disputes_handled', '370811')).toBe(1);
    expect(at('overseas_protection_workstations', '370811')).toBe(1);
    expect(at('overseas_assistance_requests', '370811002')).toBe(2);
  });
});
