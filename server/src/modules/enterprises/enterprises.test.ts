import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnterpriseProfile } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildCreditCode, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';

function registration(overrides: { username?: string; creditCode?: string; regionCode?: string } = {}) {
  return {
    username: overrides.username ?? `reg${Math.floor(Math.random() * 1e9)}`,
    password: 'Reg@2026pass',
    displayName: '注册人',
    phone: '13712345678',
    enterprise: {
      name: '济宁测试科技有限公司',
      creditCode: overrides.creditCode ?? buildCreditCode('370811'),
      regionCode: overrides.regionCode ?? '370811002',
      industry: '软件',
    },
  };
}

describe('enterprise self-registration and real-name review', () => {
  let env: TestEnv;
  let rencheng: Client;
  let zoucheng: Client;
  let townUser: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const rc = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const zc = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
    const town = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
    await buildUser(env.ctx, { orgId: rc.id, role: 'bureau_staff', username: 'rc_staff' });
    await buildUser(env.ctx, { orgId: zc.id, role: 'bureau_staff', username: 'zc_staff' });
    await buildUser(env.ctx, { orgId: town.id, role: 'town_specialist', username: 'town1' });
    rencheng = await login(env.app, 'rc_staff');
    zoucheng = await login(env.app, 'zc_staff');
    townUser = await login(env.app, 'town1');
  });
  afterAll(() => env.close());

  it('refuses an invalid credit code with a message that says the code is invalid', async () => {
    const good = buildCreditCode('370811');
    const last = good.charAt(17);
    const corrupted = good.slice(0, 17) + (last === '0' ? '1' : '0');
    const res = await anonymousClient(env.app).post('/api/enterprises/register', registration({ creditCode: corrupted }));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: Record<string, string> }>().fields['enterprise.creditCode']).toContain('无效');
  });

  it('accepts a real valid credit code', async () => {
    const res = await anonymousClient(env.app).post('/api/enterprises/register', registration({ creditCode: '91440300708461136T', regionCode: '370811005' }));
    expect(res.statusCode).toBe(201);
  });

  it('refuses a duplicate credit code (409) and writes nothing', async () => {
    const code = buildCreditCode('370811');
    expect((await anonymousClient(env.app).post('/api/enterprises/register', registration({ creditCode: code }))).statusCode).toBe(201);
    const orgsBefore = await env.ctx.db.selectFrom('organisations').select('id').execute();
    const usersBefore = await env.ctx.db.selectFrom('users').select('id').execute();
    const dup = await anonymousClient(env.app).post('/api/enterprises/register', registration({ creditCode: code.toLowerCase() }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ fields: Record<string, string> }>().fields['enterprise.creditCode']).toContain('已注册');
    expect(await env.ctx.db.selectFrom('organisations').select('id').execute()).toHaveLength(orgsBefore.length);
    expect(await env.ctx.db.selectFrom('users').select('id').execute()).toHaveLength(usersBefore.length);
  });

  it('refuses a region above county level', async () => {
    const res = await anonymousClient(env.app).post('/api/enterprises/register', registration({ regionCode: '370800' }));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: Record<string, string> }>().fields['enterprise.regionCode']).toBeDefined();
  });

  it('runs the whole journey: register → pending → county review → notified → approved profile', async () => {
    const reg = anonymousClient(env.app);
    const body = registration();
    const created = await reg.post('/api/enterprises/register', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ user: { username: body.username, role: 'enterprise_user', permissions: [], org: { status: 'pending' } } });

    const mine = (await reg.get('/api/enterprises/mine')).json<EnterpriseProfile>();
    expect(mine.status).toBe('pending');
    expect(mine.creditCode).toBe(body.enterprise.creditCode);
    expect(mine.sections).toEqual([]);

    // The reviewer of the region is told; the neighbouring county's staff cannot see it.
    const inbox = (await rencheng.get('/api/notifications')).json<{ items: { title: string; link: string }[] }>();
    expect(inbox.items.some((n) => n.title.includes(body.enterprise.name) && n.link === `/enterprises/${mine.id}`)).toBe(true);
    expect((await zoucheng.get(`/api/enterprises/${mine.id}`)).statusCode).toBe(404);
    expect((await zoucheng.post(`/api/enterprises/${mine.id}/approve`)).statusCode).toBe(404);
    // A pending enterprise user cannot review anything or list enterprises.
    expect((await reg.get('/api/enterprises')).statusCode).toBe(403);

    const approved = await rencheng.post(`/api/enterprises/${mine.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'active', review: { reviewerName: expect.any(String) } });
    // Approving twice is out of order: 409 that says why.
    const again = await rencheng.post(`/api/enterprises/${mine.id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toContain('已通过');

    const note = (await reg.get('/api/notifications')).json<{ items: { kind: string }[]; unread: number }>();
    expect(note.items[0]?.kind).toBe('enterprise.approved');
    expect(note.unread).toBe(1);
    const session = (await reg.get('/api/auth/session')).json<{ user: { permissions: string[] } }>();
    expect(session.user.permissions).toContain('enterprise.self');
    const profile = (await reg.get('/api/enterprises/mine')).json<EnterpriseProfile>();
    expect(profile.status).toBe('active');
    expect(profile.sections.map((s) => s.title)).toEqual(['创造', '运用', '保护', '管理', '服务']);
    expect(profile.sections.every((s) => s.items.length === 0 && s.emptyText.startsWith('暂无数据'))).toBe(true);
  });

  it('rejects with a reason; the enterprise corrects and resubmits', async () => {
    const reg = anonymousClient(env.app);
    const created = await reg.post('/api/enterprises/register', registration());
    const id = created.json<{ user: { org: { id: number } } }>().user.org.id;
    const noReason = await rencheng.post(`/api/enterprises/${id}/reject`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ fields: Record<string, string> }>().fields.reason).toBeDefined();
    expect((await rencheng.post(`/api/enterprises/${id}/reject`, { reason: '营业执照名称与填写不一致' })).statusCode).toBe(200);
    const mine = (await reg.get('/api/enterprises/mine')).json<EnterpriseProfile>();
    expect(mine).toMatchObject({ status: 'rejected', review: { rejectReason: '营业执照名称与填写不一致' } });
    const resubmitted = await reg.post(`/api/enterprises/${id}/resubmit`, { name: '济宁测试科技股份有限公司' });
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'pending', name: '济宁测试科技股份有限公司' });
    expect((await reg.post(`/api/enterprises/${id}/resubmit`, {})).statusCode).toBe(409);
  });

  it('masks contact phone and ID numbers in lists and for town specialists, shows them to reviewers', async () => {
    const e = await buildEnterprise(env.ctx, { region: '370811002' });
    const list = (await townUser.get('/api/enterprises?pageSize=200')).json<{ items: { id: number; contactPhone: string }[] }>();
    expect(list.items.find((x) => x.id === e.id)?.contactPhone).toBe('138****5678');
    const asTown = (await townUser.get(`/api/enterprises/${e.id}`)).json<EnterpriseProfile>();
    expect(asTown.contacts[0]).toMatchObject({ phone: '138****5678', idNumber: '3708**********1234' });
    const asReviewer = (await rencheng.get(`/api/enterprises/${e.id}`)).json<EnterpriseProfile>();
    expect(asReviewer.contacts[0]).toMatchObject({ phone: '13812345678', idNumber: '370811199001011234' });
  });

  it('keeps a town specialist inside the town and county staff inside the county', async () => {
    const inTown = await buildEnterprise(env.ctx, { region: '370811002' });
    const otherTown = await buildEnterprise(env.ctx, { region: '370811005' });
    const zc = await buildEnterprise(env.ctx, { region: '370883' });
    const townIds = (await townUser.get('/api/enterprises?pageSize=200')).json<{ items: { id: number; regionCode: string }[] }>().items;
    expect(townIds.map((x) => x.id)).toContain(inTown.id);
    expect(townIds.map((x) => x.id)).not.toContain(otherTown.id);
    expect(townIds.every((x) => x.regionCode === '370811002')).toBe(true);
    expect((await townUser.get(`/api/enterprises/${otherTown.id}`)).statusCode).toBe(404);
    const rcList = (await rencheng.get('/api/enterprises?pageSize=200')).json<{ items: { id: number }[] }>().items.map((x) => x.id);
    expect(rcList).toEqual(expect.arrayContaining([inTown.id, otherTown.id]));
    expect(rcList).not.toContain(zc.id);
    expect((await rencheng.get('/api/enterprises?regionCode=370883')).statusCode).toBe(403);
  });

  it('lets the enterprise edit its own facts and contacts, audited with before and after', async () => {
    const e = await buildEnterprise(env.ctx, { region: '370811' });
    await buildUser(env.ctx, { orgId: e.id, role: 'enterprise_user', username: `ent_${e.id}` });
    const c = await login(env.app, `ent_${e.id}`);
    const before = await auditCount(env.ctx);
    const res = await c.request('PATCH', `/api/enterprises/${e.id}`, {
      address: '济宁市任城区新地址9号',
      contacts: [{ name: '王五', phone: '13611112222', idNumber: '37081119900101123x' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ address: '济宁市任城区新地址9号', contacts: [{ name: '王五', phone: '13611112222', idNumber: '37081119900101123X' }] });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const row = await env.ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'enterprise.update', entity_id: String(e.id), region_code: '370811' });
    expect(row.before_json).toContain('测试地址');
    expect(row.after_json).toContain('新地址');
    const bad = await c.request('PATCH', `/api/enterprises/${e.id}`, { contacts: [{ name: '', phone: '123' }] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ fields: Record<string, string> }>().fields)).toEqual(expect.arrayContaining(['contacts.0.name', 'contacts.0.phone']));
  });
});
