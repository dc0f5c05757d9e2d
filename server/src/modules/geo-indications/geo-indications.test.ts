import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';

describe('geographical indications and trademarks', () => {
  let env: TestEnv;
  let staff: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff', username: 'gi_staff' });
    staff = await login(env.app, 'gi_staff');
  });
  afterAll(() => env.close());

  it('records a GI and links an authorised user to its enterprise profile by credit code', async () => {
    const ent = await buildEnterprise(env.ctx, { region: '370832' });
    const code = (await env.ctx.db.selectFrom('organisations').select('credit_code').where('id', '=', ent.id).executeTakeFirstOrThrow()).credit_code ?? '';
    const created = await staff.post('/api/geo-indications', {
      kind: 'certification_mark',
      name: '梁山鲁西黄牛',
      regionCode: '370832',
      approvedOn: '2012-05-01',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const added = await staff.post(`/api/geo-indications/${id}/users`, { name: '梁山某牧业有限公司', creditCode: code.toLowerCase() });
    expect(added.json<{ authorisedUsers: { orgId: number | null }[] }>().authorisedUsers[0]?.orgId).toBe(ent.id);
    const list = (await staff.get('/api/geo-indications?regionCode=370832')).json<{ items: { name: string; authorisedUserCount: number }[] }>();
    expect(list.items).toEqual([expect.objectContaining({ name: '梁山鲁西黄牛', authorisedUserCount: 1 })]);
    expect((await staff.post('/api/geo-indications', { kind: 'product', name: '坏日期', regionCode: '370832', approvedOn: '2012-13-01' })).statusCode).toBe(
      400,
    );
  });

  it('derives whether a trademark is in force from its dates and status', async () => {
    const at = env.clock.now().toISOString();
    const base = {
      classes: '["30","35"]',
      owner_name: '济宁某食品有限公司',
      owner_org_id: null,
      region_code: '370811',
      app_date: '2014-01-01',
      madrid: 0,
      well_known: 0,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
    await env.ctx.db
      .insertInto('trademarks')
      .values([
        { ...base, reg_no: '1000001', mark: '孔府宴', reg_date: '2015-01-01', expires_on: '2035-01-01', status: '已注册' },
        { ...base, reg_no: '1000002', mark: '旧商标', reg_date: '2005-01-01', expires_on: '2015-01-01', status: '已注册' },
        { ...base, reg_no: '1000003', mark: '注销商标', reg_date: '2015-01-01', expires_on: '2035-01-01', status: '注销' },
      ])
      .execute();
    const list = (await staff.get('/api/trademarks?niceClass=30')).json<{ items: { mark: string; effective: boolean }[] }>().items;
    expect(Object.fromEntries(list.map((t) => [t.mark, t.effective]))).toEqual({ 孔府宴: true, 旧商标: false, 注销商标: false });
    expect((await staff.get('/api/trademarks?niceClass=3')).json<{ total: number }>().total).toBe(0);
  });
});
