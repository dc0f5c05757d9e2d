import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnterpriseProfile, PatentDetail } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { ipcAncestors } from '../reference/api.js';

describe('patent page', () => {
  let env: TestEnv;
  let user: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'individual', region: '370811' });
    await buildUser(env.ctx, { orgId: org.id, role: 'public', username: 'reader' });
    user = await login(env.app, 'reader');
    await env.ctx.db
      .insertInto('ipc_titles')
      .values([
        { code: 'H01M', level: 'subclass', title: '用于直接转变化学能为电能的方法或装置，例如电池组' },
        { code: 'H01M10/00', level: 'maingroup', title: '二次电池及其制造' },
      ])
      .execute();
  });
  afterAll(() => env.close());

  it('derives IPC ancestors for title lookup', () => {
    expect(ipcAncestors('H01M10/0525')).toEqual(['H01M10/0525', 'H01M10/052', 'H01M10/05', 'H01M10/00', 'H01M', 'H01', 'H']);
    expect(ipcAncestors('H01M')).toEqual(['H01M', 'H01', 'H']);
  });

  it('shows the timeline and the legal state derived from it, with IPC titles', async () => {
    const p = await buildPatent(env.ctx, {
      appDate: '2016-01-05',
      grantDate: '2019-04-02',
      ipc: ['H01M10/0525'],
      events: [
        { kind: 'pledge', date: '2021-07-01', details: { amount: 3_000_000 } },
        { kind: 'lapse', date: '2025-02-01' },
      ],
    });
    const res = await user.get(`/api/patents/${p.id}`);
    expect(res.statusCode).toBe(200);
    const d = res.json<PatentDetail>();
    expect(d.events.map((e) => e.label)).toEqual(['授权', '质押登记', '专利权终止']);
    // The test clock stands in March 2026, after the lapse.
    expect(d).toMatchObject({ legalState: 'lapsed', terminatedOn: '2025-02-01', expiresOn: '2036-01-05' });
    expect(d.ipc).toEqual([{ code: 'H01M10/0525', title: '二次电池及其制造' }]);
    expect(d.highValue.eligible).toBe(false);
  });

  it('fills the creation section of the holder enterprise profile from the registry', async () => {
    const ent = await buildEnterprise(env.ctx, { region: '370811' });
    await buildUser(env.ctx, { orgId: ent.id, role: 'enterprise_user', username: 'holder_user' });
    const c = await login(env.app, 'holder_user');
    const empty = (await c.get('/api/enterprises/mine')).json<EnterpriseProfile>();
    expect(empty.sections[0]).toMatchObject({ link: 'creation', items: [] });
    const a = await buildPatent(env.ctx, { appDate: '2016-01-05', grantDate: '2019-04-02' });
    const b = await buildPatent(env.ctx, { appDate: '2016-01-05', grantDate: '2019-04-02', events: [{ kind: 'lapse', date: '2024-01-01' }] });
    await env.ctx.db
      .insertInto('patent_parties')
      .values([a, b].map((p) => ({ patent_id: p.id, role: 'holder', seq: 0, name: '测试', org_id: ent.id })))
      .execute();
    const filled = (await c.get('/api/enterprises/mine')).json<EnterpriseProfile>();
    expect(filled.sections[0]?.items).toEqual([expect.objectContaining({ label: '发明专利（有效/累计）', value: '1 / 2 件' })]);
  });

  it('an invention granted and maintained is in force', async () => {
    const p = await buildPatent(env.ctx, { appDate: '2016-01-05', grantDate: '2019-04-02' });
    expect((await user.get(`/api/patents/${p.id}`)).json<PatentDetail>()).toMatchObject({ legalState: 'effective', highValue: { eligible: true } });
    expect((await user.get('/api/patents/999999')).statusCode).toBe(404);
  });
});
